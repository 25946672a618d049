#include "render/pdf/glyph_text.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_String.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <string_view>
#include <vector>

#include "render/pdf/cid_font.h"

namespace folio::render::pdf {
namespace {

using Object = QPDFObjectHandle;
using Token = QPDFTokenizer::Token;

// Gaps inside a word that readers take for word breaks (poppler from 0.1 of the text size,
// MuPDF from 0.15), closed up to half the size; wider ones are left alone.
constexpr double kSmallestClosedGap = 0.02;  // of the text size
constexpr double kLargestClosedGap = 0.5;

// A simple font's advances (/FirstChar, /Widths), by one-byte code: enough to follow the pen.
struct SimpleFont {
  long long first = 0;
  std::vector<double> widths;
  double missing = 0;
  double width(unsigned char code) const {
    long long at = static_cast<long long>(code) - first;
    return at >= 0 && at < static_cast<long long>(widths.size()) ? widths[at] : missing;
  }
};

std::optional<SimpleFont> simple_font(Object font) {
  if (!font.isDictionary() || font.getKey("/Subtype").isNameAndEquals("/Type0") ||
      font.getKey("/Subtype").isNameAndEquals("/Type3") || !font.getKey("/FirstChar").isInteger() ||
      !font.getKey("/Widths").isArray())
    return std::nullopt;
  SimpleFont simple;
  simple.first = font.getKey("/FirstChar").getIntValue();
  for (Object width : font.getKey("/Widths").aitems())
    simple.widths.push_back(width.isNumber() ? width.getNumericValue() : 0);
  Object descriptor = font.getKey("/FontDescriptor");
  if (descriptor.isDictionary() && descriptor.getKey("/MissingWidth").isNumber())
    simple.missing = descriptor.getKey("/MissingWidth").getNumericValue();
  return simple;
}

// Every font of the file, opened once; the composite ones are written back at the end.
class FontSet {
 public:
  CidFont* get(Object font) {
    if (!font.isIndirect()) return nullptr;
    auto [at, added] = fonts_.try_emplace(font.getObjGen());
    if (added) at->second = CidFont::open(font);
    return at->second ? &*at->second : nullptr;
  }
  const SimpleFont* simple(Object font) {
    if (!font.isIndirect()) return nullptr;
    auto [at, added] = simple_fonts_.try_emplace(font.getObjGen());
    if (added) at->second = simple_font(font);
    return at->second ? &*at->second : nullptr;
  }
  void write(QPDF& pdf) {
    for (auto& [id, font] : fonts_)
      if (font) font->write(pdf);
  }

