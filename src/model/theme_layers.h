#pragma once
// A document's own theme: the tokens its "style" object and theme file set over a built-in
// theme, checked with the same one-line errors as the document.
#include <nlohmann/json.hpp>
#include <vector>

#include "spec/document.h"

namespace folio::model {

// The layers of `style` as theme objects, in order; throws InputError at the offending key or
// value (an unknown token with did-you-mean, a colour that is none, a size that is no number).
std::vector<nlohmann::json> check_theme_layers(const spec::Style& style);

}  // namespace folio::model
