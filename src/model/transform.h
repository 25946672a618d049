#pragma once
#include <vector>

#include "expr/scope.h"
#include "model/dataset.h"

namespace folio::model {

// Shapes a dataset as its "transform" steps ask, in order: where (keep the rows an expression
// holds for), select (keep and order fields), rename, unpivot (fold columns into key and value
// rows: a year per column becomes a row per year). Throws InputError at the step's pointer in
// `doc`, or at the character of a where expression that went wrong.
void apply_transforms(Dataset& dataset, const std::vector<spec::Transform>& steps,
                      const spec::JsonDocument& doc, const expr::Scope& scope);

}  // namespace folio::model
