#pragma once
// Random documents for the generated-data tests (seeded, replayable): sequences of headings,
// paragraphs, lists, callouts, charts, tables and grids on A4 and Letter, portrait and
// landscape, in every theme. Used by the page-rule tests and by the PDF checker's.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "random_source.h"

namespace folio::testing {

using Json = nlohmann::ordered_json;

class Generator : public RandomSource {
 public:
  using RandomSource::RandomSource;

  std::string words(int count) {
    static const char* const kWords[] = {"trade",    "grew",    "Cambodia", "investment",  "the",
                                         "of",       "partner", "한국",     "development", "aid",
                                         "economic", "2019",    "ministry", "cooperation", "and"};
    std::string text;
    for (int i = 0; i < count; ++i) {
      if (i) text += ' ';
      text += kWords[between(0, static_cast<int>(std::size(kWords)) - 1)];
    }
    return text;
  }
};

inline Json rows(Generator& g, int count) {
  Json values = Json::array();
  for (int i = 0; i < count; ++i)
    values.push_back({{"name", g.words(g.between(1, g.chance(0.1) ? 40 : 4))},
                      {"value", g.between(-50, 5000) / 10.0},
                      {"year", 1990 + i}});
  return values;
}

inline Json chart_block(Generator& g, Json& data, int& counter) {
  std::string id = fmt::format("c{}", ++counter);
  int kind = g.between(0, 4);
  if (kind == 0) {  // stat tiles have no data
    Json items = Json::array();
    for (int i = 0, n = g.between(1, 6); i < n; ++i)
      items.push_back({{"value", g.between(1, 100000)}, {"label", g.words(g.between(1, 8))}});
    return {{"type", "stats"}, {"id", id}, {"kind", "stats"}, {"items", items}};
  }
  data[id] = {{"values", rows(g, g.between(1, kind == 1 ? 60 : 25))}};
  Json chart = {{"type", "chart"}, {"id", id}, {"data", id}, {"title", g.words(g.between(2, 12))}};
  if (kind == 1)
    chart.update({{"kind", "bar"}, {"orientation", "horizontal"}, {"x", "name"}, {"y", "value"}});
  if (kind == 2) chart.update({{"kind", "line"}, {"x", "year"}, {"y", "value"}});
  if (kind == 3) chart.update({{"kind", "bar"}, {"x", "name"}, {"y", "value"}});
  if (kind == 4) chart.update({{"kind", "timeline"}, {"x", "year"}, {"label", "name"}});
  if (g.chance(0.5)) chart["source"] = g.words(g.between(2, 10));
  return chart;
}

inline Json table_block(Generator& g, Json& data, int& counter) {
  std::string id = fmt::format("t{}", ++counter);
  data[id] = {{"values", rows(g, g.chance(0.3) ? g.between(2, 6) : g.between(2, 90))}};
  Json table = {{"type", "table"},
                {"data", id},
                {"columns", {"name", {{"field", "value"}, {"format", "decimal"}}}}};
  if (g.chance(0.7)) table["title"] = g.words(g.between(2, 9));
  if (g.chance(0.5)) table["source"] = g.words(g.between(2, 30));
  if (g.chance(0.5)) table["totals"] = {{"label", "Total"}, {"fields", {"value"}}};
  return table;
}

inline Json block(Generator& g, Json& data, int& counter) {
  int pick = g.between(0, 99);
  if (pick < 22)
    return {{"type", "heading"}, {"text", g.words(g.between(1, 14))}, {"level", g.between(1, 3)}};
  if (pick < 50)
    return {{"type", "paragraph"}, {"text", g.words(g.chance(0.05) ? 1400 : g.between(3, 300))}};
  if (pick < 58) {
    Json items = Json::array();
    for (int i = 0, n = g.between(1, 12); i < n; ++i) items.push_back(g.words(g.between(1, 60)));
    return {{"type", "list"}, {"ordered", g.chance(0.5)}, {"items", items}};
  }
  if (pick < 65)
    return {{"type", "callout"},
            {"title", g.words(g.between(1, 6))},
            {"text", g.words(g.chance(0.1) ? 1200 : g.between(5, 150))}};
  if (pick < 83) return chart_block(g, data, counter);
  if (pick < 95) return table_block(g, data, counter);
  if (pick < 98) {
    Json cells = Json::array();
    for (int i = 0, n = g.between(1, 4); i < n; ++i)
      cells.push_back(g.chance(0.7)
                          ? chart_block(g, data, counter)
                          : Json{{"type", "paragraph"}, {"text", g.words(g.between(3, 80))}});
    return {{"type", "grid"}, {"columns", 2}, {"blocks", cells}};
  }
  return {{"type", "pageBreak"}};
}

inline Json generated_document(unsigned seed) {
  Generator g(seed);
  static const char* const kThemes[] = {"briefing", "print-mono", "slides", "dark"};
  Json data = Json::object(), blocks = Json::array();
  int counter = 0;
  for (int i = 0, n = g.between(4, 30); i < n; ++i) blocks.push_back(block(g, data, counter));
  // Headings last of all, and in runs, are where keep-with-next is hardest.
  if (g.chance(0.3)) blocks.push_back({{"type", "heading"}, {"text", "Closing"}, {"level", 1}});
  return {{"meta", {{"title", "Generated"}}},
          {"page",
           {{"size", g.chance(0.5) ? "A4" : "Letter"},
            {"orientation", g.chance(0.8) ? "portrait" : "landscape"}}},
          {"style", kThemes[seed % 4]},
          {"data", data},
          {"blocks", blocks}};
}

}  // namespace folio::testing
