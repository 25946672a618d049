#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/errors.h"
#include "spec/json_document.h"
#include "spec/parse.h"

namespace folio::testing {

// The one-line message an input error produces, or "no error".
template <typename F>
std::string error_of(F&& action) {
  try {
    action();
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

inline spec::Document parse_text(const std::string& json, const std::string& name = "doc.json") {
  auto doc = std::make_shared<spec::JsonDocument>(spec::JsonDocument::parse(json, name));
  return spec::parse_document(doc);
}

}  // namespace folio::testing
