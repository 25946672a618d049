#pragma once
// The syntax tree of one expression of folio's template language (docs/EXPRESSIONS.md).
// Every node keeps the byte offset of its first character in the string it was written in,
// so an error can point at the exact line and column in the file.
#include <memory>
#include <string>
#include <vector>

namespace folio::expr {

struct Node;
using NodePtr = std::unique_ptr<const Node>;

struct Node {
  enum class Kind {
    number,  // 2019, 1e6
    string,  // "Two-way trade"
    name,    // trade, ratio, year (a field inside where(...))
    member,  // trade.usd_m: `text` is the member's name, children[0] the object
    index,   // fdi["Korea"]: children[0] the dataset, children[1] the key
    unary,   // -x, not x: `text` is the operator
    binary,  // a + b, a = b, a and b: `text` is the operator
    call,    // f(a, b) and a | f(b), which is f(a, b): `text` names the function
  };
  Kind kind;
  size_t offset = 0;  // of the node's first character
  size_t end = 0;     // one past its last character
  size_t name_offset = 0;  // member, call: of the name, where errors about it point
  double number = 0;
  std::string text;
  std::vector<NodePtr> children;
  bool piped = false;  // a call written as `input | f(...)`: children[0] is the input
};

}  // namespace folio::expr
