#include "render/pdf/glyph_text.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <qpdf/Pl_String.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <vector>

#include "render/pdf/cid_font.h"

namespace folio::render::pdf {
namespace {

using Object = QPDFObjectHandle;
using Token = QPDFTokenizer::Token;

// A gap readers may take for a word break, closed when a mark is placed apart from its
// neighbour; wider ones are left alone (they separate things).
constexpr double kLargestClosedGap = 0.5;  // of the text size

// Every composite font of the file, opened once and written back at the end.
class FontSet {
 public:
  CidFont* get(Object font) {
    if (!font.isIndirect()) return nullptr;
    auto [at, added] = fonts_.try_emplace(font.getObjGen());
    if (added) at->second = CidFont::open(font);
    return at->second ? &*at->second : nullptr;
  }
  void write(QPDF& pdf) {
    for (auto& [id, font] : fonts_)
      if (font) font->write(pdf);
  }

 private:
  std::map<QPDFObjGen, std::optional<CidFont>> fonts_;
};

// UTF-16 from a PDF text string: UTF-16BE after its byte order mark, else one unit a byte.
std::u16string utf16_of(const std::string& bytes) {
  std::u16string text;
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xfe &&
      static_cast<unsigned char>(bytes[1]) == 0xff) {
    for (size_t i = 2; i + 1 < bytes.size(); i += 2)
      text += static_cast<char16_t>(static_cast<unsigned char>(bytes[i]) << 8 |
                                    static_cast<unsigned char>(bytes[i + 1]));
  } else {
    for (unsigned char byte : bytes) text += static_cast<char16_t>(byte);
  }
  return text;
}

// The text's characters, each as its UTF-16 units (a surrogate pair stays together).
std::vector<std::u16string> characters_of(const std::u16string& text) {
  std::vector<std::u16string> characters;
  for (size_t i = 0; i < text.size(); ++i) {
    bool pair = i + 1 < text.size() && text[i] >= 0xd800 && text[i] < 0xdc00 &&
                text[i + 1] >= 0xdc00 && text[i + 1] < 0xe000;
    characters.push_back(text.substr(i, pair ? 2 : 1));
    if (pair) ++i;
  }
  return characters;
}

bool right_to_left(const std::vector<std::u16string>& characters) {
  for (const auto& character : characters) {
    UChar32 c = character.size() == 2 ? U16_GET_SUPPLEMENTARY(character[0], character[1])
                                      : static_cast<UChar32>(character[0]);
    UCharDirection direction = u_charDirection(c);
    if (direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC) return true;
  }
  return false;
}

// One glyph shown in a text object, where it was drawn and what it reads as.
struct Glyph {
  size_t token;  // the string token that holds it
  size_t index;  // its place among that string's codes
  CidFont* font;
  double size;  // of the text, in text space
  unsigned code;
  double x, y;    // its origin in text space, from the last Tm
  int segment;    // glyphs of one segment have comparable positions
  bool ends_run;  // the last of a Tj string or of a TJ array: its advance moves nothing drawn
  std::u16string text;
  double advance;  // thousandths of the size
};

// A marked-content sequence with /ActualText, over glyphs [first, last).
struct Span {
  std::u16string text;
  size_t first, last;
};

class GlyphTextFilter : public QPDFObjectHandle::TokenFilter {
 public:
  GlyphTextFilter(FontSet& fonts, Object resources) : fonts_(fonts), resources_(resources) {}
  bool changed() const { return changed_; }

  void handleToken(Token const& token) override {
    if (!in_text_) {
      pass_through(token);
      return;
    }
    held_.push_back(token);
    if (token.getType() == QPDFTokenizer::tt_word) {
      text_operation(token.getValue());
      operands_.clear();
    } else if (token.getType() != QPDFTokenizer::tt_space &&
               token.getType() != QPDFTokenizer::tt_comment) {
      operands_.push_back(held_.size() - 1);
    }
  }

  void handleEOF() override {
    if (in_text_) flush_text_object();  // an unclosed text object is written as it came
  }

 private:
  struct OpenSpan {
    std::optional<std::u16string> text;  // its /ActualText, if any
    size_t first;                        // the first glyph shown inside it
  };
  struct TextState {
    CidFont* font = nullptr;
    double size = 0;
  };

