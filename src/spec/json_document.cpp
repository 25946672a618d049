#include "spec/json_document.h"

#include <fmt/format.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_set>

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

namespace {

SourceLocation location_at(const std::string& file, const std::string& text, size_t offset,
                           std::string pointer) {
  SourceLocation where{file, 1, 1, std::move(pointer)};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

}  // namespace

// Walks the text once, checking JSON syntax with messages a person can act on, and records
// the offset of every value and key by JSON pointer. nlohmann then builds the values.
class JsonScanner {
 public:
  JsonScanner(JsonDocument& doc) : doc_(doc), text_(doc.text_) {}

  void scan() {
    skip_space();
    value("");
    skip_space();
    if (pos_ < text_.size()) fail("", "end of document", describe_here());
  }

 private:
  JsonDocument& doc_;
  const std::string& text_;
  size_t pos_ = 0;

  [[noreturn]] void fail(const std::string& pointer, const std::string& expected,
                         const std::string& found) {
    throw InputError(location_at(doc_.file_, text_, pos_, pointer), expected, found);
  }

  std::string describe_here() const {
    if (pos_ >= text_.size()) return "end of file";
    char c = text_[pos_];
    if (std::isalpha(static_cast<unsigned char>(c))) {
      size_t end = pos_;
      while (end < text_.size() && std::isalnum(static_cast<unsigned char>(text_[end]))) ++end;
      return fmt::format("'{}'", quote_for_message(text_.substr(pos_, end - pos_), 20));
    }
    if (c == '\n') return "end of line";
    size_t len = 1;
    while (pos_ + len < text_.size() &&
           (static_cast<unsigned char>(text_[pos_ + len]) & 0xC0) == 0x80)
      ++len;
    return fmt::format("'{}'", text_.substr(pos_, len));
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

  void value(const std::string& pointer) {
    doc_.value_offsets_[pointer] = pos_;
    if (pos_ >= text_.size()) fail(pointer, "a JSON value", "end of file");
    char c = text_[pos_];
    if (c == '{')
      object(pointer);
    else if (c == '[')
      array(pointer);
    else if (c == '"')
      string(pointer);
    else if (c == '-' || (c >= '0' && c <= '9'))
      number(pointer);
    else if (!literal("true") && !literal("false") && !literal("null"))
      fail(pointer, "a JSON value", describe_here());
  }

  bool literal(std::string_view word) {
    if (text_.compare(pos_, word.size(), word) != 0) return false;
    size_t end = pos_ + word.size();
    if (end < text_.size() && std::isalnum(static_cast<unsigned char>(text_[end]))) return false;
    pos_ = end;
    return true;
  }

  void object(const std::string& pointer) {
    ++pos_;
    skip_space();
    std::unordered_set<std::string> seen;
    if (at('}')) {
      ++pos_;
      return;
    }
    while (true) {
      skip_space();
      if (!at('"'))
        fail(pointer, seen.empty() ? "a quoted key or '}'" : "a quoted key", describe_here());
      size_t key_start = pos_;
      std::string key = string(pointer);
      std::string child = pointer + "/" + pointer_token(key);
      if (!seen.insert(key).second) {
        pos_ = key_start;
        fail(child, "each key once", fmt::format("a second \"{}\"", quote_for_message(key)));
      }
      doc_.key_offsets_[child] = key_start;
      skip_space();
      if (!at(':')) fail(child, "':' after the key", describe_here());
      ++pos_;
      skip_space();
      value(child);
      skip_space();
      if (at(',')) {
        ++pos_;
        continue;
      }
      if (at('}')) {
        ++pos_;
        return;
      }
      fail(pointer, "',' or '}'", describe_here());
    }
  }

  void array(const std::string& pointer) {
    ++pos_;
    skip_space();
    if (at(']')) {
      ++pos_;
      return;
    }
    for (size_t index = 0;; ++index) {
      skip_space();
      value(pointer + "/" + std::to_string(index));
      skip_space();
      if (at(',')) {
        ++pos_;
        continue;
      }
      if (at(']')) {
        ++pos_;
        return;
      }
      fail(pointer, "',' or ']'", describe_here());
    }
  }

  std::string string(const std::string& pointer) {
    size_t start = ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c < 0x20) fail(pointer, "a closing '\"' on the same line", describe_here());
      if (c == '\\') {
        ++pos_;
        if (pos_ >= text_.size()) break;
        char e = text_[pos_];
        if (e == 'u') {
          for (int i = 1; i <= 4; ++i) {
            if (pos_ + i >= text_.size() ||
                !std::isxdigit(static_cast<unsigned char>(text_[pos_ + i]))) {
              pos_ += i;
              fail(pointer, "four hex digits after \\u", describe_here());
            }
          }
          pos_ += 4;
        } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          fail(pointer, "an escape such as \\n, \\\" or \\u00e9", describe_here());
        }
      }
      ++pos_;
    }
    if (pos_ >= text_.size()) fail(pointer, "a closing '\"'", "end of file");
    std::string raw = text_.substr(start, pos_ - start);
    ++pos_;
    return raw.find('\\') == std::string::npos ? raw
                                               : Json::parse("\"" + raw + "\"").get<std::string>();
  }

  void number(const std::string& pointer) {
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
    if (at('.')) {
      ++pos_;
      if (digits() == 0) fail(pointer, "a digit after '.'", describe_here());
    }
    if (at('e') || at('E')) {
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
      fail(pointer, "a number", fmt::format("'{}'", token));
    }
  }
};

