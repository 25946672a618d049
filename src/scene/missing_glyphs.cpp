#include "scene/missing_glyphs.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>

#include "core/errors.h"
#include "text/shaped_text.h"

namespace folio::scene {

void find_missing_glyphs(const Frame& frame, const std::string& source,
                         std::vector<MissingGlyphs>& found) {
  for (const auto& item : frame.items) {
    if (const auto* group = std::get_if<Group>(&item)) {
      find_missing_glyphs(*group->frame, group->source.empty() ? source : group->source, found);
    } else if (const auto* text = std::get_if<Text>(&item)) {
      if (!text->run || text->run->unknown_glyphs() == 0) continue;
      bool seen = std::any_of(found.begin(), found.end(), [&](const MissingGlyphs& known) {
        return known.source == source && known.text == text->run->text();
      });
      if (seen) continue;
      found.push_back(
          {source, text->run->text(), text->run->missing_characters(), text->run->families()});
    }
  }
}

std::string describe_character(char32_t character) {
  char name[256] = {};
  UErrorCode status = U_ZERO_ERROR;
  u_charName(static_cast<UChar32>(character), U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  std::string code = fmt::format("U+{:04X}", static_cast<unsigned>(character));
  return U_SUCCESS(status) && name[0] ? code + " " + name : code;
}

std::string describe_missing(const MissingGlyphs& missing, size_t shown) {
  std::string characters;
  for (size_t i = 0; i < missing.characters.size() && i < shown; ++i)
    characters += (i ? ", " : "") + describe_character(missing.characters[i]);
  if (missing.characters.size() > shown)
    characters += fmt::format(" and {} more", missing.characters.size() - shown);
  return fmt::format("{} in \"{}\" (fonts tried: {})", characters,
                     quote_for_message(missing.text, 30), missing.families);
}

}  // namespace folio::scene
