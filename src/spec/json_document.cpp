#include "spec/json_document.h"

#include <fmt/format.h>
#include <glib.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <unordered_set>
#include <vector>

#include "core/file_read.h"
#include "core/limits.h"

namespace folio::spec {

std::string pointer_token(const std::string& key) {
  std::string token;
  for (char c : key) {
    if (c == '~')
      token += "~0";
    else if (c == '/')
      token += "~1";
    else
      token += c;
  }
  return token;
}

// A UTF-8 byte-order mark read as three spaces: skipped, with the columns after it counted
// as a reader of the raw file would.
namespace {
void blank_byte_order_mark(std::string& text) {
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.replace(0, 3, "   ");
}
}  // namespace

// Walks the text once, checking JSON syntax with messages a person can act on and building the
// values; or, asked again for a text it has checked, recording the offset of every value and
// key by JSON pointer instead. Iterative, with an
// explicit stack bounded by limits::kNestingDepth, so no input can exhaust the call stack, and
// every string and number is checked here (UTF-8, surrogates, NUL, overflow) so that each
// problem is one positioned line.
class JsonScanner {
 public:
  // Builds `doc`'s values into `root`, or, given `offsets`, records where they are and builds
  // nothing.
  JsonScanner(const JsonDocument& doc, Json* root, JsonDocument::Offsets* offsets = nullptr)
      : doc_(doc), text_(*doc.text_), root_(root), offsets_(offsets) {}
  // Builds the elements of a root array in a file read in pieces (doc.open_) one at a time,
  // each handed to `each` once it is complete and then let go; the root stays an empty array.
  // The text is a window on the file that holds the element being read and slides on after
  // each.
  JsonScanner(const JsonDocument& doc, Json* root, const JsonDocument::EachElement& each)
      : doc_(doc), text_(window_), root_(root), offsets_(nullptr), each_(&each) {
    read_more(kPieceBytes);
    blank_byte_order_mark(window_);
    hold_next_element();
  }

  void scan() {
    skip_space();
    std::string pointer;
    Json* slot = offsets_ ? &scratch_ : root_;
    while (true) {
      if (begin_value(pointer, *slot)) {
        // An array or object opened: its first member, or at once its end.
        Frame& frame = stack_.back();
        skip_space();
        if (at(frame.is_object ? '}' : ']')) {
          ++pos_;
          stack_.pop_back();
        } else {
          slot = frame.is_object ? &member(frame, pointer, true) : &element(frame, pointer);
          continue;
        }
      }
      // A value ended: go on in its container, closing as many as end here.
      while (true) {
        // Back in the root array with an element complete: its consumer takes it.
        if (each_ && stack_.size() == 1 && !stack_[0].is_object && stack_[0].count > handed_) {
          (*each_)(element_, handed_++, element_start_, base_ + pos_);
          if (doc_.open_) slide();
        }
        if (stack_.empty()) {
          skip_space();
          if (pos_ < text_.size()) fail("", "end of document", describe_here());
          return;
        }
        Frame& frame = stack_.back();
        skip_space();
        if (at(',')) {
          ++pos_;
          slot = frame.is_object ? &member(frame, pointer, false) : &element(frame, pointer);
          break;
        }
        if (at(frame.is_object ? '}' : ']')) {
          ++pos_;
          stack_.pop_back();
          continue;
        }
        fail(frame.pointer, frame.is_object ? "',' or '}'" : "',' or ']'", describe_here());
      }
    }
  }

 private:
  struct Frame {
    bool is_object;
    std::string pointer;
    Json* value;
    size_t count = 0;
    std::unordered_set<std::string> keys;
  };

  static constexpr size_t kPieceBytes = size_t{1} << 20;
  // What the window holds beyond an element's end: enough for any error there to quote what
  // follows as it would from the whole text.
  static constexpr size_t kLookahead = 4096;
  static constexpr size_t kNeedMore = std::string::npos, kToTheEnd = std::string::npos - 1;

  const JsonDocument& doc_;
  std::string window_;  // reading a file in pieces: bytes [base_, base_ + size) of it
  size_t base_ = 0;
  size_t element_start_ = 0;  // in the file, of the root array's element being read
  const std::string& text_;
  Json* root_;
  JsonDocument::Offsets* offsets_;
  Json scratch_;  // where values go when only their places are recorded
  const JsonDocument::EachElement* each_ = nullptr;
  Json element_;       // the root array's element being built, when they are handed on
  size_t handed_ = 0;  // elements handed on so far
  size_t pos_ = 0;
  std::vector<Frame> stack_;

