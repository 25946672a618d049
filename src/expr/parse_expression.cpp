#include "expr/parse_expression.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cstdlib>

#include "core/errors.h"
#include "expr/expr_error.h"

namespace folio::expr {
namespace {

struct Token {
  enum class Kind { end, braces, number, string, name, op };
  Kind kind = Kind::end;
  size_t offset = 0, end = 0;
  std::string text;  // the name, the string's decoded value, or the operator
  double number = 0;
};

bool name_byte(char c, bool first) {
  auto u = static_cast<unsigned char>(c);
  // Field names may be in any script: every byte of a multi-byte UTF-8 character counts.
  return u >= 0x80 || std::isalpha(u) || c == '_' || (!first && std::isdigit(u));
}

class Lexer {
 public:
  Lexer(std::string_view source, size_t from, bool until_braces)
      : source_(source), pos_(from), until_braces_(until_braces) {}

  Token next() {
    while (pos_ < source_.size() && std::isspace(static_cast<unsigned char>(source_[pos_])))
      ++pos_;
    Token token;
    token.offset = pos_;
    if (pos_ >= source_.size()) {
      if (until_braces_) throw ExprError(pos_, "\"}}\" to close the expression", "the end of the text");
      token.end = pos_;
      return token;
    }
    char c = source_[pos_];
    if (source_.compare(pos_, 2, "}}") == 0 && until_braces_) {
      token.kind = Token::Kind::braces;
      pos_ += 2;
    } else if (std::isdigit(static_cast<unsigned char>(c)) ||
               (c == '.' && pos_ + 1 < source_.size() &&
                std::isdigit(static_cast<unsigned char>(source_[pos_ + 1])))) {
      number(token);
    } else if (c == '"' || c == '\'') {
      string(token, c);
    } else if (c == '`') {
      size_t close = source_.find('`', pos_ + 1);
      if (close == std::string_view::npos)
        throw ExprError(pos_, "a closing '`' after a quoted name", "the end of the expression");
      token.kind = Token::Kind::name;
      token.text = std::string(source_.substr(pos_ + 1, close - pos_ - 1));
      pos_ = close + 1;
    } else if (name_byte(c, true)) {
      size_t start = pos_;
      while (pos_ < source_.size() && name_byte(source_[pos_], false)) ++pos_;
      token.kind = Token::Kind::name;
      token.text = std::string(source_.substr(start, pos_ - start));
    } else {
      static const char* kOperators[] = {"==", "!=", "<=", ">=", "|", ".", "[", "]", "(", ")",
                                         ",",  "+",  "-",  "*",  "/", "%", "=", "<", ">"};
      for (const char* op : kOperators) {
        if (source_.compare(pos_, std::char_traits<char>::length(op), op) == 0) {
          token.kind = Token::Kind::op;
          token.text = op;
          pos_ += token.text.size();
          break;
        }
      }
      if (token.kind != Token::Kind::op) {
        size_t length = 1;
        while (pos_ + length < source_.size() &&
               (static_cast<unsigned char>(source_[pos_ + length]) & 0xC0) == 0x80)
          ++length;
        throw ExprError(pos_, "a name, a number, a string or an operator",
                        fmt::format("'{}'", source_.substr(pos_, length)));
      }
    }
    token.end = pos_;
    return token;
  }

  size_t position() const { return pos_; }

 private:
  void number(Token& token) {
    size_t start = pos_;
    while (pos_ < source_.size() &&
           (std::isdigit(static_cast<unsigned char>(source_[pos_])) || source_[pos_] == '.'))
      ++pos_;
    if (pos_ < source_.size() && (source_[pos_] == 'e' || source_[pos_] == 'E')) {
      size_t exponent = pos_ + 1;
      if (exponent < source_.size() && (source_[exponent] == '+' || source_[exponent] == '-'))
        ++exponent;
      if (exponent < source_.size() && std::isdigit(static_cast<unsigned char>(source_[exponent]))) {
        pos_ = exponent;
        while (pos_ < source_.size() && std::isdigit(static_cast<unsigned char>(source_[pos_])))
          ++pos_;
      }
    }
    std::string text(source_.substr(start, pos_ - start));
    char* stop = nullptr;
    token.number = std::strtod(text.c_str(), &stop);  // "C" numbers: folio never sets a locale
    if (stop != text.c_str() + text.size())
      throw ExprError(start, "a number such as 12, 0.5 or 1e6",
                      fmt::format("\"{}\"", quote_for_message(text)));
    token.kind = Token::Kind::number;
  }

