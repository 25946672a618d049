// Lines break where each script's readers expect: Korean between words (keep-all), Khmer, Lao,
// Myanmar and Thai between dictionary words, Chinese and Japanese never before closing or after
// opening punctuation. Checked at many widths, on the lines Pango actually made.
#include "text/line_breaks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "model/theme.h"
#include "text/shaped_text.h"

namespace folio::text {
namespace {

// The lines a text breaks into at `width`.
std::vector<std::string> lines_at(const std::string& text, const std::string& language,
                                  double width) {
  auto theme = model::load_theme("briefing").in_language(language);
  auto shaped = shape_text(text, theme.text(model::TextRole::body), {width});
  auto boxes = shaped->lines();
  std::vector<std::string> lines;
  for (size_t i = 0; i < boxes.size(); ++i) {
    size_t start = static_cast<size_t>(boxes[i].start_byte);
    size_t end = i + 1 < boxes.size() ? static_cast<size_t>(boxes[i + 1].start_byte) : text.size();
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

// Breaks only between the given words: every line is a run of whole words.
void expect_breaks_between(const std::vector<std::string>& words, const std::string& language) {
  std::string text;
  std::set<size_t> boundaries = {0};
  for (const auto& word : words) boundaries.insert((text += word).size());
  // From the width of the widest word up: a narrower line must break inside some word.
  auto theme = model::load_theme("briefing").in_language(language);
  double widest = 0;
  for (const auto& word : words)
    widest = std::max(widest, shape_text(word, theme.text(model::TextRole::body))->size().width);
  for (double width = std::ceil(widest) + 1; width <= 240; width += 9) {
    size_t at = 0;
    for (const auto& line : lines_at(text, language, width)) {
      EXPECT_TRUE(boundaries.count(at))
          << language << " at " << width << " pt breaks inside a word: " << text.substr(0, at)
          << " | " << line;
      at += line.size();
    }
    EXPECT_EQ(at, text.size());
  }
}

TEST(LineBreaks, KoreanKeepsWordsWhole) {
  std::string text =
      "한국과 캄보디아의 교역은 2019년에 10억 달러에 이르렀고, 자료는 무역협회의 통계이다.";
  for (const char* language : {"ko", "en"})  // Hangul is Korean whatever the document says
    for (double width = 60; width <= 260; width += 11) {
      auto lines = lines_at(text, language, width);
      for (size_t i = 1; i < lines.size(); ++i) {
        char last = lines[i - 1].back();
        EXPECT_TRUE(last == ' ' || last == ',') << width << " pt: \"" << lines[i - 1] << "\"";
      }
    }
}

TEST(LineBreaks, AKoreanWordWiderThanTheLineStillBreaks) {
  auto lines = lines_at("대한민국캄보디아왕국경제협력위원회공동성명서 그리고 자료는", "ko", 60);
  EXPECT_GT(lines.size(), 3u);
  EXPECT_EQ(lines.back(), "자료는");  // the words after it are still kept whole
  EXPECT_EQ(lines[lines.size() - 2], "그리고 ");
}

TEST(LineBreaks, LaoBreaksBetweenDictionaryWords) {
  expect_breaks_between({"ສາທາລະນະລັດ", "ປະຊາທິປະໄຕ", "ປະຊາຊົນ", "ລາວ"}, "lo");
}

TEST(LineBreaks, KhmerBreaksBetweenDictionaryWords) {
  expect_breaks_between({"ព្រះរាជាណាចក្រ", "កម្ពុជា", "និង", "សាធារណរដ្ឋ", "កូរ៉េ"}, "km");
}

TEST(LineBreaks, ThaiBreaksBetweenDictionaryWords) {
  expect_breaks_between({"ราชอาณาจักร", "ไทย", "และ", "สาธารณรัฐ", "เกาหลี"}, "th");
}

TEST(LineBreaks, ChineseAndJapaneseKeepPunctuationWithItsText) {
  const std::string closing = "」、。）！？", opening = "「（";
  for (auto [text, language] :
       {std::pair<std::string, std::string>{
            "日本国外務省とカンボジア王国政府は、「協力」について合意した。", "ja"},
        {"中华人民共和国外交部（北京）表示，双方将继续合作。", "zh"}}) {
    for (double width = 30; width <= 200; width += 7) {
      auto lines = lines_at(text, language, width);
      for (size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) {
          std::string first = lines[i].substr(0, 3);  // one CJK character in UTF-8
          EXPECT_EQ(closing.find(first), std::string::npos) << width << ": " << lines[i];
          EXPECT_NE(first, "，");
        }
        if (i + 1 < lines.size() && lines[i].size() >= 3) {
          EXPECT_EQ(opening.find(lines[i].substr(lines[i].size() - 3)), std::string::npos)
              << width << ": " << lines[i];
        }
      }
    }
  }
}

TEST(LineBreaks, OffsetsMapBackToTheOriginalText) {
  auto plan = plan_line_breaks("ສາທາລະນະລັດປະຊາທິປະໄຕ and more", "lo");
  ASSERT_EQ(plan.insertions.size(), 1u);
  size_t at = plan.insertions[0];
  EXPECT_EQ(plan.text.substr(at, 3), "\u200B");
  EXPECT_EQ(plan.shaped_offset(at), at + 3);
  EXPECT_EQ(plan.original_offset(at + 3), at);
  EXPECT_EQ(plan.original_offset(at + 1), at);  // inside the inserted space
  EXPECT_EQ(plan.original_offset(plan.text.size()), plan.text.size() - 3);
  EXPECT_EQ(plan_line_breaks("Plain Latin text", "en").text, "Plain Latin text");
}

}  // namespace
}  // namespace folio::text
