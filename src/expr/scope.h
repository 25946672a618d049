#pragma once
// The names an expression can use: the document's datasets, its parameters and its named
// values, and the locale that formatting filters write in.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/errors.h"
#include "expr/value.h"
#include "model/dataset.h"

namespace folio::expr {

// Where byte `offset` of an expression's text is in the file: for error messages.
using Locator = std::function<SourceLocation(size_t offset)>;

class Scope {
 public:
  explicit Scope(std::string locale) : locale_(std::move(locale)) {}

  // The dataset under its own name, or under `name` when one is given.
  void add_dataset(const model::Dataset& dataset, const std::string& name = "") {
    datasets_[name.empty() ? dataset.name : name] = &dataset;
  }
  void add_param(const std::string& name, Value value) { params_[name] = std::move(value); }
  // A named value ("values": {"ratio": "..."}): evaluated the first time it is used, once.
  void add_value(const std::string& name, std::string source, Locator locate);

  const std::string& locale() const { return locale_; }
  // The same names, writing in another locale (a chart with its own language).
  Scope with_locale(const std::string& locale) const;

  // The dataset, parameter or value of that name; nullopt when there is none.
  std::optional<Value> find(const std::string& name) const;
  std::vector<std::string> names() const;

 private:
  struct Named {
    std::string source;
    Locator locate;
    std::optional<Value> value;
    bool evaluating = false;
  };
  std::string locale_;
  std::map<std::string, const model::Dataset*> datasets_;
  std::map<std::string, Value> params_;
  std::shared_ptr<std::map<std::string, Named>> values_ = std::make_shared<std::map<std::string, Named>>();
};

}  // namespace folio::expr