  [[noreturn]] void fail(const std::string& pointer, const std::string& expected,
                         const std::string& found) {
    throw InputError(doc_.locate_offset(base_ + pos_, pointer), expected, found);
  }

  // Appends up to `bytes` more of the file to the window.
  void read_more(size_t bytes) {
    size_t at = base_ + window_.size();
    if (!doc_.open_->read(at, std::min<std::uint64_t>(bytes, doc_.open_->size() - at), window_))
      throw file_changed_error(doc_.file_, "");
  }
  bool window_at_end() const { return base_ + window_.size() >= doc_.open_->size(); }

  // After an element is handed on: what is behind is let go (a megabyte at a time, so that
  // the bytes kept are moved rarely) and the next element read in.
  void slide() {
    if (pos_ >= kPieceBytes) {
      window_.erase(0, pos_);
      base_ += pos_;
      pos_ = 0;
    }
    hold_next_element();
  }

  // Reads on until the window holds the root array's next element after pos_, the delimiter
  // after it and kLookahead more, or, at the array's end, the rest of the file.
  // Each reading doubles, as each look starts again from pos_: a record (or a run of spaces)
  // of n bytes is looked at about 2n times, never n² / 1 MiB.
  void hold_next_element() {
    for (size_t want = kPieceBytes; !window_at_end(); want *= 2) {
      size_t end = next_element_end(pos_);
      if (end == kToTheEnd) {
        read_more(doc_.open_->size());
      } else if (end != kNeedMore && end + kLookahead <= window_.size()) {
        return;
      } else {
        read_more(want);
      }
    }
  }

  // Where the next element of the root array ends, with the delimiter after it, as a quick
  // look at brackets and quotes finds it from `p` (just before the '[' or the ',' ahead of
  // it): kNeedMore when the window does not reach that far, kToTheEnd at the array's end.
  // The scanner checks everything; this only has to reach at least as far as it will read.
  size_t next_element_end(size_t p) const {
    const std::string& w = window_;
    auto space = [&] {
      while (p < w.size() && (w[p] == ' ' || w[p] == '\t' || w[p] == '\n' || w[p] == '\r')) ++p;
      return p < w.size();
    };
    if (!space()) return kNeedMore;
    if (w[p] == ']') return kToTheEnd;
    if (w[p] != ',' && w[p] != '[') return p + 1;  // the scanner stops here
    ++p;
    if (!space()) return kNeedMore;
    char first = w[p];
    if (first == ']') return kToTheEnd;
    if (first == '{' || first == '[' || first == '"') {
      int depth = 0;
      bool in_string = false, ended = false;
      for (; p < w.size() && !ended; ++p) {
        char c = w[p];
        if (in_string) {
          if (c == '\\')
            ++p;
          else if (c == '"')
            in_string = false, ended = depth == 0;
        } else if (c == '"') {
          in_string = true;
        } else if (c == '{' || c == '[') {
          ++depth;
        } else if (c == '}' || c == ']') {
          ended = --depth <= 0;
        }
      }
      if (!ended || p > w.size()) return kNeedMore;
    } else {
      while (p < w.size() && w[p] != ',' && w[p] != ']' && w[p] != '}' && w[p] != ' ' &&
             w[p] != '\t' && w[p] != '\n' && w[p] != '\r')
        ++p;
    }
    if (!space()) return kNeedMore;
    return w[p] == ']' ? kToTheEnd : p + 1;
  }

  std::string describe_here() const {
    if (pos_ >= text_.size()) return "end of file";
    char c = text_[pos_];
    if (std::isalpha(static_cast<unsigned char>(c))) {
      size_t end = pos_;
      while (end < text_.size() && std::isalnum(static_cast<unsigned char>(text_[end]))) ++end;
      return fmt::format("'{}'", quote_for_message(text_.substr(pos_, end - pos_), 20));
    }
    if (c == '\n' || c == '\r') return "end of line";
    size_t length = std::max<size_t>(1, utf8_sequence_length(text_, pos_));
    return fmt::format("'{}'", quote_for_message(text_.substr(pos_, length)));
  }

