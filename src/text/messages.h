#pragma once
// Every word folio itself writes on a page ("Contents", "Figure 3", "Page 2 of 5", the cover
// date), from the message catalogue styles/messages.json in the text's language, through ICU
// MessageFormat for plurals and placeholders. A document may override any message.
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace folio::text {

class Messages {
 public:
  using Argument = std::variant<std::string, double>;

  // The catalogue's messages for a BCP 47 tag (the tag itself, its language and script by
  // ICU's likely subtags, its language), English where the catalogue has no such language;
  // `overrides` replace messages by id (checked by check_message_overrides).
  static Messages for_language(const std::string& language,
                               const std::map<std::string, std::string>& overrides = {});
  // Whether the catalogue has the language (else English stands in).
  bool has_language() const { return has_language_; }
  const std::string& language() const { return language_; }

  std::string format(const std::string& id,
                     const std::vector<std::pair<std::string, Argument>>& arguments = {}) const;
  // An ISO date (YYYY-MM-DD) written as the language writes a date on a title page.
  std::string cover_date(const std::string& iso_date) const;

 private:
  std::string language_ = "en";
  bool has_language_ = true;
  std::shared_ptr<const std::map<std::string, std::string>> messages_;
};

// The ids a document may override, for its checks and did-you-mean.
std::vector<std::string> message_ids();
// Empty when `pattern` is a valid MessageFormat pattern, else ICU's reason.
std::string message_pattern_error(const std::string& pattern);

}  // namespace folio::text
