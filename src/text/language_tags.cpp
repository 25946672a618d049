#include "text/language_tags.h"

#include <unicode/locid.h>

namespace folio::text {

std::vector<std::string> language_fallbacks(const std::string& tag) {
  std::vector<std::string> candidates = {tag};
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
  if (U_FAILURE(status)) return candidates;
  locale.addLikelySubtags(status);
  if (U_FAILURE(status)) return candidates;
  std::string language = locale.getLanguage(), script = locale.getScript();
  if (!script.empty()) candidates.push_back(language + "-" + script);
  candidates.push_back(language);
  return candidates;
}

}  // namespace folio::text