  void skip_space() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        ++pos_;
      else
        break;
    }
  }

  bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

  // The next object member's key and ':'; returns where its value goes.
  Json& member(Frame& frame, std::string& pointer, bool first) {
    skip_space();
    if (!at('"'))
      fail(frame.pointer, first ? "a quoted key or '}'" : "a quoted key", describe_here());
    size_t key_start = pos_;
    std::string key = string(frame.pointer);
    pointer = frame.pointer + "/" + pointer_token(key);
    skip_space();
    ++frame.count;
    if (offsets_) {  // the text was checked when it was parsed
      offsets_->keys[pointer] = key_start;
      ++pos_;  // the ':'
      skip_space();
      return scratch_;
    }
    if (!frame.keys.insert(key).second) {
      pos_ = key_start;
      fail(pointer, "each key once", fmt::format("a second \"{}\"", quote_for_message(key)));
    }
    if (!at(':')) fail(pointer, "':' after the key", describe_here());
    ++pos_;
    skip_space();
    return (*frame.value)[key];
  }

  Json& element(Frame& frame, std::string& pointer) {
    skip_space();
    pointer = frame.pointer + "/" + std::to_string(frame.count++);
    if (offsets_) return scratch_;
    if (each_ && stack_.size() == 1) {
      element_start_ = base_ + pos_;
      element_ = Json();
      return element_;
    }
    frame.value->push_back(Json());
    return frame.value->back();
  }

  // Reads the value at pos_ into `slot`; true when it opened an array or object (pushed).
  bool begin_value(const std::string& pointer, Json& slot) {
    if (offsets_) offsets_->values[pointer] = pos_;
    if (pos_ >= text_.size()) fail(pointer, "a JSON value", "end of file");
    char c = text_[pos_];
    if (c == '{' || c == '[') {
      if (stack_.size() >= limits::kNestingDepth)
        fail(pointer,
             fmt::format("arrays and objects nested at most {} deep", limits::kNestingDepth),
             "a deeper one");
      ++pos_;
      slot = c == '{' ? Json::object() : Json::array();
      stack_.push_back(Frame{c == '{', pointer, &slot, 0, {}});
      return true;
    }
    if (c == '"')
      slot = string(pointer);
    else if (c == '-' || (c >= '0' && c <= '9'))
      slot = number(pointer);
    else if (literal("true"))
      slot = true;
    else if (literal("false"))
      slot = false;
    else if (literal("null"))
      slot = nullptr;
    else
      fail(pointer, "a JSON value", describe_here());
    return false;
  }

  bool literal(std::string_view word) {
    if (text_.compare(pos_, word.size(), word) != 0) return false;
    size_t end = pos_ + word.size();
    if (end < text_.size() && std::isalnum(static_cast<unsigned char>(text_[end]))) return false;
    pos_ = end;
    return true;
  }

  unsigned hex4(const std::string& pointer) {
    // pos_ is at the 'u' of \uXXXX; leaves it on the last hex digit.
    unsigned code = 0;
    for (int i = 1; i <= 4; ++i) {
      char h = pos_ + i < text_.size() ? text_[pos_ + i] : '\0';
      if (!std::isxdigit(static_cast<unsigned char>(h))) {
        pos_ += i;
        fail(pointer, "four hex digits after \\u", describe_here());
      }
      code = code * 16 + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(h))
                                                   ? h - '0'
                                                   : std::tolower(h) - 'a' + 10);
    }
    pos_ += 4;
    return code;
  }

  std::string string(const std::string& pointer) {
    size_t start = pos_;
    ++pos_;
    std::string decoded;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c < 0x20) fail(pointer, "a closing '\"' on the same line", describe_here());
      if (c != '\\') {
        size_t length = utf8_sequence_length(text_, pos_);
        if (length == 0) fail(pointer, "text in UTF-8", fmt::format("the byte \\x{:02x}", c));
        decoded.append(text_, pos_, length);
        pos_ += length;
        continue;
      }
      size_t escape_start = pos_;
      ++pos_;
      if (pos_ >= text_.size()) break;
      char e = text_[pos_];
      if (e == 'u') {
        unsigned code = hex4(pointer);
        if (code >= 0xDC00 && code <= 0xDFFF) {
          pos_ = escape_start;
          fail(pointer, "a low surrogate only after a high one (\\ud83d\\ude00)",
               fmt::format("a lone \\u{:04x}", code));
        }
        if (code >= 0xD800 && code <= 0xDBFF) {
          if (text_.compare(pos_ + 1, 2, "\\u") != 0) {
            pos_ = escape_start;
            fail(pointer, "a high surrogate followed by a low one (\\ud83d\\ude00)",
                 fmt::format("a lone \\u{:04x}", code));
          }
          pos_ += 2;
          unsigned low = hex4(pointer);
          if (low < 0xDC00 || low > 0xDFFF) {
            pos_ = escape_start;
            fail(pointer, "a high surrogate followed by a low one (\\ud83d\\ude00)",
                 fmt::format("\\u{:04x} followed by \\u{:04x}", code, low));
          }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        if (code == 0) {
          pos_ = escape_start;
          fail(pointer, "text without NUL characters", "\\u0000");
        }
        char encoded[6];
        decoded.append(encoded, static_cast<size_t>(g_unichar_to_utf8(code, encoded)));
      } else {
        static constexpr std::string_view escapes = "\"\\/bfnrt";
        static constexpr std::string_view meanings = "\"\\/\b\f\n\r\t";
        size_t which = escapes.find(e);
        if (which == std::string_view::npos)
          fail(pointer, "an escape such as \\n, \\\" or \\u00e9", describe_here());
        decoded += meanings[which];
      }
      ++pos_;
    }
    if (pos_ >= text_.size()) fail(pointer, "a closing '\"'", "end of file");
    ++pos_;
    if (decoded.size() > limits::kStringBytes) {
      pos_ = start;
      fail(pointer, fmt::format("a string of at most {} bytes", limits::kStringBytes),
           fmt::format("{} bytes", decoded.size()));
    }
    return decoded;
  }

  Json number(const std::string& pointer) {
    size_t start = pos_;
    if (at('-')) ++pos_;
    auto digits = [&] {
      size_t from = pos_;
      while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
      return pos_ - from;
    };
    if (at('0')) {
      ++pos_;
    } else if (digits() == 0) {
      fail(pointer, "a digit", describe_here());
    }
    bool integral = true;
    if (at('.')) {
      integral = false;
      ++pos_;
      if (digits() == 0) fail(pointer, "a digit after '.'", describe_here());
    }
    if (at('e') || at('E')) {
      integral = false;
      ++pos_;
      if (at('+') || at('-')) ++pos_;
      if (digits() == 0) fail(pointer, "a digit in the exponent", describe_here());
    }
    if (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || at('.'))) {
      // "1.2.3" or "12kg": say what the number looked like, not just the next character.
      size_t end = pos_;
      while (end < text_.size() &&
             (std::isalnum(static_cast<unsigned char>(text_[end])) || text_[end] == '.'))
        ++end;
      std::string token = text_.substr(start, end - start);
      pos_ = start;
      fail(pointer, "a number", fmt::format("'{}'", quote_for_message(token)));
    }
    const char* first = text_.data() + start;
    const char* last = text_.data() + pos_;
    if (integral) {
      std::int64_t signed_value = 0;
      if (auto [end, error] = std::from_chars(first, last, signed_value); error == std::errc())
        return signed_value;
      std::uint64_t unsigned_value = 0;
      if (auto [end, error] = std::from_chars(first, last, unsigned_value); error == std::errc())
        return unsigned_value;
    }
    double value = 0;
    auto [end, error] = std::from_chars(first, last, value);
    if (error == std::errc::result_out_of_range) {
      // Too small rounds to zero, as in every JSON reader; too large cannot be a figure.
      if (!overflows(first, last)) return 0.0;
      pos_ = start;
      fail(pointer, "a number between -1.8e308 and 1.8e308",
           fmt::format("{}", quote_for_message(std::string(first, last), 24)));
    }
    return value;
  }

  // Whether a decimal literal that from_chars could not hold is too large (not too small).
  static bool overflows(const char* first, const char* last) {
    if (*first == '-') ++first;
    long long magnitude = 0;  // position of the first significant digit relative to the point
    bool seen_point = false, significant = false;
    const char* p = first;
    for (; p < last && *p != 'e' && *p != 'E'; ++p) {
      if (*p == '.') {
        seen_point = true;
      } else if (!significant && *p == '0') {
        if (seen_point) --magnitude;
      } else {
        significant = true;
        if (!seen_point) ++magnitude;
      }
    }
    long long exponent = 0;
    if (p < last) {
      ++p;
      bool negative = *p == '-';
      if (*p == '-' || *p == '+') ++p;
      for (; p < last; ++p) exponent = std::min(exponent * 10 + (*p - '0'), 1'000'000'000LL);
      if (negative) exponent = -exponent;
    }
    return magnitude + exponent > 0;
  }
};

