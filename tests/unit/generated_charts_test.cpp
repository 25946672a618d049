// Charts on data nobody here wrote: seeded random datasets (0 to 500 rows, magnitudes from
// 1e-6 to 1e12, negatives, nulls, duplicates, labels of 1 to 60 characters in Latin, Hangul
// and Khmer) drawn by every kind, at three sizes, in every theme. Each scene must hold what
// a reader relies on: no two texts overlap, no text leaves the chart, no coordinate is NaN or
// infinite, no text is smaller than the theme's minimum, and every category is drawn or
// named in the description. A failing case prints its seed and writes its spec to
// generated-failures/ (in the test's working folder) so that it can be replayed:
//   ./build/folio chart generated-failures/<case>.json -o /tmp/case.png
// FOLIO_GENERATED_SEEDS=N runs N seeds instead of the default (a longer run).
#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "chart/layout_chart.h"
#include "kind/chart_kind.h"
#include "model/document.h"
#include "random_source.h"
#include "spec/parse.h"
#include "test_support.h"
#include "text/text_runs.h"

namespace folio::chart {
namespace {

using Json = nlohmann::ordered_json;

// ---- the generator -------------------------------------------------------------------------

class Generator : public folio::testing::RandomSource {
 public:
  using RandomSource::RandomSource;

  // A label of 1 to `longest` characters, in Latin, Hangul or Khmer, in words.
  std::string label(int longest = 60) {
    int length = between(1, chance(0.7) ? std::min(longest, 14) : longest);
    int script = between(0, 2);
    std::string out;
    for (int i = 0; i < length; ++i) {
      if (i > 0 && chance(0.18) && out.back() != ' ') {
        out += ' ';
        continue;
      }
      if (script == 0) {
        out += static_cast<char>((i == 0 ? 'A' : 'a') + between(0, 25));
      } else if (script == 1) {
        append_utf8(out, 0xAC00 + between(0, 11171));  // Hangul syllables
      } else {
        append_utf8(out, 0x1780 + between(0, 32));                   // Khmer consonants
        if (chance(0.4)) append_utf8(out, 0x17B6 + between(0, 10));  // a dependent vowel
      }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out.empty() ? "x" : out;
  }

  // A value whose magnitude is anywhere from 1e-6 to 1e12 (for the whole chart, `scale`
  // fixes it within a few decades), negative when allowed, null now and then.
  Json value(double scale, bool negatives, bool nulls = true) {
    if (nulls && chance(0.08)) return nullptr;
    double v = scale * std::pow(10.0, unit() * 2 - 1) * (0.5 + unit());
    if (negatives && chance(0.3)) v = -v;
    return v;
  }
  double scale() { return std::pow(10.0, between(-6, 12)); }

  std::string date(int first_year, int span_days) {
    int days = between(0, std::max(span_days, 0));
    int year = first_year + days / 365, day_of_year = days % 365;
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = 0;
    while (day_of_year >= month_days[month]) day_of_year -= month_days[month++];
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month + 1, day_of_year + 1);
    return text;
  }