JsonDocument JsonDocument::parse(std::string text, std::string display_name) {
  JsonDocument doc;
  doc.file_ = std::move(display_name);
  doc.text_ = std::move(text);
  if (doc.text_.compare(0, 3, "\xEF\xBB\xBF") == 0) doc.text_.replace(0, 3, "   ");
  JsonScanner(doc).scan();
  try {
    doc.root_ = Json::parse(doc.text_);
  } catch (const Json::parse_error& e) {
    throw InputError(location_at(doc.file_, doc.text_, e.byte > 0 ? e.byte - 1 : 0, ""),
                     "valid JSON", e.what());
  }
  return doc;
}

JsonDocument JsonDocument::load(const std::filesystem::path& path,
                                const std::string& display_name) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError({display_name, 0, 0, ""}, "a readable JSON file",
                     std::filesystem::exists(path) ? "a file that cannot be read" : "no such file");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  JsonDocument doc = parse(buffer.str(), display_name);
  doc.path_ = path;
  return doc;
}

SourceLocation JsonDocument::locate(const std::string& pointer, bool key) const {
  auto offset_in = [](const auto& offsets, const std::string& p) -> std::optional<size_t> {
    auto it = offsets.find(p);
    if (it == offsets.end()) return std::nullopt;
    return it->second;
  };
  std::optional<size_t> offset = key ? offset_in(key_offsets_, pointer) : std::nullopt;
  if (!offset) offset = offset_in(value_offsets_, pointer);
  // A pointer made up by a later stage points at its nearest recorded ancestor.
  std::string parent = pointer;
  while (!offset && !parent.empty()) {
    parent.erase(parent.rfind('/'));
    offset = offset_in(value_offsets_, parent);
  }
  return location_at(file_, text_, offset.value_or(0), pointer);
}

SourceLocation JsonDocument::locate_in_string(const std::string& pointer, size_t index) const {
  auto it = value_offsets_.find(pointer);
  if (it == value_offsets_.end() || it->second >= text_.size() || text_[it->second] != '"')
    return locate(pointer);
  // Walk the literal, counting decoded bytes, until `index` of them lie behind.
  size_t raw = it->second + 1, decoded = 0;
  auto utf8_length = [](unsigned code) -> size_t {
    return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  };
  while (raw < text_.size() && text_[raw] != '"' && decoded < index) {
    if (text_[raw] != '\\') {
      ++raw, ++decoded;
      continue;
    }
    if (raw + 1 < text_.size() && text_[raw + 1] == 'u' && raw + 6 <= text_.size()) {
      unsigned code = static_cast<unsigned>(std::stoul(text_.substr(raw + 2, 4), nullptr, 16));
      raw += 6;
      // A surrogate pair is one character of four UTF-8 bytes.
      if (code >= 0xD800 && code < 0xDC00 && raw + 6 <= text_.size() && text_[raw] == '\\') {
        raw += 6;
        code = 0x10000;
      }
      decoded += utf8_length(code);
    } else {
      raw += 2, ++decoded;
    }
  }
  return location_at(file_, text_, raw, pointer);
}

}  // namespace folio::spec
