#pragma once
// Shaped texts kept for reuse. Laying out a chart measures the same texts several times (its
// size is fitted before it is laid out; a kind plans its body to report its height, then again
// to draw it), and a document repeats its labels, so shaping each distinct text once saves a
// third of the shaping of a briefing. A ShapedText never changes once shaped, so handing one to
// several frames is safe; Pango objects belong to the thread that made them (each thread has its
// own font map), so each thread keeps its own cache.
#include <string>

#include "text/shaped_text.h"

namespace folio::text {

// Every input shape_rich_text reads, as bytes: equal keys give equal shaped texts. Empty for a
// text too long to be worth keeping (a paragraph's piece of several kilobytes is seldom
// repeated, and its key would cost as much as its shaping).
std::string shape_key(const RichText& text, const model::TextStyle& style,
                      const TextOptions& options, Color link_color);

// This thread's shaped text for `key`, or null.
ShapedTextPtr find_shaped(const std::string& key);

// Keeps `shaped` for `key` in this thread. The cache is emptied when it holds kShapeCacheEntries
// texts, so it never holds more than that beyond what the frames themselves keep alive.
void keep_shaped(std::string key, ShapedTextPtr shaped);

constexpr size_t kShapeCacheEntries = 4096;
constexpr size_t kShapeCacheLongestText = 2048;  // bytes

}  // namespace folio::text
