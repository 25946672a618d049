#include "text/rich_text.h"

#include <algorithm>

namespace folio::text {
namespace {

class InlineParser {
 public:
  InlineParser(const std::string& source, int first_footnote)
      : source_(source), footnote_(first_footnote) {}

  RichText parse() {
    parse_until(source_.size(), "");
    return std::move(out_);
  }

 private:
  const std::string& source_;
  size_t pos_ = 0;
  int footnote_;
  RichText out_;

  // Finds the closing delimiter for an opening one at pos_, skipping escaped characters.
  size_t find_closing(const std::string& delimiter, size_t from, size_t limit) const {
    for (size_t i = from; i + delimiter.size() <= limit; ++i) {
      if (source_[i] == '\\') {
        ++i;
        continue;
      }
      if (source_.compare(i, delimiter.size(), delimiter) == 0) return i;
    }
    return std::string::npos;
  }

  void parse_until(size_t limit, const std::string& closing) {
    (void)closing;
    while (pos_ < limit) {
      char c = source_[pos_];
      if (c == '\\' && pos_ + 1 < limit &&
          std::string_view("*_[]^\\()").find(source_[pos_ + 1]) != std::string_view::npos) {
        out_.text += source_[pos_ + 1];
        pos_ += 2;
      } else if (source_.compare(pos_, 2, "**") == 0 && styled("**", TextSpan::bold, limit)) {
      } else if ((c == '*' || c == '_') && styled(std::string(1, c), TextSpan::italic, limit)) {
      } else if (c == '[' && link(limit)) {
      } else if (source_.compare(pos_, 2, "^[") == 0 && footnote(limit)) {
      } else {
        out_.text += c;
        ++pos_;
      }
    }
  }

  bool styled(const std::string& delimiter, TextSpan::Kind kind, size_t limit) {
    size_t inner = pos_ + delimiter.size();
    // Emphasis opens before a non-space and closes after one, as in CommonMark: "2 * 3" stays.
    if (inner >= limit || source_[inner] == ' ') return false;
    size_t close = find_closing(delimiter, inner, limit);
    if (close == std::string::npos || close == inner || source_[close - 1] == ' ') return false;
    size_t start = out_.text.size();
    pos_ = inner;
    parse_until(close, delimiter);
    pos_ = close + delimiter.size();
    out_.spans.push_back({kind, start, out_.text.size(), ""});
    return true;
  }

  bool link(size_t limit) {
    size_t close = find_closing("]", pos_ + 1, limit);
    if (close == std::string::npos || close + 1 >= limit || source_[close + 1] != '(') return false;
    size_t end = source_.find(')', close + 2);
    if (end == std::string::npos || end > limit) return false;
    std::string target = source_.substr(close + 2, end - close - 2);
    if (target.empty() || target.find(' ') != std::string::npos) return false;
    size_t start = out_.text.size();
    pos_ += 1;
    parse_until(close, "]");
    out_.spans.push_back({TextSpan::link, start, out_.text.size(), target});
    pos_ = end + 1;
    return true;
  }

  bool footnote(size_t limit) {
    size_t close = find_closing("]", pos_ + 2, limit);
    if (close == std::string::npos) return false;
    std::string note = source_.substr(pos_ + 2, close - pos_ - 2);
    // A word joiner keeps the mark on the line of the word it follows.
    if (!out_.text.empty()) out_.text += "\u2060";
    size_t start = out_.text.size();
    out_.text += std::to_string(footnote_++);
    out_.spans.push_back({TextSpan::footnote_mark, start, out_.text.size(), note});
    pos_ = close + 1;
    return true;
  }
};

}  // namespace

RichText RichText::slice(size_t start, size_t end) const {
  RichText part;
  part.text = text.substr(start, end - start);
  for (const auto& span : spans) {
    size_t s = std::max(span.start, start), e = std::min(span.end, end);
    if (s < e) part.spans.push_back({span.kind, s - start, e - start, span.target});
  }
  return part;
}

RichText parse_inline_markdown(const std::string& source, int first_footnote) {
  return InlineParser(source, first_footnote).parse();
}

}  // namespace folio::text
