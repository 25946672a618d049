#pragma once
// A text cut into runs of one script (spaces, digits and punctuation join the run they are in),
// so that a theme can give a script its own fonts.
#include <string>
#include <vector>

namespace folio::text {

struct ScriptRun {
  size_t start = 0, end = 0;  // bytes
  std::string script;         // ICU's long name: "Hangul", "Latin", "Han", "Khmer"
};

std::vector<ScriptRun> script_runs(const std::string& text);

}  // namespace folio::text
