#include "cli/load_document.h"

#include "cli/stopwatch.h"
#include "cli/theme_option.h"
#include "core/errors.h"
#include "spec/parse.h"

namespace folio::cli {

std::unique_ptr<LoadedDocument> load_document(const RenderRequest& request,
                                              const std::string& theme, Timings& time,
                                              std::vector<std::filesystem::path>* inputs,
                                              std::vector<std::string>& warnings) {
  auto loaded = std::make_unique<LoadedDocument>();
  if (inputs) *inputs = {request.document};
  {
    Stopwatch watch(time.parse);
    loaded->spec = spec::parse_document_file(
        request.document,
        {.replaced_data = request.replaced_data, .allowed_folders = request.allowed_folders});
  }
  spec::Document& spec = *loaded->spec;
  if (inputs) *inputs = spec.inputs.paths;
  if (!theme.empty()) {
    check_theme_option(theme);
    spec.style.theme = theme;
    spec.style.layers.clear();  // the command line's theme replaces the document's style
  }
  {
    Stopwatch watch(time.resolve);
    loaded->model.emplace(model::resolve_document(spec, {.params = request.params}));
  }
  for (const auto& [pointer, message] : loaded->model->notices) {
    if (request.strict)
      throw InputError(spec.json->locate(pointer), "a document --strict accepts", message);
    warnings.push_back(format_warning(spec.json->locate(pointer), message));
  }
  return loaded;
}

}  // namespace folio::cli