JsonDocument JsonDocument::parse(std::string text, std::string display_name) {
  JsonDocument doc;
  doc.file_ = std::move(display_name);
  blank_byte_order_mark(text);
  doc.text_ = std::make_shared<const std::string>(std::move(text));
  JsonScanner(doc, &doc.root_).scan();
  return doc;
}

std::shared_ptr<const JsonDocument> JsonDocument::scan_array_file(
    std::shared_ptr<const OpenFile> file, const std::filesystem::path& path,
    const EachElement& each) {
  auto doc = std::make_shared<JsonDocument>();
  doc->file_ = path.string();
  doc->path_ = path;
  doc->open_ = std::move(file);
  JsonScanner(*doc, &doc->root_, each).scan();
  return doc;
}

JsonDocument JsonDocument::parse_piece(std::string text, const SourceLocation& start) {
  JsonDocument doc;
  doc.file_ = start.file;
  doc.start_ = start;
  doc.text_ = std::make_shared<const std::string>(std::move(text));
  JsonScanner(doc, &doc.root_).scan();
  return doc;
}

SourceLocation JsonDocument::locate_offset(size_t offset, const std::string& pointer) const {
  if (open_) {
    // Only when something is wrong: the file up to the offset, read again.
    std::string text;
    if (!open_->read(0, offset + 1, text)) text.clear();
    blank_byte_order_mark(text);
    return location_in_text(file_, text, offset, pointer);
  }
  SourceLocation at = location_in_text(file_, *text_, offset, start_.pointer + pointer);
  if (at.line == 1) at.column += start_.column - 1;
  at.line += start_.line - 1;
  return at;
}