  void string(Token& token, char quote) {
    size_t start = pos_++;
    while (pos_ < source_.size() && source_[pos_] != quote) {
      if (source_[pos_] == '\\' && pos_ + 1 < source_.size()) ++pos_;
      token.text += source_[pos_++];
    }
    if (pos_ >= source_.size())
      throw ExprError(start, fmt::format("a closing {} after the string", quote),
                      "the end of the expression");
    ++pos_;
    token.kind = Token::Kind::string;
  }

  std::string_view source_;
  size_t pos_;
  bool until_braces_;
};

std::string describe(const Token& token) {
  switch (token.kind) {
    case Token::Kind::end:
      return "the end of the expression";
    case Token::Kind::braces:
      return "\"}}\"";
    case Token::Kind::number:
      return fmt::format("the number {}", token.number);
    case Token::Kind::string:
      return fmt::format("the string \"{}\"", quote_for_message(token.text));
    case Token::Kind::name:
      return fmt::format("\"{}\"", token.text);
    default:
      return fmt::format("'{}'", token.text);
  }
}

class Parser {
 public:
  Parser(std::string_view source, size_t from, bool until_braces)
      : lexer_(source, from, until_braces) {
    advance();
  }

  NodePtr parse_all() {
    if (done()) throw ExprError(token_.offset, "an expression", describe(token_));
    auto node = pipe();
    if (!done())
      throw ExprError(token_.offset,
                      lexer_ended_with_braces_ ? "'|', an operator or \"}}\"" : "'|' or an operator",
                      describe(token_));
    return node;
  }
  size_t stop() const { return token_.offset; }

 private:
  using Kind = Node::Kind;
  using Owned = std::unique_ptr<Node>;

  void advance() { token_ = lexer_.next(); }
  bool done() const { return token_.kind == Token::Kind::end || token_.kind == Token::Kind::braces; }
  bool is_op(const char* op) const { return token_.kind == Token::Kind::op && token_.text == op; }
  bool is_word(const char* word) const {
    return token_.kind == Token::Kind::name && token_.text == word;
  }
  void expect_op(const char* op, const char* what) {
    if (!is_op(op)) throw ExprError(token_.offset, what, describe(token_));
    advance();
  }

  static std::unique_ptr<Node> make(Kind kind, size_t offset, size_t end, std::string text = {},
                      std::vector<NodePtr> children = {}) {
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->offset = offset;
    node->end = end;
    node->text = std::move(text);
    node->children = std::move(children);
    return node;
  }

  Owned pipe() {
    auto left = logical_or();
    while (is_op("|")) {
      advance();
      if (token_.kind != Token::Kind::name)
        throw ExprError(token_.offset, "a filter name after '|' (such as last, sum or money)",
                        describe(token_));
      Token name = token_;
      advance();
      std::vector<NodePtr> args;
      args.push_back(std::move(left));
      size_t end = name.end;
      if (is_op("(")) end = arguments(args);
      auto call = std::make_unique<Node>();
      call->kind = Kind::call;
      // The call spans its input; errors about the function itself point at its name.
      call->offset = args.front()->offset;
      call->name_offset = name.offset;
      call->end = end;
      call->text = name.text;
      call->children = std::move(args);
      call->piped = true;
      left = std::move(call);
    }
    return left;
  }

  // Reads "(a, b, ...)" into `args`; returns the end of the ')'.
  size_t arguments(std::vector<NodePtr>& args) {
    advance();  // '('
    if (!is_op(")")) {
      args.push_back(pipe());
      while (is_op(",")) {
        advance();
        args.push_back(pipe());
      }
    }
    size_t end = token_.end;
    expect_op(")", "',' or ')' in the argument list");
    return end;
  }

  Owned binary_chain(Owned (Parser::*operand)(), std::initializer_list<const char*> ops,
                       bool words = false) {
    auto left = (this->*operand)();
    for (;;) {
      const char* matched = nullptr;
      for (const char* op : ops)
        if (words ? is_word(op) : is_op(op)) matched = op;
      if (!matched) return left;
      advance();
      auto right = (this->*operand)();
      size_t offset = left->offset, end = right->end;
      std::vector<NodePtr> children;
      children.push_back(std::move(left));
      children.push_back(std::move(right));
      left = make(Kind::binary, offset, end, matched, std::move(children));
    }
  }

