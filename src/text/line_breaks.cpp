#include "text/line_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <memory>

namespace folio::text {
namespace {

constexpr const char* kZeroWidthSpace = "\u200B";
constexpr size_t kZeroWidthSpaceBytes = 3;

bool is_hangul(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_HANGUL;
}

// Scripts written without spaces between words, whose breaks need a dictionary.
bool needs_dictionary(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_KHMER:
    case USCRIPT_LAO:
    case USCRIPT_MYANMAR:
    case USCRIPT_THAI:
      return u_isalpha(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
    default:
      return false;
  }
}

UChar32 char_before(const std::string& text, size_t at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c;
}

UChar32 char_at(const std::string& text, size_t at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

// ICU's line break opportunities in `text` (byte offsets, excluding 0 and the end).
std::vector<size_t> icu_breaks(const std::string& text, const char* locale) {
  std::vector<size_t> breaks;
  UErrorCode status = U_ZERO_ERROR;
  // Creating a line breaker loads its rules: one per thread and locale, reused for every text.
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> breakers;
  auto& iterator = breakers[locale];
  if (!iterator)
    iterator.reset(
        icu::BreakIterator::createLineInstance(icu::Locale::createFromName(locale), status));
  if (U_FAILURE(status) || !iterator) {
    iterator.reset();
    return breaks;
  }
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return breaks;
  iterator->setText(utext, status);
  for (int32_t at = iterator->next(); at != icu::BreakIterator::DONE && U_SUCCESS(status);
       at = iterator->next())
    if (at > 0 && static_cast<size_t>(at) < text.size()) breaks.push_back(static_cast<size_t>(at));
  utext_close(utext);
  return breaks;
}

}  // namespace

size_t BreakPlan::shaped_offset(size_t original) const {
  auto before =
      std::upper_bound(insertions.begin(), insertions.end(), original) - insertions.begin();
  return original + static_cast<size_t>(before) * kZeroWidthSpaceBytes;
}

size_t BreakPlan::original_offset(size_t shaped) const {
  size_t removed = 0;
  for (size_t i = 0; i < insertions.size(); ++i) {
    size_t at = insertions[i] + i * kZeroWidthSpaceBytes;  // where this one sits in `text`
    if (shaped < at + kZeroWidthSpaceBytes) return shaped <= at ? shaped - removed : insertions[i];
    removed += kZeroWidthSpaceBytes;
  }
  return shaped - removed;
}

BreakPlan plan_line_breaks(const std::string& text, const std::string& language) {
  BreakPlan plan;
  bool hangul = false, dictionary = false;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    hangul = hangul || is_hangul(c);
    dictionary = dictionary || needs_dictionary(c);
  }
  if (!hangul && !dictionary) {
    plan.text = text;
    return plan;
  }
  // Where ICU breaks between two letters of a script without spaces, a zero-width space
  // tells Pango it may break there too.
  if (dictionary) {
    for (size_t at : icu_breaks(text, language.c_str()))
      if (needs_dictionary(char_before(text, at)) && needs_dictionary(char_at(text, at)))
        plan.insertions.push_back(at);
  }
  size_t from = 0;
  for (size_t at : plan.insertions) {
    plan.text.append(text, from, at - from).append(kZeroWidthSpace);
    from = at;
  }
  plan.text.append(text, from, std::string::npos);
  // Korean: a word (a run of letters, digits and marks holding Hangul) stays on one line, as
  // CSS's word-break: keep-all; spaces and punctuation still let the line break.
  if (hangul) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(plan.text.data());
    auto size = static_cast<int32_t>(plan.text.size());
    size_t word_start = 0;
    bool in_word = false, word_has_hangul = false;
    for (int32_t i = 0; i <= size;) {
      int32_t at = i;
      UChar32 c = 0;
      if (i < size) U8_NEXT(bytes, i, size, c);
      bool word_char = at < size && (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK));
      if (word_char && !in_word) {
        word_start = static_cast<size_t>(at);
        word_has_hangul = false;
      }
      if (!word_char && in_word && word_has_hangul)
        plan.keep_whole.emplace_back(word_start, static_cast<size_t>(at));
      in_word = word_char;
      word_has_hangul = word_has_hangul || (word_char && is_hangul(c));
      if (at >= size) break;
    }
  }
  return plan;
}

}  // namespace folio::text
