#include "cli/chart_index.h"

#include <nlohmann/json.hpp>

#include "render/outputs.h"

namespace folio::cli {

// Ordered: keys stay in the order written, so the file reads well and never changes between
// runs.
using Json = nlohmann::ordered_json;

std::string chart_index_entry(const model::Chart& chart, Size size, const std::string& description,
                              const std::set<std::string>& formats, double dpi) {
  Json entry;
  entry["id"] = chart.spec.id;
  entry["kind"] = chart.spec.kind;
  entry["title"] = chart.spec.title;
  entry["description"] = description;
  entry["source"] = chart.source_line;
  entry["language"] = chart.language;
  entry["width_pt"] = size.width;
  entry["height_pt"] = size.height;
  Json files = Json::object();
  if (formats.count("svg")) files["svg"] = chart.spec.id + ".svg";
  if (formats.count("chart-pdf")) files["pdf"] = chart.spec.id + ".pdf";
  if (formats.count("png")) {
    files["png"] = chart.spec.id + ".png";
    Size pixels = render::png_pixel_size(size, dpi);
    entry["png_pixels"] = {static_cast<int>(pixels.width), static_cast<int>(pixels.height)};
    entry["png_dpi"] = dpi;
  }
  entry["files"] = files;
  return entry.dump();
}

std::string chart_index_json(const std::vector<std::string>& entries) {
  Json list = Json::array();
  for (const auto& entry : entries) list.push_back(Json::parse(entry));
  Json index;
  index["charts"] = std::move(list);
  return index.dump(2) + "\n";
}

}  // namespace folio::cli
