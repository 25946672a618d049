#pragma once
#include <array>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/color.h"

namespace folio::model {

struct TextStyle {
  std::string family;  // a Pango family list, e.g. "Noto Sans, NanumGothic, Noto Sans Khmer"
  double size_pt = 10;
  bool bold = false;
  bool italic = false;
  Color color;
  double line_height = 1.3;     // multiple of the size
  bool hyphenate = false;       // break long words with a hyphen; briefings do not by default
  std::string language = "en";  // BCP 47: how Pango shapes and breaks the text
  // Family lists for runs of one script (ICU's script name, "Hangul"), before `family`: the
  // theme's "scriptFonts", so that Hangul takes a Korean font without Han taking it too.
  std::shared_ptr<const std::map<std::string, std::string>> script_families;
  // The document's own font files (absolute paths) beside the built-in set; none when null.
  std::shared_ptr<const std::vector<std::string>> document_fonts;
};

// The colour tokens every theme defines (styles/*.json "colors"), resolved when it loads.
struct ThemeColors {
  Color accent{}, axis{}, background{}, base{}, callout{}, cover_band{}, cover_muted{},
      cover_text{}, grid{}, heading{}, highlight{}, link{}, muted{}, negative{}, positive{}, rule{},
      span{}, table_stripe{}, text{}, tile{};
};

// The size tokens every theme defines ("sizes"), in points except bar_gap (a fraction).
struct ThemeSizes {
  double axis_line{}, bar_gap{}, chart_gap{}, gridline{}, heading_gap_above{}, heading_gap_below{},
      line{}, marker{}, min_text{}, paragraph_gap{};
};

// The text elements of a theme ("text"), each resolved through the cascade when it loads.
enum class TextRole {
  text,
  axis_label,
  axis_text,
  axis_title,
  body,
  callout_text,
  callout_title,
  chart_figure,
  chart_note,
  chart_source,
  chart_subtitle,
  chart_title,
  contents_entry,
  contents_entry_1,
  cover_kicker,
  cover_line,
  cover_meta,
  cover_note,
  cover_subtitle,
  cover_title,
  footnote,
  heading,
  heading_1,
  heading_2,
  heading_3,
  label_annotation,
  label_date,
  label_event,
  label_point,
  label_series,
  label_span,
  label_value,
  legend_text,
  list_marker,
  page_classification,
  page_footer,
  page_header,
  sources_description,
  sources_figure,
  sources_source,
  stat_change,
  stat_label,
  stat_value,
  table_cell,
  table_header,
  table_title,
  table_total,
};
inline constexpr size_t kTextRoleCount = 47;

// heading_1 .. heading_3; deeper levels read as level 3.
TextRole heading_role(int level);

// A theme from styles/<name>.json: colour and size tokens, a categorical palette and text
// elements that inherit from each other (axis.label <- axis.text <- text).
class Theme {
 public:
  const std::string& name() const { return data_->name; }
  // The language texts are set in (Pango's shaping and line breaking, and the fonts it prefers
  // for a script); the document's, or a chart's own. Copies are cheap.
  const std::string& language() const { return language_; }
  Theme in_language(const std::string& language) const;
  // This theme with a document's own font files available to its texts.
  Theme with_fonts(std::vector<std::string> files) const;
  // Tokens and styles resolved when the theme loaded: layout reads fields, never names.
  const ThemeColors& colors() const { return data_->resolved_colors; }
  const ThemeSizes& sizes() const { return data_->resolved_sizes; }
  // The element's style in this copy's language.
  TextStyle text(TextRole role) const;
  const std::vector<Color>& palette() const { return data_->palette; }
  // How series i is told apart: its colour, and in themes that ask for it (print-mono) a dash
  // pattern and a marker shape, so series stay distinct without colour.
  struct SeriesStyle {
    Color color;
    std::vector<double> dash;  // empty for solid
    std::string marker;        // circle, square, diamond, triangle
  };
  SeriesStyle series(size_t index) const;
  // By name, for theme checks and tests: a colour token (or a literal colour), a size token,
  // an element's style after the cascade (explicit "parent", else the name without its last
  // dotted part, else "text").
  Color color_named(const std::string& token) const;
  double size_named(const std::string& token) const;
  TextStyle text_named(const std::string& element) const;
  std::vector<std::string> text_elements() const;

 private:
  friend Theme load_theme(const std::string& name, const std::vector<nlohmann::json>& overrides);
  struct Data {
    std::string name;
    std::map<std::string, Color> colors;
    std::map<std::string, double> sizes;
    std::map<std::string, std::string> fonts;
    std::vector<Color> palette;
    std::vector<std::vector<double>> dashes;
    std::vector<std::string> markers;
    std::map<std::string, std::map<std::string, std::string>> elements;  // raw properties
    ThemeColors resolved_colors;
    ThemeSizes resolved_sizes;
    std::array<TextStyle, kTextRoleCount> roles;
    std::array<std::string, kTextRoleCount> role_fonts;  // each role's font token ("sans")
    // Font lists for a language ("ko", "zh-Hant"), over `fonts`: Han characters, for one,
    // take a different font in Chinese, Japanese and Korean.
    std::map<std::string, std::map<std::string, std::string>> language_fonts;
    // Font token -> script -> family list ("scriptFonts": {"Hangul": {"sans": "..."}}).
    std::map<std::string, std::shared_ptr<const std::map<std::string, std::string>>> script_fonts;
    struct Cascaded {
      TextStyle style;
      std::string font;  // the font token the style's family came from
    };
    Cascaded cascade(const std::string& element) const;
  };
  std::shared_ptr<const Data> data_ = std::make_shared<Data>();
  std::string language_ = "en";
  std::shared_ptr<const std::vector<std::string>> document_fonts_;
  // Font token -> family list, in this copy's language.
  std::shared_ptr<const std::map<std::string, std::string>> fonts_;  // set by in_language
  std::string family_of(const std::string& font, const std::string& fallback) const;
  std::shared_ptr<const std::map<std::string, std::string>> scripts_of(
      const std::string& font) const;
};

// Loads a built-in theme, with `overrides` (theme objects: "colors", "sizes", "palette",
// "fonts", "text", checked by check_theme_layers) applied over it in order; throws
// std::out_of_range for an unknown name.
Theme load_theme(const std::string& name, const std::vector<nlohmann::json>& overrides = {});
// The token names a theme object may set, for checks and did-you-mean.
std::vector<std::string> theme_color_tokens();
std::vector<std::string> theme_size_tokens();
std::vector<std::string> theme_names();

}  // namespace folio::model
