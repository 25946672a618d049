#include "render/pdf/to_unicode.h"

#include <fmt/format.h>

#include <cctype>
#include <vector>

namespace folio::render::pdf {
namespace {

// The CMap's tokens that matter here: hex strings, brackets and operator words.
struct CmapToken {
  enum Kind { hex, open, close, word } kind;
  std::string bytes;  // a hex string's bytes, or the word
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::vector<CmapToken> tokens_of(std::string_view cmap) {
  std::vector<CmapToken> tokens;
  size_t i = 0;
  while (i < cmap.size()) {
    char c = cmap[i];
    if (c == '<' && i + 1 < cmap.size() && cmap[i + 1] != '<') {
      std::string bytes;
      int high = -1;
      for (++i; i < cmap.size() && cmap[i] != '>'; ++i) {
        int digit = hex_digit(cmap[i]);
        if (digit < 0) continue;  // white space inside a hex string
        if (high < 0) {
          high = digit;
        } else {
          bytes += static_cast<char>(high << 4 | digit);
          high = -1;
        }
      }
      if (high >= 0) bytes += static_cast<char>(high << 4);  // an odd digit count pads with 0
      tokens.push_back({CmapToken::hex, bytes});
      ++i;
    } else if (c == '[' || c == ']') {
      tokens.push_back({c == '[' ? CmapToken::open : CmapToken::close, {}});
      ++i;
    } else if (c == '(') {  // a literal string (a CMap's name): skipped whole
      int depth = 0;
      for (; i < cmap.size(); ++i) {
        if (cmap[i] == '\\')
          ++i;
        else if (cmap[i] == '(')
          ++depth;
        else if (cmap[i] == ')' && --depth == 0)
          break;
      }
      ++i;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      size_t start = i;
      while (i < cmap.size() && std::isalnum(static_cast<unsigned char>(cmap[i]))) ++i;
      tokens.push_back({CmapToken::word, std::string(cmap.substr(start, i - start))});
    } else {
      ++i;
    }
  }
  return tokens;
}

unsigned code_of(const std::string& bytes) {
  unsigned code = 0;
  for (unsigned char byte : bytes) code = code << 8 | byte;
  return code;
}

std::u16string utf16_of(const std::string& bytes) {
  std::u16string text;
  for (size_t i = 0; i + 1 < bytes.size(); i += 2)
    text += static_cast<char16_t>(static_cast<unsigned char>(bytes[i]) << 8 |
                                  static_cast<unsigned char>(bytes[i + 1]));
  return text;
}

std::string hex_of(const std::u16string& text) {
  std::string out;
  for (char16_t unit : text) out += fmt::format("{:04x}", static_cast<unsigned>(unit));
  return out;
}

}  // namespace

CodeText read_to_unicode(std::string_view cmap) {
  CodeText table;
  std::vector<CmapToken> tokens = tokens_of(cmap);
  enum { none, chars, ranges } section = none;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const CmapToken& token = tokens[i];
    if (token.kind == CmapToken::word) {
      if (token.bytes == "beginbfchar")
        section = chars;
      else if (token.bytes == "beginbfrange")
        section = ranges;
      else if (token.bytes == "endbfchar" || token.bytes == "endbfrange")
        section = none;
      continue;
    }
    if (section == chars && token.kind == CmapToken::hex && i + 1 < tokens.size() &&
        tokens[i + 1].kind == CmapToken::hex) {
      table[code_of(token.bytes)] = utf16_of(tokens[i + 1].bytes);
      ++i;
    } else if (section == ranges && token.kind == CmapToken::hex && i + 2 < tokens.size() &&
               tokens[i + 1].kind == CmapToken::hex) {
      unsigned low = code_of(token.bytes), high = code_of(tokens[i + 1].bytes);
      if (high < low || high - low > 0xffff) {
        i += 2;
        continue;
      }
      if (tokens[i + 2].kind == CmapToken::hex) {
        // One destination for the range: its last UTF-16 unit counts up.
        std::u16string text = utf16_of(tokens[i + 2].bytes);
        for (unsigned code = low; code <= high && !text.empty(); ++code) {
          table[code] = text;
          ++text.back();
        }
        i += 2;
      } else if (tokens[i + 2].kind == CmapToken::open) {
        unsigned code = low;
        size_t j = i + 3;
        for (; j < tokens.size() && tokens[j].kind == CmapToken::hex; ++j)
          if (code <= high) table[code++] = utf16_of(tokens[j].bytes);
        i = j;
      }
    }
  }
  return table;
}

std::string write_to_unicode(const CodeText& table) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo\n<< /Registry (Adobe)\n   /Ordering (UCS)\n   /Supplement 0\n>> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n";
  auto entry = table.begin();
  while (entry != table.end()) {
    size_t block = 0;
    std::string lines;
    for (; entry != table.end() && block < 100; ++entry, ++block)
      lines += fmt::format("<{:04x}> <{}>\n", entry->first, hex_of(entry->second));
    out += fmt::format("{} beginbfchar\n{}endbfchar\n", block, lines);
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

}  // namespace folio::render::pdf
