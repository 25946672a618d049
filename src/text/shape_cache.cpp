#include "text/shape_cache.h"

#include <cstring>

namespace folio::text {
namespace {

// A new field of TextStyle, TextOptions or TextSpan changes how a text is shaped: it must join
// the key below, or two texts that differ only in it would share one shaping.
static_assert(sizeof(model::TextStyle) == 160, "a new TextStyle field must join shape_key");
static_assert(sizeof(TextOptions) == 24, "a new TextOptions field must join shape_key");
static_assert(sizeof(TextSpan) == 56, "a new TextSpan field must join shape_key");

void put(std::string& key, const void* bytes, size_t size) {
  key.append(static_cast<const char*>(bytes), size);
}
template <class T>
void put(std::string& key, T value) {
  put(key, &value, sizeof value);
}
// A string with its length first, so that no two sequences of strings give one key.
void put(std::string& key, const std::string& text) {
  put(key, text.size());
  key += text;
}
void put(std::string& key, const Color& color) {
  for (double channel : {color.r, color.g, color.b, color.a}) put(key, channel);
}

}  // namespace

std::string shape_key(const RichText& text, const model::TextStyle& style,
                      const TextOptions& options, Color link_color) {
  if (text.text.size() > kShapeCacheLongestText) return {};
  std::string key;
  key.reserve(text.text.size() + style.family.size() + 128);
  put(key, text.text);
  put(key, text.spans.size());
  for (const auto& span : text.spans) {
    put(key, static_cast<int>(span.kind));
    put(key, span.start);
    put(key, span.end);
    put(key, span.target);
  }
  put(key, style.family);
  put(key, style.size_pt);
  put(key, style.bold);
  put(key, style.italic);
  put(key, style.color);
  put(key, style.line_height);
  put(key, style.hyphenate);
  put(key, style.language);
  put(key, style.script_families ? style.script_families->size() + 1 : size_t{0});
  if (style.script_families)
    for (const auto& [script, families] : *style.script_families) {
      put(key, script);
      put(key, families);
    }
  put(key, style.document_fonts ? style.document_fonts->size() + 1 : size_t{0});
  if (style.document_fonts)
    for (const auto& file : *style.document_fonts) put(key, file);
  put(key, options.width_pt);
  put(key, static_cast<int>(options.align));
  put(key, options.max_lines);
  put(key, options.break_words);
  put(key, link_color);
  return key;
}

ShapedTextPtr ShapeCache::find(const std::string& key) const {
  if (key.empty()) return nullptr;
  auto found = kept_.find(key);
  return found == kept_.end() ? nullptr : found->second;
}

void ShapeCache::keep(std::string key, ShapedTextPtr shaped) {
  if (key.empty()) return;
  if (kept_.size() >= kShapeCacheEntries) kept_.clear();
  kept_.emplace(std::move(key), std::move(shaped));
}

}  // namespace folio::text
