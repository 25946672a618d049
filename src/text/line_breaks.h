#pragma once
// Line breaking by the rules of each script, where Pango's own (UAX #14) are not enough:
// Korean keeps words whole and breaks at spaces ("keep-all", as Korean typesetting expects),
// and Khmer, Lao, Myanmar and Thai, written without spaces between words, break between
// dictionary words found by ICU's line breaker. Pango takes the first as ranges it may not
// break, the second as zero-width spaces, which draw nothing and extract as nothing.
#include <string>
#include <utility>
#include <vector>

namespace folio::text {

struct BreakPlan {
  std::string text;                // the text to shape: the original with U+200B inserted
  std::vector<size_t> insertions;  // offsets in the original text where one was inserted
  std::vector<std::pair<size_t, size_t>> keep_whole;  // byte ranges of `text` not to break

  // Byte offsets between the original text and `text`.
  size_t shaped_offset(size_t original) const;
  size_t original_offset(size_t shaped) const;
};

BreakPlan plan_line_breaks(const std::string& text, const std::string& language);

}  // namespace folio::text
