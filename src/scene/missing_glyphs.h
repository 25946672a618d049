#pragma once
// Texts that drew glyphs no font has (boxes, "tofu"), found on finished frames after shaping,
// so that nothing is drawn wrong without a word.
#include <string>
#include <vector>

#include "scene/scene.h"

namespace folio::scene {

struct MissingGlyphs {
  std::string source;  // the document pointer of the block the text is in; "" for page furniture
  std::string text;
  std::vector<char32_t> characters;  // each once, in order of appearance
  std::string families;              // the fonts tried, as the theme lists them
};

// Adds what `frame` holds to `found`, once per source and text (a text repeated on every page,
// or in a chart and its standalone render, is reported once). `source` is the pointer of
// whatever holds the frame; groups that name their own override it.
void find_missing_glyphs(const Frame& frame, const std::string& source,
                         std::vector<MissingGlyphs>& found);

// "U+0EA5 LAO LETTER LO LOOT", with the character's Unicode name from ICU.
std::string describe_character(char32_t character);

// "U+0EA5 LAO LETTER LO LOOT, U+0EB2 LAO VOWEL SIGN AA in "ລາວ" (fonts tried: Noto Sans, ...)";
// at most `shown` characters are named, then how many more.
std::string describe_missing(const MissingGlyphs& missing, size_t shown = 3);

}  // namespace folio::scene