 private:
  std::map<QPDFObjGen, std::optional<CidFont>> fonts_;
  std::map<QPDFObjGen, std::optional<SimpleFont>> simple_fonts_;
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
    bool pair = i + 1 < text.size() && U16_IS_LEAD(text[i]) && U16_IS_TRAIL(text[i + 1]);
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

// Scripts whose words run on without spaces between clusters, where a gap between two glyphs
// is never a word break: the scripts of reordered clusters, split vowels and placed marks.
bool written_without_gaps(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  if (U_FAILURE(status)) return false;
  switch (script) {
    case USCRIPT_KHMER:
    case USCRIPT_LAO:
    case USCRIPT_THAI:
    case USCRIPT_MYANMAR:
    case USCRIPT_TIBETAN:
    case USCRIPT_DEVANAGARI:
    case USCRIPT_BENGALI:
    case USCRIPT_GURMUKHI:
    case USCRIPT_GUJARATI:
    case USCRIPT_ORIYA:
    case USCRIPT_TAMIL:
    case USCRIPT_TELUGU:
    case USCRIPT_KANNADA:
    case USCRIPT_MALAYALAM:
    case USCRIPT_SINHALA:
    case USCRIPT_JAVANESE:
    case USCRIPT_BALINESE:
      return true;
    default:
      return false;
  }
}

UChar32 first_character(const std::u16string& text) {
  if (text.empty()) return 0;
  if (text.size() >= 2 && U16_IS_LEAD(text[0]) && U16_IS_TRAIL(text[1]))
    return U16_GET_SUPPLEMENTARY(text[0], text[1]);
  return text[0];
}

UChar32 last_character(const std::u16string& text) {
  if (text.empty()) return 0;
  size_t n = text.size();
  if (n >= 2 && U16_IS_LEAD(text[n - 2]) && U16_IS_TRAIL(text[n - 1]))
    return U16_GET_SUPPLEMENTARY(text[n - 2], text[n - 1]);
  return text[n - 1];
}

std::string hex_string(const std::u16string& text) {
  std::string out = "<feff";
  for (char16_t unit : text) out += fmt::format("{:04x}", static_cast<unsigned>(unit));
  return out + ">";
}

std::string number_text(double value) {
  std::string text = fmt::format("{:.3f}", value);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

// One glyph shown in a text object: where it was drawn, and what it will read as.
struct Glyph {
  CidFont* font;
  double size;  // of the text, in text space
  unsigned code;
  double x, y;  // its origin in text space, from the last Tm
  int segment;  // glyphs of one segment have comparable positions
  int epoch;    // changes at every BDC, BMC and EMC: a new span never crosses one
  int span;     // the /ActualText span it is drawn in, or -1
  std::u16string text;
  double advance;                      // thousandths of the size
  double compensation = 0;             // a TJ adjustment after it, undoing a widened advance
  bool removed = false;                // drawn by a neighbour's glyph now: a TJ move instead
  double drawn_advance;                // the advance it was drawn with
  bool opens = false, closes = false;  // a new span starts before it, ends after it
  std::u16string new_span_text;        // the text of the new span it opens
};

// A marked-content sequence with /ActualText, over glyphs [first, last).
struct Span {
  std::u16string text;
  size_t first, last;
};

// One operator of the text object with its operands: held_ tokens [first, last].
struct Op {
  size_t first, last;
  std::string name;
  // A Tj or TJ in a composite font: its glyphs (index into glyphs_) and TJ numbers in order.
  bool shows = false;
  std::vector<std::pair<int, std::string>> elements;  // (glyph or -1, the number's text)
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
      op_start_ = held_.size();
    } else if (token.getType() != QPDFTokenizer::tt_space &&
               token.getType() != QPDFTokenizer::tt_comment) {
      operands_.push_back(held_.size() - 1);
    }
  }

  void handleEOF() override {
    if (in_text_) write_held();  // an unclosed text object is written as it came
  }

 private:
  struct OpenSpan {
    int span;  // index into spans_ for an /ActualText span, else -1
  };
  struct TextState {
    CidFont* font = nullptr;
    const SimpleFont* simple = nullptr;
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
    Object font = fonts.isDictionary() ? fonts.getKey(operands[0].getValue()) : Object::newNull();
    state_.font = fonts_.get(font);
    state_.simple = state_.font ? nullptr : fonts_.simple(font);
    state_.size = number(operands[1]);
  }

  static double number(const Token& token) {
    if (token.getType() != QPDFTokenizer::tt_integer && token.getType() != QPDFTokenizer::tt_real)
      return 0;
    return std::strtod(token.getValue().c_str(), nullptr);
  }

  std::vector<Token> operand_tokens() const {
    std::vector<Token> tokens;
    tokens.reserve(operands_.size());
    for (size_t at : operands_) tokens.push_back(held_[at]);
    return tokens;
  }

  // Operators whose operands text_operation reads as tokens; a show's are read in place.
  static bool reads_operands(const std::string& name) {
    return name == "Tf" || name == "Td" || name == "TD" || name == "Tc" || name == "Tw" ||
           name == "Ts" || name == "Tz" || name == "BDC";
  }

  void begin_text_object() {
    held_.clear();
    operands_.clear();
    ops_.clear();
    glyphs_.clear();
    spans_.clear();
    open_spans_.clear();
    op_start_ = 0;
    x_ = y_ = line_x_ = line_y_ = 0;
    ++segment_;
  }

