#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

// A cursor over a short piece of text, for the small fixed shapes folio reads from user
// strings ("2019-03", "20mm", "ko-KR", "800x600"). Linear and without recursion, unlike
// std::regex, whose backtracking exhausts the stack on long input.
namespace folio {

class TextScan {
 public:
  explicit TextScan(std::string_view text) : text_(text) {}

  bool done() const { return pos_ == text_.size(); }
  size_t position() const { return pos_; }
  std::string_view rest() const { return text_.substr(pos_); }

  // Consumes `c` if it is next.
  bool take(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) return ++pos_, true;
    return false;
  }
  bool take(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  // Consumes between `min` and `max` ASCII digits and returns their value (saturating), or
  // nothing (and consumes nothing) when fewer than `min` are next.
  std::optional<long long> digits(size_t min, size_t max) {
    size_t end = pos_;
    long long value = 0;
    while (end < text_.size() && end - pos_ < max && text_[end] >= '0' && text_[end] <= '9') {
      value = value > 100'000'000'000'000LL ? value : value * 10 + (text_[end] - '0');
      ++end;
    }
    if (end - pos_ < min) return std::nullopt;
    pos_ = end;
    return value;
  }
  // Consumes up to `max` characters for which `accept` holds; returns how many.
  template <typename Predicate>
  size_t span(Predicate accept, size_t max = std::string_view::npos) {
    size_t start = pos_;
    while (pos_ < text_.size() && pos_ - start < max && accept(text_[pos_])) ++pos_;
    return pos_ - start;
  }
  void skip_spaces() {
    span([](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

inline bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
inline bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_alnum(char c) {
  return is_ascii_lower(c) || is_ascii_upper(c) || is_ascii_digit(c);
}

}  // namespace folio
