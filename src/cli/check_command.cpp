#include "cli/check_command.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/error_collector.h"
#include "model/document.h"
#include "spec/json_document.h"
#include "spec/parse.h"

namespace folio::cli {
namespace {

struct Warning {
  SourceLocation where;
  std::string message;
};

nlohmann::ordered_json located(const SourceLocation& where) {
  return {{"file", printable(where.file)},
          {"line", where.line},
          {"column", where.column},
          {"pointer", printable(where.pointer)}};
}

void print_json(const CheckRequest& request, const std::vector<InputError>& errors,
                const std::vector<Warning>& warnings) {
  auto report = nlohmann::ordered_json::object();
  report["document"] = printable(request.document.document.string());
  report["errors"] = nlohmann::ordered_json::array();
  for (const auto& error : errors) {
    auto entry = located(error.where());
    entry["expected"] = printable(error.expected());
    entry["found"] = printable(error.found());
    if (!error.hint().empty()) entry["hint"] = printable(error.hint());
    entry["message"] = error.what();
    report["errors"].push_back(std::move(entry));
  }
  report["warnings"] = nlohmann::ordered_json::array();
  for (const auto& warning : warnings) {
    auto entry = located(warning.where);
    entry["message"] = format_warning(warning.where, warning.message);
    report["warnings"].push_back(std::move(entry));
  }
  std::printf("%s\n", report.dump(2).c_str());
}

}  // namespace

int run_check(const CheckRequest& request) {
  const auto& render = request.document;
  ErrorCollector errors;
  std::vector<Warning> warnings;
  int datasets = 0, blocks = 0;
  // A file that is no JSON at all stops the check there: nothing after its first syntax
  // error can be read.
  attempt(&errors, [&] {
    auto json = std::make_shared<spec::JsonDocument>(
        spec::JsonDocument::load(render.document, render.document.string()));
    auto spec = spec::parse_document(json, {.replaced_data = render.replaced_data,
                                            .allowed_folders = render.allowed_folders,
                                            .errors = &errors});
    if (!render.theme.empty()) {
      spec.style.theme = render.theme;
      spec.style.layers.clear();
    }
    auto document = model::resolve_document(spec, {.params = render.params, .errors = &errors});
    datasets = static_cast<int>(document.datasets.size());
    blocks = static_cast<int>(document.blocks.size());
    for (const auto& [pointer, message] : document.notices)
      warnings.push_back({json->locate(pointer), message});
  });
  bool failed = !errors.empty() || (render.strict && !warnings.empty());
  if (request.json) {
    print_json(request, errors.errors(), warnings);
  } else {
    for (const auto& error : errors.errors()) std::fprintf(stderr, "%s\n", error.what());
    for (const auto& warning : warnings)
      std::fprintf(stderr, "%s\n", format_warning(warning.where, warning.message).c_str());
    if (!failed)
      std::printf("folio: %s: no errors (%d datasets, %d blocks)\n",
                  printable(render.document.string()).c_str(), datasets, blocks);
  }
  return failed ? 2 : 0;
}

}  // namespace folio::cli
