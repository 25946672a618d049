#include "cli/chart_index.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "chart/layout_chart.h"

namespace folio::cli {

std::string chart_index_json(const std::vector<const model::Chart*>& charts,
                             const model::Theme& theme, const std::set<std::string>& formats,
                             double dpi) {
  // Ordered: keys stay in the order written, so the file reads well and never changes
  // between runs.
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const model::Chart* chart : charts) {
    Size size = chart::standalone_chart_size(*chart, theme);
    nlohmann::ordered_json entry;
    entry["id"] = chart->spec.id;
    entry["kind"] = chart->spec.kind;
    entry["title"] = chart->spec.title;
    entry["description"] = chart::describe_chart(*chart);
    entry["source"] = chart->source_line;
    entry["language"] = chart->language;
    entry["width_pt"] = size.width;
    entry["height_pt"] = size.height;
    nlohmann::ordered_json files = nlohmann::ordered_json::object();
    if (formats.count("svg")) files["svg"] = chart->spec.id + ".svg";
    if (formats.count("png")) {
      files["png"] = chart->spec.id + ".png";
      // As render_png rounds: whole pixels covering the chart.
      entry["png_pixels"] = {static_cast<int>(std::ceil(size.width * dpi / 72.0)),
                             static_cast<int>(std::ceil(size.height * dpi / 72.0))};
      entry["png_dpi"] = dpi;
    }
    entry["files"] = files;
    list.push_back(std::move(entry));
  }
  nlohmann::ordered_json index;
  index["charts"] = std::move(list);
  return index.dump(2) + "\n";
}

}  // namespace folio::cli
