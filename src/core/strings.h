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

// Text for XML character data and double-quoted attribute values: &, <, > and " escaped, the C0
// controls other than tab, newline and return dropped (XML 1.0 has no place for them, even
// escaped; data may carry them).
inline std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    }
  }
  return out;
}

}  // namespace folio
