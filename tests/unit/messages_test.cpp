// folio's own words come from the catalogue in the document's language.
#include "text/messages.h"

#include <gtest/gtest.h>

namespace folio::text {
namespace {

TEST(Messages, EveryLanguageHasEveryMessageAndFormatsIt) {
  for (const char* language : {"en", "ko", "km", "lo", "fr", "zh", "zh-Hant", "ja"}) {
    auto messages = Messages::for_language(language);
    EXPECT_TRUE(messages.has_language()) << language;
    for (const auto& id : message_ids()) {
      if (id == "coverDate") continue;
      std::string text = messages.format(id, {{"number", 3.0},
                                              {"source", std::string("KITA")},
                                              {"page", std::string("2")},
                                              {"pages", std::string("5")},
                                              {"slide", std::string("3")},
                                              {"slides", std::string("7")},
                                              {"count", 4.0}});
      EXPECT_FALSE(text.empty()) << language << " " << id;
      EXPECT_EQ(text.find('{'), std::string::npos) << language << " " << id << ": " << text;
    }
  }
}

TEST(Messages, PagesFiguresAndSourcesInTheirLanguage) {
  auto page = [](const char* language) {
    return Messages::for_language(language).format(
        "page", {{"page", std::string("2")}, {"pages", std::string("5")}});
  };
  EXPECT_EQ(page("en"), "Page 2 of 5");
  EXPECT_EQ(page("ko"), "2 / 5쪽");
  EXPECT_EQ(page("fr"), "Page 2 sur 5");
  EXPECT_EQ(page("zh"), "第2页，共5页");
  EXPECT_EQ(page("zh-TW"), "第2頁，共5頁");  // Taiwan writes traditional characters
  EXPECT_EQ(Messages::for_language("ja").format("figure", {{"number", 3.0}}), "図3");
  EXPECT_EQ(Messages::for_language("km").format("source", {{"source", std::string("CDC")}}),
            "ប្រភព៖ CDC");
  EXPECT_EQ(Messages::for_language("fr").format("source", {{"source", std::string("OCDE")}}),
            "Source\u202f: OCDE");
}

TEST(Messages, PluralsFollowTheLanguage) {
  auto en = Messages::for_language("en");
  EXPECT_EQ(en.format("moreRows", {{"count", 1.0}}), "… and 1 more row");
  EXPECT_EQ(en.format("moreRows", {{"count", 12.0}}), "… and 12 more rows");
  auto fr = Messages::for_language("fr");
  EXPECT_EQ(fr.format("moreRows", {{"count", 1.0}}), "… et 1 autre ligne");
  EXPECT_EQ(fr.format("moreRows", {{"count", 3.0}}), "… et 3 autres lignes");
  EXPECT_EQ(Messages::for_language("ko").format("moreRows", {{"count", 3.0}}), "… 외 3개 행");
}

TEST(Messages, CoverDatesInEachLanguagesOwnForm) {
  EXPECT_EQ(Messages::for_language("en").cover_date("2024-07-01"), "1 July 2024");
  EXPECT_EQ(Messages::for_language("ko").cover_date("2024-07-01"), "2024년 7월 1일");
  EXPECT_EQ(Messages::for_language("fr").cover_date("2024-07-01"), "1 juillet 2024");
  EXPECT_EQ(Messages::for_language("ja").cover_date("2024-07-01"), "2024年7月1日");
  EXPECT_EQ(Messages::for_language("zh").cover_date("2024-07-01"), "2024年7月1日");
  EXPECT_NE(Messages::for_language("km").cover_date("2024-07-01").find("2024"), std::string::npos);
  EXPECT_NE(Messages::for_language("lo").cover_date("2024-07-01").find("2024"), std::string::npos);
}

TEST(Messages, AnUnknownLanguageFallsBackToEnglishAndADocumentOverrides) {
  auto unknown = Messages::for_language("tlh");
  EXPECT_FALSE(unknown.has_language());
  EXPECT_EQ(unknown.format("contents"), "Contents");
  auto overridden = Messages::for_language("ko", {{"contents", "차례"}});
  EXPECT_EQ(overridden.format("contents"), "차례");
  EXPECT_EQ(overridden.format("data"), "데이터");
  EXPECT_EQ(message_pattern_error("{count, plural, one {#} other {#}}"), "");
  EXPECT_NE(message_pattern_error("{count, plural, one {#}"), "");
}

}  // namespace
}  // namespace folio::text
