#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/render_command.h"
#include "model/document.h"
#include "spec/document.h"

namespace folio::cli {

// A document as `render` and `slides` both start from: parsed, its theme chosen, resolved.
struct LoadedDocument {
  std::optional<spec::Document> spec;
  std::optional<model::Document> model;
};

// Parses and resolves the request's document with `theme` instead of the document's own style
// when `theme` is not empty. Notices become warnings (errors under --strict). `inputs` gets
// every file read, even when loading then fails. Throws InputError or UsageError.
std::unique_ptr<LoadedDocument> load_document(const RenderRequest& request,
                                              const std::string& theme, Timings& time,
                                              std::vector<std::filesystem::path>* inputs,
                                              std::vector<std::string>& warnings);

}  // namespace folio::cli
