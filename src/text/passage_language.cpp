#include "text/passage_language.h"

#include <map>
#include <set>

#include "text/script_runs.h"

namespace folio::text {

std::string passage_language(const std::string& text, const std::string& document_language) {
  static const std::map<std::string, std::string> kLanguageOfScript = {
      {"Hangul", "ko"},   {"Khmer", "km"},    {"Lao", "lo"},      {"Thai", "th"},
      {"Myanmar", "my"},  {"Hebrew", "he"},   {"Greek", "el"},    {"Georgian", "ka"},
      {"Armenian", "hy"}, {"Hiragana", "ja"}, {"Katakana", "ja"}, {"Sinhala", "si"},
      {"Ethiopic", "am"}, {"Tibetan", "bo"}};
  std::set<std::string> scripts;
  for (const auto& run : script_runs(text))
    if (run.script != "Common" && run.script != "Inherited") scripts.insert(run.script);
  // Japanese mixes kana with Han.
  if (scripts.count("Han") && (scripts.count("Hiragana") || scripts.count("Katakana")))
    scripts.erase("Han");
  if (scripts.count("Hiragana") && scripts.count("Katakana")) scripts.erase("Katakana");
  if (scripts.size() != 1) return "";
  auto found = kLanguageOfScript.find(*scripts.begin());
  if (found == kLanguageOfScript.end()) return "";
  std::string primary = document_language.substr(0, document_language.find_first_of("-_"));
  return found->second == primary ? "" : found->second;
}

}  // namespace folio::text
