// Text copied out of folio's PDFs equals the text written, in the readers users copy from:
// poppler (pdftotext, which reads /ActualText) and MuPDF (mutool, which reads only the ToUnicode
// maps, so each glyph must carry its own share of a reordered or multi-glyph cluster).
#include <nlohmann/json.hpp>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

struct Sample {
  const char* script;
  const char* text;  // one line at the body size: line breaks would read as spaces
};

const Sample kSamples[] = {
    {"Latin", "Trade grew by 12.5% in 2023 – office, affluent, “quoted”."},
    {"Vietnamese", "Thương mại giữa hai nước tăng trưởng mạnh."},
    {"Greek", "Η Ελλάδα και η Κορέα υπέγραψαν συμφωνία."},
    {"Cyrillic", "Торговля между странами выросла на 12%."},
    {"Hangul", "한국과 캄보디아는 1997년 외교 관계를 재개하였다."},
    {"Chinese", "中韩两国贸易持续增长。"},
    {"Japanese", "日本と韓国の貿易は増えている。"},
    {"Khmer", "ព្រះរាជាណាចក្រកម្ពុជា និងកូរ៉េ ឡើងវិញនៅឆ្នាំ១៩៩៧។ សៀវភៅ ការរៀន ពឿង កោះ"},
    {"Lao", "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ"},
    {"Thai", "ราชอาณาจักรไทยมีความสัมพันธ์ทางการทูตที่ดี น้ำ"},
    {"Myanmar", "မြန်မာနိုင်ငံနှင့် ကိုရီးယားသမ္မတနိုင်ငံ"},
    {"Devanagari", "भारत और कोरिया गणराज्य के बीच व्यापार बढ़ रहा है।"},
};

class TextExtraction : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir("text-extraction");
    nlohmann::json blocks = nlohmann::json::array();
    for (const Sample& sample : kSamples)
      blocks.push_back({{"type", "paragraph"}, {"text", sample.text}});
    nlohmann::json document = {
        {"folio", 1}, {"meta", {{"title", "Extraction"}, {"language", "en"}}}, {"blocks", blocks}};
    std::ofstream(dir_->path / "scripts.json") << document.dump();
    auto result = run(folio("render " + shell_quote((dir_->path / "scripts.json").string()) +
                            " --format pdf --out " + shell_quote(dir_->path.string())));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::string pdf = shell_quote((dir_->path / "scripts.pdf").string());
    poppler_ = new std::string(squeeze(run("pdftotext " + pdf + " -").out));
    mupdf_ = new std::string(squeeze(run("mutool draw -F txt -o - " + pdf).out));
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete poppler_;
    delete mupdf_;
  }
  static ScratchDir* dir_;
  static std::string* poppler_;
  static std::string* mupdf_;
};

ScratchDir* TextExtraction::dir_ = nullptr;
std::string* TextExtraction::poppler_ = nullptr;
std::string* TextExtraction::mupdf_ = nullptr;

TEST_F(TextExtraction, EveryScriptCopiesAsWritten) {
  for (const Sample& sample : kSamples) {
    SCOPED_TRACE(sample.script);
    std::string text = squeeze(sample.text);
    EXPECT_NE(poppler_->find(text), std::string::npos) << "pdftotext gave: " << *poppler_;
    EXPECT_NE(mupdf_->find(text), std::string::npos) << "mutool gave: " << *mupdf_;
  }
}

}  // namespace
}  // namespace folio::e2e