JsonDocument JsonDocument::load(const std::filesystem::path& path, const std::string& display_name,
                                std::uint64_t limit) {
  FileRead read = read_regular_file(path, limit);
  if (!read.bytes) throw InputError({display_name, 0, 0, ""}, "a readable JSON file", read.found);
  JsonDocument doc = parse(std::move(*read.bytes), display_name);
  doc.path_ = path;
  return doc;
}

JsonDocument JsonDocument::parse_file(std::string text, const std::filesystem::path& path) {
  JsonDocument doc = parse(std::move(text), path.string());
  doc.path_ = path;
  return doc;
}

const JsonDocument::Offsets& JsonDocument::offsets() const {
  // Once, however many threads ask.
  std::call_once(offsets_->found, [this] { JsonScanner(*this, nullptr, offsets_.get()).scan(); });
  return *offsets_;
}

SourceLocation JsonDocument::locate(const std::string& pointer, bool key) const {
  if (open_) return locate_offset(0, pointer);  // a file read in pieces keeps no offsets
  auto offset_in = [](const auto& offsets, const std::string& p) -> std::optional<size_t> {
    auto it = offsets.find(p);
    if (it == offsets.end()) return std::nullopt;
    return it->second;
  };
  const auto& value_offsets = offsets().values;
  std::optional<size_t> offset = key ? offset_in(offsets().keys, pointer) : std::nullopt;
  if (!offset) offset = offset_in(value_offsets, pointer);
  // A pointer made up by a later stage points at its nearest recorded ancestor.
  std::string parent = pointer;
  while (!offset && !parent.empty()) {
    parent.erase(parent.rfind('/'));
    offset = offset_in(value_offsets, parent);
  }
  return locate_offset(offset.value_or(0), pointer);
}

SourceLocation JsonDocument::locate_in_string(const std::string& pointer, size_t index) const {
  if (open_) return locate_offset(0, pointer);
  const std::string& text = *text_;
  const auto& value_offsets = offsets().values;
  auto it = value_offsets.find(pointer);
  if (it == value_offsets.end() || it->second >= text.size() || text[it->second] != '"')
    return locate(pointer);
  // Walk the literal, counting decoded bytes, until `index` of them lie behind.
  size_t raw = it->second + 1, decoded = 0;
  auto utf8_length = [](unsigned code) -> size_t {
    return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  };
  while (raw < text.size() && text[raw] != '"' && decoded < index) {
    if (text[raw] != '\\') {
      ++raw, ++decoded;
      continue;
    }
    if (raw + 1 < text.size() && text[raw + 1] == 'u' && raw + 6 <= text.size()) {
      unsigned code = static_cast<unsigned>(std::stoul(text.substr(raw + 2, 4), nullptr, 16));
      raw += 6;
      // A surrogate pair is one character of four UTF-8 bytes.
      if (code >= 0xD800 && code < 0xDC00 && raw + 6 <= text.size() && text[raw] == '\\') {
        raw += 6;
        code = 0x10000;
      }
      decoded += utf8_length(code);
    } else {
      raw += 2, ++decoded;
    }
  }
  return locate_offset(raw, pointer);
}

}  // namespace folio::spec
