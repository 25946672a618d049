#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/errors.h"

namespace folio {

// The input errors of a document found by `folio check`, which reports every one it can
// rather than stopping at the first. Each error is kept once, in the order found.
class ErrorCollector {
 public:
  void add(const InputError& error) {
    if (seen_.insert(error.what()).second) errors_.push_back(error);
  }
  const std::vector<InputError>& errors() const { return errors_; }
  bool empty() const { return errors_.empty(); }

 private:
  std::vector<InputError> errors_;
  std::set<std::string> seen_;
};

// Runs one independent part of a check. With a collector, an InputError the part throws is
// kept and false returned, so that the caller goes on with the next part; without one (an
// ordinary render), the error escapes as it always did.
template <typename Step>
bool attempt(ErrorCollector* errors, Step&& step) {
  if (!errors) {
    std::forward<Step>(step)();
    return true;
  }
  try {
    std::forward<Step>(step)();
    return true;
  } catch (const InputError& error) {
    errors->add(error);
    return false;
  }
}

}  // namespace folio
