#pragma once
// How a BCP 47 tag falls back to the keys of a table by language (font lists, messages).
#include <string>
#include <vector>

namespace folio::text {

// The tag itself, then its language and script by ICU's likely subtags ("zh-TW" gives
// "zh-Hant", "zh" gives "zh-Hans"), then its language alone: the keys to try, in order.
std::vector<std::string> language_fallbacks(const std::string& tag);

// The first of `tag`'s fallbacks that `table` has as a key, or null.
template <typename Map>
const typename Map::key_type* best_language_key(const std::string& tag, const Map& table) {
  if (table.empty()) return nullptr;
  for (const auto& candidate : language_fallbacks(tag)) {
    auto found = table.find(candidate);
    if (found != table.end()) return &found->first;
  }
  return nullptr;
}

}  // namespace folio::text