  // Reads one operator: follows the pen, records glyphs and spans.
  void text_operation(const std::string& name) {
    std::vector<Token> operands = reads_operands(name) ? operand_tokens() : std::vector<Token>();
    ops_.push_back({op_start_, held_.size() - 1, name, false, {}});
    Op& op = ops_.back();
    if (name == "ET") {
      process_text_object();
      return;
    }
    if (name == "Tf") {
      set_font(operands);
    } else if (name == "Tm") {
      x_ = y_ = line_x_ = line_y_ = 0;
      ++segment_;
    } else if ((name == "Td" || name == "TD") && operands.size() == 2) {
      line_x_ += number(operands[0]);
      line_y_ += number(operands[1]);
      x_ = line_x_;
      y_ = line_y_;
    } else if (name == "T*" || name == "'" || name == "\"") {
      ++segment_;  // moves by the leading, which is not followed here; its glyphs keep their text
      x_ = NAN;
    } else if (name == "Tc" || name == "Tw" || name == "Ts" || name == "Tz") {
      double neutral = name == "Tz" ? 100 : 0;
      if (operands.size() == 1 && number(operands[0]) != neutral) positions_known_ = false;
    } else if (name == "Tj" || name == "TJ") {
      show(op);
    } else if (name == "BDC" || name == "BMC") {
      ++epoch_;
      std::optional<std::u16string> text = name == "BDC" ? actual_text(operands) : std::nullopt;
      int span = -1;
      if (text) {
        span = static_cast<int>(spans_.size());
        spans_.push_back({*text, glyphs_.size(), glyphs_.size()});
      }
      open_spans_.push_back({span});
    } else if (name == "EMC" && !open_spans_.empty()) {
      ++epoch_;
      int span = open_spans_.back().span;
      if (span >= 0) spans_[span].last = glyphs_.size();
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

  int current_span() const {
    for (auto at = open_spans_.rbegin(); at != open_spans_.rend(); ++at)
      if (at->span >= 0) return at->span;
    return -1;
  }

  // The glyphs of a Tj or TJ in a composite font, advancing the pen. Text in a simple font
  // advances it too but separates the glyphs on either side (it holds the spaces); in a font
  // this cannot measure, the pen is lost until the next Td or Tm.
  void show(Op& op) {
    if (!state_.font) {
      ++segment_;
      if (!state_.simple) {
        x_ = NAN;
        return;
      }
      for (size_t at : operands_) {
        const Token& token = held_[at];
        if (token.getType() == QPDFTokenizer::tt_string) {
          for (unsigned char code : token.getValue())
            x_ += state_.simple->width(code) / 1000 * state_.size;
        } else if (token.getType() == QPDFTokenizer::tt_integer ||
                   token.getType() == QPDFTokenizer::tt_real) {
          x_ -= number(token) / 1000 * state_.size;
        }
      }
      return;
    }
    op.shows = true;
    for (size_t at : operands_) {
      const Token& token = held_[at];
      if (token.getType() == QPDFTokenizer::tt_string) {
        const std::string& bytes = token.getValue();
        for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
          unsigned code =
              static_cast<unsigned char>(bytes[i]) << 8 | static_cast<unsigned char>(bytes[i + 1]);
          double advance = state_.font->width(code);
          op.elements.push_back({static_cast<int>(glyphs_.size()), {}});
          glyphs_.push_back({state_.font,
                             state_.size,
                             code,
                             x_,
                             y_,
                             segment_,
                             epoch_,
                             current_span(),
                             state_.font->text(code),
                             advance,
                             0,
                             false,
                             advance,
                             false,
                             false,
                             {}});
          x_ += advance / 1000 * state_.size;
        }
      } else if (token.getType() == QPDFTokenizer::tt_integer ||
                 token.getType() == QPDFTokenizer::tt_real) {
        op.elements.push_back({-1, token.getValue()});
        x_ -= number(token) / 1000 * state_.size;
      }
    }
  }

  void process_text_object() {
    bool changes = false;
    for (Span& span : spans_) deal_text(span);
    changes |= group_marks_with_bases();
    if (positions_known_) changes |= close_gaps();
    for (Glyph& glyph : glyphs_) {
      if (glyph.removed) {
        changes = true;
        continue;
      }
      std::optional<unsigned> code = glyph.font->code_for(glyph.code, glyph.text, glyph.advance);
      if (code && *code != glyph.code) {
        glyph.code = *code;
        changes = true;
      }
    }
    if (changes) {
      changed_ = true;
      write_rewritten();
    } else {
      write_held();
    }
  }

  void deal_text(const Span& span) {
    if (span.last == span.first) return;
    std::vector<std::u16string> characters = characters_of(span.text);
    if (characters.empty() || right_to_left(characters)) return;
    std::vector<size_t> shown = join_surplus(span, characters.size());
    for (size_t i = 0; i < shown.size() && i < characters.size(); ++i) {
      std::u16string text = characters[i];
      if (i + 1 == shown.size())
        for (size_t rest = i + 1; rest < characters.size(); ++rest) text += characters[rest];
      glyphs_[shown[i]].text = text;
    }
  }

  // A cluster drawn in more glyphs than it has characters (Khmer ៀ is three pieces for two):
  // each surplus piece is drawn from then on by its neighbour's glyph, a composite of the two
  // added to the font program, and leaves a TJ move where it was. Zero-advance pieces go
  // first, from the end. The glyphs still shown, in order.
  std::vector<size_t> join_surplus(const Span& span, size_t characters) {
    std::vector<size_t> shown;
    for (size_t g = span.first; g < span.last; ++g) shown.push_back(g);
    for (bool zero_advance : {true, false})
      for (size_t k = shown.size(); k-- > 0 && shown.size() > characters;) {
        Glyph& piece = glyphs_[shown[k]];
        if ((piece.advance == 0) != zero_advance || shown.size() < 2) continue;
        Glyph& host = glyphs_[k > 0 ? shown[k - 1] : shown[k + 1]];
        if (host.font != piece.font || host.segment != piece.segment || std::isnan(host.x) ||
            std::isnan(piece.x) || host.size <= 0)
          continue;
        double dx = (piece.x - host.x) / host.size * 1000,
               dy = (piece.y - host.y) / host.size * 1000;
        std::optional<unsigned> joined = host.font->join(host.code, piece.code, dx, dy);
        if (!joined) continue;
        host.code = *joined;
        host.text = host.font->text(*joined);
        piece.removed = true;
        shown.erase(shown.begin() + static_cast<long>(k));
      }
    return shown;
  }

  // poppler reads a zero-advance mark drawn at its base's end as a word of its own, and
  // sorts it after the next glyph: a base and the marks after it go into one span.
  bool group_marks_with_bases() {
    bool grouped = false;
    for (size_t i = 0; i < glyphs_.size();) {
      Glyph& base = glyphs_[i];
      size_t end = i + 1;
      if (base.removed) {
        ++i;
        continue;
      }
      if (base.span < 0)
        while (end < glyphs_.size() && glyphs_[end].span < 0 && !glyphs_[end].removed &&
               glyphs_[end].epoch == base.epoch && glyphs_[end].font->width(glyphs_[end].code) == 0)
          ++end;
      if (end - i >= 2) {
        std::u16string text;
        for (size_t g = i; g < end; ++g) text += glyphs_[g].text;
        if (!right_to_left(characters_of(text))) {
          base.opens = true;
          base.new_span_text = text;
          glyphs_[end - 1].closes = true;
          grouped = true;
        }
      }
      i = end;
    }
    return grouped;
  }

  // A glyph of a word whose advance does not reach the next glyph (a mark placed over its
  // base, a base whose surplus piece was joined into it) gets one that does, from a glyph added
  // to the font program, and a TJ adjustment after it keeps every later glyph where it was.
  bool close_gaps() {
    bool closed = false;
    std::vector<size_t> live;
    for (size_t g = 0; g < glyphs_.size(); ++g)
      if (!glyphs_[g].removed) live.push_back(g);
    for (size_t i = 0; i + 1 < live.size(); ++i) {
      Glyph& glyph = glyphs_[live[i]];
      const Glyph& next = glyphs_[live[i + 1]];
      if (glyph.segment != next.segment || glyph.size <= 0) continue;
      if (std::isnan(glyph.x) || std::isnan(next.x)) continue;
      UChar32 before = last_character(glyph.text), after = first_character(next.text);
      if (!written_without_gaps(before) || !written_without_gaps(after)) continue;
      double gap = next.x - (glyph.x + glyph.advance / 1000 * glyph.size);
      if (std::fabs(gap) <= kSmallestClosedGap * glyph.size ||
          std::fabs(gap) > kLargestClosedGap * glyph.size ||
          std::fabs(next.y - glyph.y) > kLargestClosedGap * glyph.size)
        continue;
      double wanted = std::max(0.0, (next.x - glyph.x) / glyph.size * 1000);
      double reached = glyph.font->reachable_width(glyph.code, wanted);
      if (reached == glyph.advance) continue;
      glyph.compensation = reached - glyph.advance;
      glyph.advance = reached;
      closed = true;
    }
    return closed;
  }

  void write_held() {
    for (const Token& token : held_) writeToken(token);
    held_.clear();
    in_text_ = false;
  }

  void write_ops(size_t first, size_t last) {
    for (size_t i = first; i <= last && i < held_.size(); ++i) writeToken(held_[i]);
  }

  // The text object again, every Tj and TJ in a composite font as TJ arrays of the new codes,
  // split where a new span opens or closes.
  void write_rewritten() {
    for (const Op& op : ops_) {
      if (!op.shows) {
        write_ops(op.first, op.last);
        continue;
      }
      write("\n");
      std::string chunk, codes;
      auto end_codes = [&] {
        if (!codes.empty()) chunk += "<" + codes + ">";
        codes.clear();
      };
      auto end_chunk = [&] {
        end_codes();
        if (!chunk.empty()) write("[" + chunk + "]TJ\n");
        chunk.clear();
      };
      for (const auto& [index, number] : op.elements) {
        if (index < 0) {
          end_codes();
          chunk += ' ';
          chunk += number;
          chunk += ' ';
          continue;
        }
        const Glyph& glyph = glyphs_[index];
        if (glyph.removed) {
          end_codes();
          chunk += ' ';
          chunk += number_text(-glyph.drawn_advance);
          chunk += ' ';
          continue;
        }
        if (glyph.opens) {
          end_chunk();
          write("/Span <</ActualText " + hex_string(glyph.new_span_text) + ">> BDC\n");
        }
        codes += fmt::format("{:04x}", glyph.code);
        if (glyph.compensation != 0) {
          end_codes();
          chunk += ' ';
          chunk += number_text(glyph.compensation);
          chunk += ' ';
        }
        if (glyph.closes) {
          end_chunk();
          write("EMC\n");
        }
      }
      end_chunk();
    }
    held_.clear();
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
  // held_), its operators, what it shows and its spans.
  std::vector<Token> held_;
  std::vector<size_t> operands_;
  size_t op_start_ = 0;
  std::vector<Op> ops_;
  std::vector<Glyph> glyphs_;
  std::vector<Span> spans_;
  std::vector<OpenSpan> open_spans_;
  double x_ = 0, y_ = 0, line_x_ = 0, line_y_ = 0;
  int segment_ = 0, epoch_ = 0;
  bool positions_known_ = true;
};

Object resources_of(Object object, Object inherited) {
  Object resources =
      object.isStream() ? object.getDict().getKey("/Resources") : object.getKey("/Resources");
  return resources.isDictionary() ? resources : inherited;
}

// Whether this pass can change anything a font shows: it has a zero-advance glyph (a mark to
// group with its base), or text in a script written without spaces (gaps to close).
bool may_change(const CidFont& font) {
  for (const auto& [code, width] : font.widths())
    if (code != 0 && width == 0) return true;
  for (const auto& [code, text] : font.texts())
    if (!text.empty() && written_without_gaps(first_character(text))) return true;
  return false;
}

// A page needs the pass when its content has an /ActualText span or one of its fonts may
// change; most pages of Latin text need neither, and are not tokenized again.
bool page_needs_pass(QPDFPageObjectHelper& page, Object resources, FontSet& fonts,
                     std::map<QPDFObjGen, bool>& font_may_change) {
  Object font_resources = resources.isDictionary() ? resources.getKey("/Font") : Object::newNull();
  if (font_resources.isDictionary())
    for (auto& [name, font] : font_resources.ditems()) {
      if (!font.isIndirect()) continue;
      auto [at, added] = font_may_change.try_emplace(font.getObjGen(), false);
      if (added) {
        CidFont* cid_font = fonts.get(font);
        at->second = cid_font && may_change(*cid_font);
      }
      if (at->second) return true;
    }
  for (Object stream : page.getPageContents()) {
    auto data = stream.getStreamData(qpdf_dl_generalized);
    std::string_view bytes(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    if (bytes.find("/ActualText") != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

void give_glyphs_their_text(QPDF& pdf) {
  FontSet fonts;
  std::map<QPDFObjGen, bool> font_may_change;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    Object resources = page.getAttribute("/Resources", false);
    if (page_needs_pass(page, resources, fonts, font_may_change)) {
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
