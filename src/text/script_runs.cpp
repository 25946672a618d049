#include "text/script_runs.h"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace folio::text {

// A run spans from the first to the last character of its script: spaces and punctuation
// between them join it, those before or after it (a number after a Korean sentence) do not.
std::vector<ScriptRun> script_runs(const std::string& text) {
  std::vector<ScriptRun> runs;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto size = static_cast<int32_t>(text.size());
  UScriptCode current = USCRIPT_COMMON;
  size_t start = 0, last_end = 0;
  for (int32_t i = 0; i < size;) {
    int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, size, c);
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON) continue;
    if (script == USCRIPT_INHERITED || script == current) {  // marks belong to their base
      last_end = static_cast<size_t>(i);
      continue;
    }
    if (current != USCRIPT_COMMON) runs.push_back({start, last_end, uscript_getName(current)});
    current = script;
    start = static_cast<size_t>(at);
    last_end = static_cast<size_t>(i);
  }
  if (current != USCRIPT_COMMON) runs.push_back({start, last_end, uscript_getName(current)});
  return runs;
}

}  // namespace folio::text
