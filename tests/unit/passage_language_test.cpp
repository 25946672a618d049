// The language a tagged PDF gives a passage from its script: one that names its language, in a
// document written in another.
#include "text/passage_language.h"

#include <gtest/gtest.h>

namespace folio::text {
namespace {

TEST(PassageLanguage, AScriptOfOneLanguageNamesIt) {
  EXPECT_EQ(passage_language("대한민국과 캄보디아 왕국", "en"), "ko");
  EXPECT_EQ(passage_language("សាធារណរដ្ឋកូរ៉េ និងព្រះរាជាណាចក្រកម្ពុជា", "en"), "km");
  EXPECT_EQ(passage_language("ສາທາລະນະລັດ ປະຊາທິປະໄຕ", "ko"), "lo");
  EXPECT_EQ(passage_language("ประเทศไทย 2024", "en"), "th");      // digits join the run
  EXPECT_EQ(passage_language("日本の政府開発援助", "en"), "ja");  // kana with Han
}

TEST(PassageLanguage, TheDocumentsOwnOrASharedScriptGetsNone) {
  EXPECT_EQ(passage_language("대한민국", "ko-KR"), "");
  EXPECT_EQ(passage_language("Republic of Korea", "ko"), "");  // Latin: which language?
  EXPECT_EQ(passage_language("中华人民共和国", "en"), "");     // Han alone: zh or ja?
  EXPECT_EQ(passage_language("Россия", "en"), "");
  EXPECT_EQ(passage_language("Korea (대한민국)", "en"), "");  // mixed: the passage is English
  EXPECT_EQ(passage_language("2024", "en"), "");
}

}  // namespace
}  // namespace folio::text
