#pragma once
// Shaped texts kept for reuse. Laying out a chart measures the same texts several times (its
// size is fitted before it is laid out; a kind plans its body to report its height, then again
// to draw it), and a document repeats its labels, so shaping each distinct text once saves a
// third of the shaping of a briefing. A ShapedText never changes once shaped, so handing one to
// several frames is safe; Pango objects belong to the thread and font map that made them, so
// each font system keeps its own.
#include <string>
#include <unordered_map>

#include "text/shaped_text.h"

namespace folio::text {

// Every input shape_rich_text reads, as bytes: equal keys give equal shaped texts. Empty for a
// text too long to be worth keeping (a paragraph's piece of several kilobytes is seldom
// repeated, and its key would cost as much as its shaping).
std::string shape_key(const RichText& text, const model::TextStyle& style,
                      const TextOptions& options, Color link_color);

// The shaped texts of one font system (text/font_system.h: one a thread and font set), which
// owns them: they are let go before its font map. Emptied when it holds kShapeCacheEntries
// texts, so it never holds more than that beyond what the frames themselves keep alive.
class ShapeCache {
 public:
  // The kept text for `key`, or null (always for an empty key).
  ShapedTextPtr find(const std::string& key) const;
  void keep(std::string key, ShapedTextPtr shaped);
  void clear() { kept_.clear(); }

 private:
  std::unordered_map<std::string, ShapedTextPtr> kept_;
};

constexpr size_t kShapeCacheEntries = 4096;
constexpr size_t kShapeCacheLongestText = 2048;  // bytes

}  // namespace folio::text