 private:
  static void append_utf8(std::string& out, unsigned code) {
    if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }
};

// Rows of {category, value, when, series, size}: the raw material every kind draws from.
Json dataset(Generator& g, int rows, bool negatives) {
  Json values = Json::array();
  double scale = g.scale();
  std::vector<std::string> categories, series;
  int distinct = std::max(1, g.chance(0.2) ? rows / 2 : rows);  // duplicates now and then
  for (int i = 0; i < distinct; ++i) categories.push_back(g.label());
  for (int i = 0, n = g.between(1, 5); i < n; ++i) series.push_back(g.label(20));
  int first_year = g.between(1900, 2025);
  int span_days = g.chance(0.3)   ? g.between(1, 90)
                  : g.chance(0.5) ? g.between(365, 20 * 365)
                                  : g.between(1, 120 * 365);
  for (int i = 0; i < rows; ++i) {
    Json row;
    row["k"] = categories[static_cast<size_t>(i) % categories.size()];
    row["v"] = g.value(scale, negatives);
    row["w"] = g.value(scale, false, false);
    row["year"] = first_year + (span_days / 365 + 1) * i / std::max(rows, 1);
    row["d"] = g.date(first_year, span_days);
    row["s"] = series[static_cast<size_t>(g.between(0, static_cast<int>(series.size()) - 1))];
    row["n"] = g.unit() * 100;
    values.push_back(row);
  }
  return values;
}

// One chart of each kind and variant over the dataset.
std::vector<std::pair<std::string, Json>> charts(Generator& g, const Json& rows,
                                                 const Json& non_negative) {
  auto with = [&](Json chart, const Json& data) {
    chart["id"] = "g";
    chart["title"] = g.chance(0.5) ? g.label(80) : "";
    // As many rows as the kind takes (a donut's parts, a timeline's events): past that it
    // refuses the data, as ChartLimits tests.
    Json kept = data;
    const auto* kind = kind::find_chart_kind(chart["kind"].get<std::string>());
    if (kind && kind->can.max_rows && kept.size() > kind->can.max_rows)
      kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(kind->can.max_rows), kept.end());
    chart["data"] = Json{{"values", kept}};
    return chart;
  };
  std::vector<std::pair<std::string, Json>> out;
  out.push_back(
      {"line", with({{"kind", "line"}, {"x", "year"}, {"y", "v"}, {"series", "s"}}, rows)});
  out.push_back({"line-dates", with({{"kind", "line"},
                                     {"x", "d"},
                                     {"y", "v"},
                                     {"markers", g.chance(0.5) ? "auto" : "always"}},
                                    rows)});
  out.push_back({"area", with({{"kind", "area"},
                               {"x", "year"},
                               {"y", "v"},
                               {"series", "s"},
                               {"stack", g.chance(0.5) ? "stacked" : "percent"}},
                              rows)});
  out.push_back({"columns", with({{"kind", "bar"}, {"x", "k"}, {"y", "v"}}, rows)});
  out.push_back({"grouped", with({{"kind", "bar"},
                                  {"x", "k"},
                                  {"y", "v"},
                                  {"series", "s"},
                                  {"stack", g.chance(0.5)   ? "none"
                                            : g.chance(0.5) ? "stacked"
                                                            : "percent"}},
                                 rows)});
  out.push_back({"ranking", with({{"kind", "bar"},
                                  {"orientation", "horizontal"},
                                  {"x", "k"},
                                  {"y", "v"},
                                  {"sort", "descending"}},
                                 rows)});
  out.push_back({"lollipop", with({{"kind", "lollipop"}, {"x", "k"}, {"y", "v"}}, rows)});
  out.push_back({"scatter", with({{"kind", "scatter"},
                                  {"x", "n"},
                                  {"y", "v"},
                                  {"label", "k"},
                                  {"size", "w"},
                                  {"series", "s"}},
                                 rows)});
  out.push_back({"waterfall",
                 with({{"kind", "waterfall"}, {"x", "k"}, {"y", "v"}, {"total", "Total"}}, rows)});
  out.push_back({"donut", with({{"kind", "donut"}, {"x", "k"}, {"y", "w"}}, non_negative)});
  out.push_back({"pie", with({{"kind", "pie"}, {"x", "k"}, {"y", "w"}}, non_negative)});
  out.push_back({"timeline", with({{"kind", "timeline"}, {"x", "d"}, {"label", "k"}}, rows)});
  out.push_back(
      {"lanes", with({{"kind", "timeline"}, {"x", "d"}, {"label", "k"}, {"series", "s"}}, rows)});
  out.push_back(
      {"table", with({{"kind", "table"},
                      {"columns", Json::array({"k", Json{{"field", "v"}, {"bar", true}}, "year"})}},
                     rows)});
  Json items = Json::array();
  for (int i = 0, n = g.between(1, 6); i < n; ++i) {
    Json value = g.value(g.scale(), true, false);
    items.push_back(
        Json{{"value", value.is_null() ? 0.0 : value.get<double>()}, {"label", g.label(50)}});
  }
  Json stats{{"kind", "stats"}, {"id", "g"}, {"items", items}};
  out.push_back({"stats", stats});
  return out;
}

// ---- what a scene must hold ---------------------------------------------------------------

struct Placed {
  Rect box;          // its bounds on the chart, rotation and group scaling applied
  Point corners[4];  // the text's own (turned) rectangle
  std::string text;
  double size_pt;
};

// Whether two turned rectangles overlap by more than `slack`: separating-axis test over the
// four edge directions (a turned label's bounds overlap its neighbours' though its glyphs
// do not).
bool overlap(const Placed& a, const Placed& b, double slack) {
  for (const Placed* shape : {&a, &b})
    for (int edge = 0; edge < 2; ++edge) {
      Point p0 = shape->corners[0], p1 = shape->corners[edge == 0 ? 1 : 2];
      double ax = p1.x - p0.x, ay = p1.y - p0.y, length = std::hypot(ax, ay);
      if (length < 1e-9) continue;
      ax /= length, ay /= length;
      auto project = [&](const Placed& q, double& lo, double& hi) {
        lo = INFINITY, hi = -INFINITY;
        for (const auto& c : q.corners) {
          double d = c.x * ax + c.y * ay;
          lo = std::min(lo, d), hi = std::max(hi, d);
        }
      };
      double alo, ahi, blo, bhi;
      project(a, alo, ahi);
      project(b, blo, bhi);
      if (std::min(ahi, bhi) - std::max(alo, blo) <= slack) return false;
    }
  return true;
}

// The text an SVG's text layer (and native text) writes for a text: its runs must spell the
// text (less spaces and folio's invisible marks; shortened to an ellipsis where it was), in
// fonts of a real size, inside the text's own box.
std::string text_layer_problem(const text::ShapedText& shaped) {
  auto letters = [](std::string text) {
    for (const std::string gone : {" ", "\n", "\xE2\x80\x8B", "\xE2\x81\xA0", "\u00AD"})
      for (size_t at = text.find(gone); at != std::string::npos; at = text.find(gone, at))
        text.erase(at, gone.size());
    return text;
  };
  std::string spelt;
  Point offset = shaped.layout_offset();
  for (const auto& run : text::text_runs(shaped)) {
    if (!std::isfinite(run.x) || !std::isfinite(run.baseline) || !std::isfinite(run.width) ||
        !(run.size_pt > 0))
      return fmt::format("its run \"{}\" has a coordinate or size that is not finite", run.text);
    if (run.x < offset.x - 0.5 || run.x + run.width > offset.x + shaped.size().width + 0.5)
      return fmt::format("its run \"{}\" leaves the text's box", run.text);
    spelt += run.text;
  }
  std::string want = letters(shaped.text()), got = letters(spelt);
  const std::string ellipsis = "\xE2\x80\xA6";
  bool shortened = shaped.ellipsized() && got.size() >= ellipsis.size() &&
                   got.compare(got.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0 &&
                   want.compare(0, got.size() - ellipsis.size(), got, 0,
                                got.size() - ellipsis.size()) == 0;
  if (got != want && !shortened) return fmt::format("its runs spell \"{}\"", spelt);
  return "";
}

void collect(const scene::Frame& frame, Point offset, double scale, std::vector<Placed>& texts,
             std::vector<std::string>& problems) {
  auto finite = [](double v) { return std::isfinite(v); };
  for (const auto& item : frame.items) {
    if (const auto* text = std::get_if<scene::Text>(&item)) {
      Size size = text->run->size();
      double c = std::cos(text->rotation), s = std::sin(text->rotation);
      double xs[4], ys[4];
      Point corners[4] = {{0, 0}, {size.width, 0}, {0, size.height}, {size.width, size.height}};
      for (int i = 0; i < 4; ++i) {
        xs[i] = text->position.x + corners[i].x * c - corners[i].y * s;
        ys[i] = text->position.y + corners[i].x * s + corners[i].y * c;
      }
      Placed placed;
      for (int i = 0; i < 4; ++i)
        placed.corners[i] = {offset.x + xs[i] * scale, offset.y + ys[i] * scale};
      Rect box{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4), 0, 0};
      box.width = *std::max_element(xs, xs + 4) - box.x;
      box.height = *std::max_element(ys, ys + 4) - box.y;
      box = {offset.x + box.x * scale, offset.y + box.y * scale, box.width * scale,
             box.height * scale};
      if (!finite(box.x) || !finite(box.y) || !finite(box.width) || !finite(box.height))
        problems.push_back("text \"" + text->run->text() + "\" at a coordinate that is not finite");
      placed.box = box;
      placed.text = text->run->text();
      if (auto problem = text_layer_problem(*text->run); !problem.empty())
        problems.push_back("in the text layer, \"" + placed.text + "\": " + problem);
      placed.size_pt = text->run->font_size_pt() * scale;
      if (!placed.text.empty()) texts.push_back(placed);
    } else if (const auto* shape = std::get_if<scene::Shape>(&item)) {
      for (const auto& op : shape->path.ops)
        for (double v : op.v)
          if (!finite(v)) {
            problems.push_back("a shape with a coordinate that is not finite");
            break;
          }
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      collect(*group->frame,
              {offset.x + group->offset.x * scale, offset.y + group->offset.y * scale},
              scale * group->scale, texts, problems);
    }
  }
}

std::vector<std::string> check(const scene::Frame& frame, const model::Theme& theme,
                               const std::string& description,
                               const std::vector<std::string>& names) {
  std::vector<std::string> problems;
  std::vector<Placed> texts;
  collect(frame, {0, 0}, 1, texts, problems);
  constexpr double kSlack = 0.5;
  double min_size = theme.sizes().min_text;
  for (const auto& t : texts) {
    if (t.box.x < -kSlack || t.box.y < -kSlack || t.box.right() > frame.size.width + kSlack ||
        t.box.bottom() > frame.size.height + kSlack)
      problems.push_back(fmt::format(
          "\"{}\" leaves the chart ({:.1f},{:.1f} {:.1f}x{:.1f} in {:.0f}x{:.0f})", t.text, t.box.x,
          t.box.y, t.box.width, t.box.height, frame.size.width, frame.size.height));
    if (t.size_pt < min_size - 0.01)
      problems.push_back(fmt::format("\"{}\" is set at {:.1f} pt, under the theme's {:.1f}", t.text,
                                     t.size_pt, min_size));
  }
  for (size_t i = 0; i < texts.size(); ++i)
    for (size_t j = i + 1; j < texts.size(); ++j) {
      const Rect &a = texts[i].box, &b = texts[j].box;
      double w = std::min(a.right(), b.right()) - std::max(a.x, b.x);
      double h = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
      if (w > kSlack && h > kSlack && overlap(texts[i], texts[j], kSlack))
        problems.push_back(fmt::format("\"{}\" and \"{}\" overlap ({:.1f} x {:.1f} pt)",
                                       texts[i].text, texts[j].text, w, h));
    }
  for (const auto& name : names)
    if (description.find(name) == std::string::npos)
      problems.push_back("category \"" + name + "\" is missing from the description");
  return problems;
}

std::vector<std::string> categories_in(const Json& chart) {
  std::vector<std::string> names;
  static const std::set<std::string> kinds = {"bar",   "lollipop", "waterfall",
                                              "donut", "pie",      "timeline"};
  if (!chart.contains("data") || !kinds.count(chart["kind"].get<std::string>())) return names;
  std::string field = chart["kind"] == "timeline" ? "label" : "x";
  for (const auto& row : chart["data"]["values"])
    if (row.contains(chart[field].get<std::string>()))
      names.push_back(row[chart[field].get<std::string>()]);
  return names;
}

// ---- the cases -----------------------------------------------------------------------------

int seeds() {
  const char* value = std::getenv("FOLIO_GENERATED_SEEDS");
  return value ? std::max(1, std::atoi(value)) : 20;
}

TEST(GeneratedCharts, HoldOnDataNobodyWrote) {
  std::map<std::string, model::Theme> themes;
  for (const auto& name : model::theme_names()) themes.emplace(name, model::load_theme(name));
  int cases = 0, failures = 0;
  auto out_dir = std::filesystem::current_path() / "generated-failures";
  for (int seed = 1; seed <= seeds() && failures < 20; ++seed) {
    Generator g(static_cast<unsigned>(seed));
    static const int kRows[] = {0, 1, 2, 3, 5, 8, 13, 24, 40, 60, 120, 500};
    int rows = kRows[g.between(0, seed > 6 ? 11 : 9)];
    Json data = dataset(g, rows, true);
    Json non_negative = dataset(g, rows, false);
    for (const auto& [variant, chart_json] : charts(g, data, non_negative)) {
      std::string text = chart_json.dump();
      auto doc =
          std::make_shared<spec::JsonDocument>(spec::JsonDocument::parse(text, "generated.json"));
      spec::Inputs inputs;
      spec::Chart spec;
      model::Chart chart;
      try {
        spec = spec::parse_chart(spec::Node(*doc, doc->root(), ""), inputs);
        chart = model::resolve_chart(spec, {}, *doc);
      } catch (const InputError& error) {
        ADD_FAILURE() << "seed " << seed << " " << variant
                      << ": the generated spec was refused: " << error.what();
        continue;
      }
      std::string description = describe_chart(chart);
      auto names = categories_in(chart_json);
      for (const auto& [theme_name, theme] : themes) {
        for (double width : {640.0, 481.0, 232.0}) {
          ++cases;
          // As folio sizes them: a slide (taller when the content needs it), or a column's width
          // at the height the chart asks for there.
          Size size = width == 640 ? fit_chart_size(chart, theme, {640, 360})
                                   : Size{width, chart_height_for_width(chart, theme, width)};
          scene::Frame frame;
          try {
            frame =
                layout_chart(chart, theme, size, {.background = width == 640, .figure_label = ""});
          } catch (const std::exception& error) {
            frame = {};
            ADD_FAILURE() << "seed " << seed << " " << variant << ": layout threw " << error.what();
            continue;
          }
          auto problems = check(frame, theme, description, names);
          if (problems.empty()) continue;
          ++failures;
          std::filesystem::create_directories(out_dir);
          std::string name = fmt::format("seed{}-{}-{}-{:.0f}", seed, variant, theme_name, width);
          std::ofstream(out_dir / (name + ".json")) << chart_json.dump(2) << "\n";
          ADD_FAILURE() << name << " (" << (out_dir / (name + ".json")).string()
                        << "): " << problems.front()
                        << (problems.size() > 1 ? fmt::format(" (and {} more)", problems.size() - 1)
                                                : "");
          break;
        }
      }
    }
  }
  std::printf("%d generated cases\n", cases);
  EXPECT_GT(cases, 1000);
}

}  // namespace
}  // namespace folio::chart
