#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace folio {

// "a, b, c": the items with `separator` between them.
template <typename Range>
std::string join(const Range& items, std::string_view separator = ", ") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += std::string_view(item);
  }
  return out;
}

}  // namespace folio
