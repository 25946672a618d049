#pragma once
#include <string>
#include <vector>

namespace folio::text {

// Inline styling of a run of text, by byte range into RichText::text.
struct TextSpan {
  enum Kind { bold, italic, link, footnote_mark } kind;
  size_t start = 0;
  size_t end = 0;
  std::string target;  // the URI of a link; the note's text for a footnote mark
};

// Plain text with its inline styles. Built from a small Markdown subset so that prose from
// data can never inject Pango markup: **bold**, *italic* (or _italic_), [text](https://…),
// ^[an inline footnote], and a backslash to escape any of * _ [ ] ^ \.
struct RichText {
  std::string text;
  std::vector<TextSpan> spans;

  // The part from byte `start` to `end`, spans clipped to it and shifted.
  RichText slice(size_t start, size_t end) const;
};

// Footnote marks are numbered from `first_footnote`; their text stays in the span's target.
RichText parse_inline_markdown(const std::string& source, int first_footnote = 1);

}  // namespace folio::text
