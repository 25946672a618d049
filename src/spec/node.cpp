#include "spec/node.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/strings.h"

namespace folio::spec {

std::string describe_json(const Json& value) {
  switch (value.type()) {
    case Json::value_t::string:
      return fmt::format("\"{}\"", quote_for_message(value.get<std::string>()));
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return value.dump();
    case Json::value_t::boolean:
      return value.get<bool>() ? "true" : "false";
    case Json::value_t::null:
      return "null";
    case Json::value_t::object:
      return value.empty() ? "an empty object" : "an object";
    case Json::value_t::array:
      return value.empty() ? "an empty array" : fmt::format("an array of {}", value.size());
    default:
      return "an unsupported value";
  }
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours ("valeu" for "value") each count one, ignoring case.
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  auto same = [](char x, char y) { return std::tolower(x) == std::tolower(y); };
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  // One edit in a short word, about one in three in a longer one: "pie" is not a typo of "line".
  size_t best_distance = std::max<size_t>(1, word.size() / 3) + 1;
  std::string best;
  for (const auto& candidate : candidates) {
    size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

void Node::fail(const std::string& expected, const std::string& hint) const {
  fail_found(expected, describe_json(*value_), hint);
}

void Node::fail_found(const std::string& expected, const std::string& found,
                      const std::string& hint) const {
  throw InputError(doc_->locate(pointer_), expected, found, hint);
}

bool Node::has(const std::string& key) const {
  return value_->is_object() && value_->contains(key);
}

Node Node::required(const std::string& key) const {
  if (!value_->is_object()) fail(fmt::format("an object with \"{}\"", key));
  auto it = value_->find(key);
  if (it == value_->end()) fail_found(fmt::format("a \"{}\" key", key), "none");
  return Node(*doc_, *it, pointer_ + "/" + pointer_token(key));
}

std::optional<Node> Node::optional(const std::string& key) const {
  if (!value_->is_object()) fail("an object");
  auto it = value_->find(key);
  if (it == value_->end() || it->is_null()) return std::nullopt;
  return Node(*doc_, *it, pointer_ + "/" + pointer_token(key));
}

void Node::allow_only(std::initializer_list<std::string_view> allowed) const {
  if (!value_->is_object()) fail("an object");
  for (const auto& [key, child] : value_->items()) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::vector<std::string> names(allowed.begin(), allowed.end());
    std::string suggestion = closest_match(key, names);
    std::string child_pointer = pointer_ + "/" + pointer_token(key);
    std::string hint = suggestion.empty() ? "" : fmt::format("did you mean \"{}\"?", suggestion);
    throw InputError(doc_->locate(child_pointer, true), "one of the keys " + join(allowed),
                     fmt::format("\"{}\"", quote_for_message(key)), hint);
  }
}

std::vector<std::pair<std::string, Node>> Node::members() const {
  if (!value_->is_object()) fail("an object");
  std::vector<std::pair<std::string, Node>> result;
  for (const auto& [key, child] : value_->items())
    result.emplace_back(key, Node(*doc_, child, pointer_ + "/" + pointer_token(key)));
  return result;
}

std::vector<Node> Node::elements() const {
  if (!value_->is_array()) fail("an array");
  std::vector<Node> result;
  for (size_t i = 0; i < value_->size(); ++i)
    result.emplace_back(*doc_, (*value_)[i], pointer_ + "/" + std::to_string(i));
  return result;
}

std::string Node::as_string() const {
  if (!value_->is_string()) fail("a string");
  return value_->get<std::string>();
}

std::string Node::as_nonempty_string() const {
  std::string text = as_string();
  if (text.find_first_not_of(" \t\n") == std::string::npos) fail("a non-empty string");
  return text;
}

double Node::as_number() const {
  if (!value_->is_number()) fail("a number");
  return value_->get<double>();
}

double Node::as_number_in(double min, double max) const {
  double number = as_number();
  if (!(number >= min && number <= max)) fail(fmt::format("a number from {} to {}", min, max));
  return number;
}

int Node::as_int_in(int min, int max) const {
  double number = as_number();
  if (number != std::floor(number) || number < min || number > max)
    fail(fmt::format("a whole number from {} to {}", min, max));
  return static_cast<int>(number);
}

bool Node::as_bool() const {
  if (!value_->is_boolean()) fail("true or false");
  return value_->get<bool>();
}

std::string Node::as_enum(std::initializer_list<std::string_view> choices) const {
  return as_enum(std::vector<std::string_view>(choices));
}

std::string Node::as_enum(const std::vector<std::string_view>& choices) const {
  std::vector<std::string> names(choices.begin(), choices.end());
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += (i + 1 == names.size()) ? " or " : ", ";
    list += "\"" + names[i] + "\"";
  }
  if (!value_->is_string()) fail(list);
  std::string text = value_->get<std::string>();
  if (std::find(choices.begin(), choices.end(), text) != choices.end()) return text;
  std::string suggestion = closest_match(text, names);
  fail(list, suggestion.empty() ? "" : fmt::format("did you mean \"{}\"?", suggestion));
}

std::string Node::string_or(const std::string& key, std::string fallback) const {
  auto child = optional(key);
  return child ? child->as_string() : std::move(fallback);
}

double Node::number_or(const std::string& key, double fallback) const {
  auto child = optional(key);
  return child ? child->as_number() : fallback;
}

}  // namespace folio::spec
