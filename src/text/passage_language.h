#pragma once
#include <string>

namespace folio::text {

// The language of a passage whose script names it, when the document is written in another:
// "ko" for a Hangul line in an English document, "km" for Khmer, "ja" for kana. "" when the
// script is the document's own or is shared by many languages (Latin, Cyrillic, Arabic, Han
// alone), or when the passage mixes scripts: a tagged PDF then gives the passage no /Lang of
// its own rather than a wrong one.
std::string passage_language(const std::string& text, const std::string& document_language);

}  // namespace folio::text