  void pass_through(Token const& token) {
    writeToken(token);
    if (token.getType() == QPDFTokenizer::tt_word) {
      const std::string& op = token.getValue();
      if (op == "BT") {
        in_text_ = true;
        begin_text_object();
      } else if (op == "q") {
        saved_.push_back(state_);
      } else if (op == "Q") {
        if (!saved_.empty()) {
          state_ = saved_.back();
          saved_.pop_back();
        }
      } else if (op == "Tf") {
        set_font(outside_operands_);
      }
      outside_operands_.clear();
    } else if (token.getType() != QPDFTokenizer::tt_space &&
               token.getType() != QPDFTokenizer::tt_comment) {
      outside_operands_.push_back(token);
    }
  }

  void set_font(const std::vector<Token>& operands) {
    if (operands.size() != 2 || operands[0].getType() != QPDFTokenizer::tt_name) return;
    Object fonts = resources_.isDictionary() ? resources_.getKey("/Font") : Object::newNull();
    state_.font = fonts.isDictionary() ? fonts_.get(fonts.getKey(operands[0].getValue())) : nullptr;
    state_.size = number(operands[1]);
  }

  static double number(const Token& token) {
    if (token.getType() != QPDFTokenizer::tt_integer && token.getType() != QPDFTokenizer::tt_real)
      return 0;
    return std::strtod(token.getValue().c_str(), nullptr);
  }

  std::vector<Token> operand_tokens() const {
    std::vector<Token> tokens;
    for (size_t at : operands_) tokens.push_back(held_[at]);
    return tokens;
  }

  void begin_text_object() {
    held_.clear();
    operands_.clear();
    glyphs_.clear();
    spans_.clear();
    open_spans_.clear();
    x_ = y_ = line_x_ = line_y_ = 0;
    ++segment_;
    positions_known_ = true;
  }

  void text_operation(const std::string& op) {
    std::vector<Token> operands = operand_tokens();
    if (op == "ET") {
      process_text_object();
      flush_text_object();
      return;
    }
    if (op == "Tf") {
      set_font(operands);
    } else if (op == "Tm") {
      x_ = y_ = line_x_ = line_y_ = 0;
      ++segment_;
    } else if ((op == "Td" || op == "TD") && operands.size() == 2) {
      line_x_ += number(operands[0]);
      line_y_ += number(operands[1]);
      x_ = line_x_;
      y_ = line_y_;
    } else if (op == "T*" || op == "'" || op == "\"") {
      ++segment_;  // moves by the leading, which is not followed here
    } else if (op == "Tc" || op == "Tw" || op == "Ts") {
      if (operands.size() == 1 && number(operands[0]) != 0) positions_known_ = false;
    } else if (op == "Tz") {
      if (operands.size() == 1 && number(operands[0]) != 100) positions_known_ = false;
    } else if (op == "Tj" && operands.size() == 1) {
      show(operands_[0], true);
    } else if (op == "TJ") {
      show_array();
    } else if (op == "BDC") {
      open_spans_.push_back({actual_text(operands), glyphs_.size()});
    } else if (op == "BMC") {
      open_spans_.push_back({std::nullopt, glyphs_.size()});
    } else if (op == "EMC" && !open_spans_.empty()) {
      const OpenSpan& open = open_spans_.back();
      if (open.text) spans_.push_back({*open.text, open.first, glyphs_.size()});
      open_spans_.pop_back();
    }
  }

  static std::optional<std::u16string> actual_text(const std::vector<Token>& operands) {
    for (size_t i = 0; i + 1 < operands.size(); ++i)
      if (operands[i].getType() == QPDFTokenizer::tt_name &&
          operands[i].getValue() == "/ActualText" &&
          operands[i + 1].getType() == QPDFTokenizer::tt_string)
        return utf16_of(operands[i + 1].getValue());
    return std::nullopt;
  }

  // The glyphs of one string token, in the current font, advancing the pen.
  void show(size_t token, bool ends_run) {
    const std::string& bytes = held_[token].getValue();
    if (!state_.font) {
      x_ = NAN;  // an advance this pass cannot follow: later positions are unknown
      return;
    }
    size_t count = bytes.size() / 2;
    for (size_t i = 0; i < count; ++i) {
      unsigned code = static_cast<unsigned char>(bytes[2 * i]) << 8 |
                      static_cast<unsigned char>(bytes[2 * i + 1]);
      double advance = state_.font->width(code);
      glyphs_.push_back({token, i, state_.font, state_.size, code, x_, y_, segment_,
                         ends_run && i + 1 == count, state_.font->text(code), advance});
      x_ += advance / 1000 * state_.size;
    }
  }

