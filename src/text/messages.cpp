#include "text/messages.h"

#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/msgfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "model/embedded_styles.h"
#include "text/language_tags.h"

namespace folio::text {
namespace {

using Catalogue = std::map<std::string, std::map<std::string, std::string>>;

const Catalogue& catalogue() {
  static const Catalogue messages = [] {
    for (const auto& style : model::embedded_styles()) {
      if (style.name != "messages") continue;
      Catalogue parsed;
      const nlohmann::json json = nlohmann::json::parse(style.json);
      for (const auto& [language, entries] : json.items())
        if (entries.is_object())
          for (const auto& [id, text] : entries.items())
            parsed[language][id] = text.get<std::string>();
      return parsed;
    }
    throw std::logic_error("styles/messages.json is missing from the build");
  }();
  return messages;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<std::string> message_ids() {
  std::vector<std::string> ids;
  for (const auto& [id, text] : catalogue().at("en")) ids.push_back(id);
  return ids;
}

std::string message_pattern_error(const std::string& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where;
  icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), icu::Locale::getRoot(), where,
                            status);
  return U_SUCCESS(status) ? "" : u_errorName(status);
}

Messages Messages::for_language(const std::string& language,
                                const std::map<std::string, std::string>& overrides) {
  // Every chart and table starts with English and takes its language when resolved: the
  // catalogue's messages for a language are merged once per thread, not once per chart.
  thread_local std::map<std::string, Messages> catalogue_only;
  std::string tag = language.empty() ? "en" : language;
  auto cached = catalogue_only.find(tag);
  if (cached == catalogue_only.end()) {
    Messages messages;
    messages.language_ = tag;
    const std::string* known = best_language_key(tag, catalogue());
    messages.has_language_ = known != nullptr;
    auto entries = std::make_shared<std::map<std::string, std::string>>(catalogue().at("en"));
    if (known)
      for (const auto& [id, text] : catalogue().at(*known)) (*entries)[id] = text;
    messages.messages_ = std::move(entries);
    cached = catalogue_only.emplace(tag, std::move(messages)).first;
  }
  if (overrides.empty()) return cached->second;
  Messages messages = cached->second;
  auto entries = std::make_shared<std::map<std::string, std::string>>(*messages.messages_);
  for (const auto& [id, text] : overrides) (*entries)[id] = text;
  messages.messages_ = std::move(entries);
  return messages;
}

std::string Messages::format(const std::string& id,
                             const std::vector<std::pair<std::string, Argument>>& arguments) const {
  auto found = messages_->find(id);
  if (found == messages_->end()) throw std::logic_error("no message \"" + id + "\"");
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(language_, status);
  status = U_ZERO_ERROR;
  UParseError where;
  icu::MessageFormat format(icu::UnicodeString::fromUTF8(found->second), locale, where, status);
  if (U_FAILURE(status)) return found->second;  // overrides are checked when parsed
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& [name, value] : arguments) {
    names.push_back(icu::UnicodeString::fromUTF8(name));
    if (const auto* text = std::get_if<std::string>(&value))
      values.emplace_back(icu::UnicodeString::fromUTF8(*text));
    else
      values.emplace_back(std::get<double>(value));
  }
  icu::UnicodeString out;
  format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), out, status);
  return U_SUCCESS(status) ? to_utf8(out) : found->second;
}

std::string Messages::cover_date(const std::string& iso) const {
  if (iso.size() != 10) return iso;
  int year = std::stoi(iso.substr(0, 4)), month = std::stoi(iso.substr(5, 2)),
      day = std::stoi(iso.substr(8, 2));
  std::string pattern = messages_->at("coverDate");
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(language_, status);
  status = U_ZERO_ERROR;
  icu::UnicodeString icu_pattern;
  if (pattern.rfind("::", 0) == 0) {
    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(locale, status));
    if (U_FAILURE(status)) return iso;
    icu_pattern =
        generator->getBestPattern(icu::UnicodeString::fromUTF8(pattern.substr(2)), status);
  } else {
    icu_pattern = icu::UnicodeString::fromUTF8(pattern);
  }
  icu::SimpleDateFormat format(icu_pattern, locale, status);
  // The date is a calendar day, not an instant: formatted in UTC whatever TZ says.
  const icu::TimeZone* utc = icu::TimeZone::getGMT();
  format.setTimeZone(*utc);
  icu::GregorianCalendar calendar(*utc, status);
  calendar.clear();
  calendar.set(year, month - 1, day);
  UDate date = calendar.getTime(status);
  if (U_FAILURE(status)) return iso;
  icu::UnicodeString out;
  format.format(date, out);
  return to_utf8(out);
}

}  // namespace folio::text
