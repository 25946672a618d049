#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "spec/json_document.h"

namespace folio::spec {

// A JSON value together with where it came from. Every accessor checks the type and throws an
// InputError that names FILE:LINE:COL, the pointer, what was expected and what was found.
class Node {
 public:
  Node(const JsonDocument& doc, const Json& value, std::string pointer)
      : doc_(&doc), value_(&value), pointer_(std::move(pointer)) {}

  const Json& json() const { return *value_; }
  const std::string& pointer() const { return pointer_; }
  const JsonDocument& document() const { return *doc_; }

  bool is_object() const { return value_->is_object(); }
  bool is_array() const { return value_->is_array(); }
  bool is_string() const { return value_->is_string(); }
  bool is_number() const { return value_->is_number(); }
  bool is_null() const { return value_->is_null(); }

  // Object access. `required` fails when the key is missing.
  bool has(const std::string& key) const;
  Node required(const std::string& key) const;
  std::optional<Node> optional(const std::string& key) const;
  // Rejects keys not in `allowed`, suggesting the closest allowed one.
  void allow_only(std::initializer_list<std::string_view> allowed) const;
  std::vector<std::pair<std::string, Node>> members() const;

  // Array access.
  std::vector<Node> elements() const;

  std::string as_string() const;
  std::string as_nonempty_string() const;
  double as_number() const;
  double as_number_in(double min, double max) const;
  int as_int_in(int min, int max) const;
  bool as_bool() const;
  std::string as_enum(std::initializer_list<std::string_view> choices) const;
  std::string as_enum(const std::vector<std::string_view>& choices) const;

  std::string string_or(const std::string& key, std::string fallback) const;
  double number_or(const std::string& key, double fallback) const;

  [[noreturn]] void fail(const std::string& expected, const std::string& hint = "") const;
  [[noreturn]] void fail_found(const std::string& expected, const std::string& found,
                               const std::string& hint = "") const;

 private:
  const JsonDocument* doc_;
  const Json* value_;
  std::string pointer_;
};

// How a JSON value is described in "found ..." parts of messages.
std::string describe_json(const Json& value);

// The candidate closest to `word` by edit distance, or "" when none is close.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace folio::spec