  void show_array() {
    // operands_: '[', strings and numbers, ']'
    for (size_t k = 0; k < operands_.size(); ++k) {
      const Token& token = held_[operands_[k]];
      if (token.getType() == QPDFTokenizer::tt_string) {
        bool last = k + 1 < operands_.size() &&
                    held_[operands_[k + 1]].getType() == QPDFTokenizer::tt_array_close;
        show(operands_[k], last);
      } else if (token.getType() == QPDFTokenizer::tt_integer ||
                 token.getType() == QPDFTokenizer::tt_real) {
        x_ -= number(token) / 1000 * state_.size;
      }
    }
  }

  // Deals each span's text to its glyphs, then closes the gaps around placed marks.
  void process_text_object() {
    for (const Span& span : spans_) deal_text(span);
    rewrite_strings();
  }

  void deal_text(const Span& span) {
    size_t count = span.last - span.first;
    if (count == 0) return;
    std::vector<std::u16string> characters = characters_of(span.text);
    if (characters.empty() || right_to_left(characters)) return;
    for (size_t i = 0; i < count && i < characters.size(); ++i) {
      Glyph& glyph = glyphs_[span.first + i];
      std::u16string text = characters[i];
      if (i + 1 == count)
        for (size_t rest = i + 1; rest < characters.size(); ++rest) text += characters[rest];
      glyph.text = text;
    }
    // More glyphs than characters: the painter draws the surplus as outlines, so this is
    // only a file from elsewhere; its extra glyphs keep their own text.
  }

  void rewrite_strings() {
    std::map<size_t, std::string> codes;  // string token → its new two-byte codes
    for (const Glyph& glyph : glyphs_) {
      auto [at, added] = codes.try_emplace(glyph.token, held_[glyph.token].getValue());
      std::optional<unsigned> code = glyph.font->code_for(glyph.code, glyph.text, glyph.advance);
      if (!code || *code == glyph.code) continue;
      at->second[2 * glyph.index] = static_cast<char>(*code >> 8);
      at->second[2 * glyph.index + 1] = static_cast<char>(*code & 0xff);
    }
    for (auto& [token, bytes] : codes) {
      if (bytes == held_[token].getValue()) continue;
      std::string hex = "<";
      for (unsigned char byte : bytes) hex += fmt::format("{:02x}", byte);
      hex += '>';
      rewritten_[token] = hex;
      changed_ = true;
    }
  }

  void flush_text_object() {
    for (size_t i = 0; i < held_.size(); ++i) {
      auto found = rewritten_.find(i);
      if (found != rewritten_.end())
        write(found->second);
      else
        writeToken(held_[i]);
    }
    held_.clear();
    rewritten_.clear();
    operands_.clear();
    in_text_ = false;
  }

  FontSet& fonts_;
  Object resources_;
  bool changed_ = false;
  bool in_text_ = false;
  TextState state_;
  std::vector<TextState> saved_;
  std::vector<Token> outside_operands_;
  // The text object being read: its tokens, the current operator's operands (indices into
  // held_), what it shows, and the rewritten strings.
  std::vector<Token> held_;
  std::vector<size_t> operands_;
  std::vector<Glyph> glyphs_;
  std::vector<Span> spans_;
  std::vector<OpenSpan> open_spans_;
  std::map<size_t, std::string> rewritten_;
  double x_ = 0, y_ = 0, line_x_ = 0, line_y_ = 0;
  int segment_ = 0;
  bool positions_known_ = true;
};

Object resources_of(Object object, Object inherited) {
  Object resources =
      object.isStream() ? object.getDict().getKey("/Resources") : object.getKey("/Resources");
  return resources.isDictionary() ? resources : inherited;
}

}  // namespace

void give_glyphs_their_text(QPDF& pdf) {
  FontSet fonts;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    Object resources = page.getAttribute("/Resources", false);
    {
      GlyphTextFilter filter(fonts, resources);
      std::string content;
      Pl_String sink("glyph text", nullptr, content);
      page.filterContents(&filter, &sink);
      if (filter.changed())
        page.getObjectHandle().replaceKey("/Contents", Object::newStream(&pdf, content));
    }
    page.forEachFormXObject(true, [&](Object& form, Object&, const std::string&) {
      GlyphTextFilter filter(fonts, resources_of(form, resources));
      std::string content;
      Pl_String sink("glyph text", nullptr, content);
      form.filterAsContents(&filter, &sink);
      if (filter.changed()) form.replaceStreamData(content, Object::newNull(), Object::newNull());
    });
  }
  fonts.write(pdf);
}

}  // namespace folio::render::pdf
