#pragma once
#include <string_view>
#include <vector>

namespace folio::model {

// The JSON files of styles/, compiled in by folio_embed_styles in CMakeLists.txt.
struct EmbeddedStyle {
  std::string_view name;  // file name without .json
  std::string_view json;
};

const std::vector<EmbeddedStyle>& embedded_styles();

}  // namespace folio::model