  Owned logical_or() { return binary_chain(&Parser::logical_and, {"or"}, true); }
  Owned logical_and() { return binary_chain(&Parser::logical_not, {"and"}, true); }
  Owned logical_not() {
    if (!is_word("not")) return comparison();
    size_t offset = token_.offset;
    advance();
    auto operand = logical_not();
    size_t end = operand->end;
    std::vector<NodePtr> children;
    children.push_back(std::move(operand));
    return make(Kind::unary, offset, end, "not", std::move(children));
  }
  Owned comparison() {
    auto left = additive();
    for (const char* op : {"==", "!=", "<=", ">=", "=", "<", ">"}) {
      if (!is_op(op)) continue;
      advance();
      auto right = additive();
      size_t offset = left->offset, end = right->end;
      std::vector<NodePtr> children;
      children.push_back(std::move(left));
      children.push_back(std::move(right));
      return make(Kind::binary, offset, end, std::string(op) == "==" ? "=" : op,
                  std::move(children));
    }
    return left;
  }
  Owned additive() { return binary_chain(&Parser::term, {"+", "-"}); }
  Owned term() { return binary_chain(&Parser::unary, {"*", "/", "%"}); }
  Owned unary() {
    if (!is_op("-")) return postfix();
    size_t offset = token_.offset;
    advance();
    auto operand = unary();
    size_t end = operand->end;
    std::vector<NodePtr> children;
    children.push_back(std::move(operand));
    return make(Kind::unary, offset, end, "-", std::move(children));
  }

  Owned postfix() {
    auto node = primary();
    for (;;) {
      if (is_op(".")) {
        advance();
        if (token_.kind != Token::Kind::name)
          throw ExprError(token_.offset, "a field name after '.'", describe(token_));
        size_t offset = node->offset;
        std::vector<NodePtr> children;
        children.push_back(std::move(node));
        auto member = make(Kind::member, offset, token_.end, token_.text, std::move(children));
        member->name_offset = token_.offset;
        node = std::move(member);
        advance();
      } else if (is_op("[")) {
        advance();
        auto key = pipe();
        size_t end = token_.end;
        expect_op("]", "']' after the key");
        size_t offset = node->offset;
        std::vector<NodePtr> children;
        children.push_back(std::move(node));
        children.push_back(std::move(key));
        node = make(Kind::index, offset, end, "", std::move(children));
      } else {
        return node;
      }
    }
  }

  Owned primary() {
    Token token = token_;
    switch (token.kind) {
      case Token::Kind::number: {
        advance();
        auto node = make(Kind::number, token.offset, token.end);
        node->number = token.number;
        return node;
      }
      case Token::Kind::string:
        advance();
        return make(Kind::string, token.offset, token.end, token.text);
      case Token::Kind::name: {
        advance();
        if (!is_op("(")) return make(Kind::name, token.offset, token.end, token.text);
        std::vector<NodePtr> args;
        size_t end = arguments(args);
        auto call = make(Kind::call, token.offset, end, token.text, std::move(args));
        call->name_offset = token.offset;
        return call;
      }
      default:
        if (is_op("(")) {
          advance();
          auto inner = pipe();
          // A parenthesised expression is named by its parenthesis ("the divisor (...)").
          inner->offset = token.offset;
          inner->end = token_.end;
          expect_op(")", "')' to close the parenthesis");
          return inner;
        }
        throw ExprError(token.offset, "a name, a number, a string or '('", describe(token));
    }
  }

  Lexer lexer_;
  Token token_;
  bool lexer_ended_with_braces_ = false;

 public:
  void set_until_braces(bool value) { lexer_ended_with_braces_ = value; }
};

}  // namespace

NodePtr parse_expression(std::string_view source, size_t from, bool until_braces, size_t* stop) {
  Parser parser(source, from, until_braces);
  parser.set_until_braces(until_braces);
  auto node = parser.parse_all();
  if (stop) *stop = parser.stop();
  return node;
}

}  // namespace folio::expr
