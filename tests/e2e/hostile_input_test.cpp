// The hostile and extreme inputs of the input-safety issue, each run through the folio
// binary: exit 2, one printable line, no "internal error", nothing written, bounded time.
#include <sys/stat.h>

#include <chrono>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

struct Hostile {
  std::string name;
  std::string document;            // doc.json's bytes
  std::string options = "";        // after `render doc.json --out out`
  std::string expected_part = "";  // a piece of the one line
};

std::string repeated(const std::string& part, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += part;
  return text;
}

std::string chart_doc(const std::string& chart) {
  return R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "id": "c", )" + chart + "}]}";
}

std::string records(int count, const std::string& row) {
  std::string text = "[";
  for (int i = 0; i < count; ++i) {
    if (i) text += ',';
    text += fmt::format(fmt::runtime(row), i, 1900 + i % 200, i % 12 + 1);
  }
  return text + "]";
}

std::vector<Hostile> cases() {
  return {
      {"200,000 nested arrays", repeated("[", 200000) + repeated("]", 200000), "",
       "nested at most 256 deep"},
      {"200,000 nested objects", repeated("{\"a\":", 200000) + "1" + repeated("}", 200000), "",
       "nested at most 256 deep"},
      {"1e999 in the document",
       R"({"meta": {"title": "T"}, "page": {"margins": {"top": 1e999}}, "blocks": []})", "",
       "expected a number between -1.8e308 and 1.8e308"},
      {"-1e999 in a data file",
       R"({"meta": {"title": "T"}, "data": {"d": {"file": "minus.json"}}, "blocks": []})", "",
       "expected a number between -1.8e308 and 1.8e308"},
      {"a lone surrogate", R"({"meta": {"title": "\ud800"}, "blocks": []})", "",
       "found a lone \\ud800"},
      {"reversed surrogates", R"({"meta": {"title": "\udc00\ud800"}, "blocks": []})", "",
       "surrogate"},
      {"an escaped NUL", R"({"meta": {"title": "a\u0000b"}, "blocks": []})", "",
       "expected text without NUL characters"},
      {"invalid UTF-8", "{\"meta\": {\"title\": \"\xff\xfe\"}, \"blocks\": []}", "",
       "found the byte \\xff"},
      {"a duplicate key", R"({"meta": {"title": "T"}, "meta": {"title": "U"}, "blocks": []})", "",
       "meta"},
      {"a 400-digit margin",
       R"({"meta": {"title": "T"}, "page": {"margins": {"top": ")" + repeated("9", 400) +
           R"("}}, "blocks": []})",
       "", "expected a length"},
      {"margins larger than the page",
       R"({"meta": {"title": "T"}, "page": {"margins": {"top": "200mm", "bottom": "200mm"}}, "blocks": []})",
       "", "margins that leave at least 51 mm"},
      {"a donut whose parts sum past 1.8e308",
       chart_doc(
           R"("kind": "donut", "x": "k", "y": "v", "data": {"values": [{"k": "a", "v": 1.7e308}, {"k": "b", "v": 1.7e308}]})"),
       "", "1.8e308"},
      {"1e308 in millions",
       chart_doc(
           R"("kind": "bar", "x": "k", "y": {"field": "v", "format": {"magnitude": 1e6}}, "data": {"values": [{"k": "a", "v": 1e308}]})"),
       "", "below 1.8e308 when multiplied"},
      {"a 1000-part donut",
       chart_doc(R"("kind": "donut", "x": "k", "y": "v", "data": {"values": )" +
                 records(1000, R"({{"k": "part {0}", "v": 1}})") + "}"),
       "", "at most 100 parts"},
      {"a 10,000-event timeline",
       chart_doc(R"("kind": "timeline", "x": "d", "label": "k", "data": {"values": )" +
                 records(10000, R"({{"k": "event {0}", "d": "{1}-{2:02}"}})") + "}"),
       "", "at most 2000 events"},
      {"1000 facet panels",
       chart_doc(R"("kind": "bar", "x": "k", "y": "v", "facet": "f", "data": {"values": )" +
                 records(1000, R"({{"k": "a", "v": 1, "f": "panel {0}"}})") + "}"),
       "", "at most 100 values"},
      {"a 4000-pt chart at 1200 dpi",
       chart_doc(
           R"("kind": "bar", "x": "k", "y": "v", "height": 4000, "data": {"values": [{"k": "a", "v": 1}]})"),
       "--format png --dpi 1200", "over the limit of 32767 a side"},
      {"--dpi nan", R"({"meta": {"title": "T"}, "blocks": []})", "--dpi nan",
       "expected a resolution from 18 to 1200 dpi"},
      {"/dev/zero as a data file",
       R"({"meta": {"title": "T"}, "data": {"d": {"file": "/dev/zero", "format": "csv"}}, "blocks": []})",
       "--allow-path /dev", "which is a device"},
      {"/dev/urandom as a logo",
       R"({"meta": {"title": "T"}, "cover": {"logo": {"file": "/dev/urandom"}}, "blocks": []})",
       "--allow-path /dev", "which is a device"},
      {"a FIFO as an included chart",
       R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "include": "pipe.json"}]})", "",
       "which is a FIFO"},
      {"a loop of symbolic links",
       R"({"meta": {"title": "T"}, "data": {"d": {"file": "loop.json"}}, "blocks": []})", "",
       "a loop of symbolic links"},
      {"an absolute path outside",
       R"({"meta": {"title": "T"}, "data": {"d": {"file": "/etc/passwd", "format": "csv"}}, "blocks": []})",
       "", "which leads outside it"},
      {"a path leaving by ..",
       R"({"meta": {"title": "T"}, "data": {"d": {"file": "../secret.json"}}, "blocks": []})", "",
       "which leads outside it"},
      {"ESC and BEL in a file name",
       "{\"meta\": {\"title\": \"T\"}, \"data\": {\"d\": {\"file\": "
       "\"a\\u001b[31mred\\u0007.json\"}}, "
       "\"blocks\": []}",
       "", "\\x1b[31mred\\x07.json"},
      {"a PNG logo declaring 20000 × 20000 pixels",
       R"({"meta": {"title": "T"}, "cover": {"logo": {"file": "bomb.png"}}, "blocks": []})", "",
       "expected a PNG of at most 50 million pixels, found 20000 × 20000 pixels"},
      {"twenty million CSV rows",
       R"({"meta": {"title": "T"}, "data": {"d": {"file": "rows.csv"}}, "blocks": []})", "",
       "at most 10000000 rows"},
      {"a 5 MB paragraph",
       R"({"meta": {"title": "T"}, "blocks": [{"type": "paragraph", "text": ")" +
           repeated("word ", 1000000) + R"("}]})",
       "", "/blocks/0/text: expected a string of at most 1048576 bytes, found 5000000 bytes"},
      {"20,001 blocks",
       R"({"meta": {"title": "T"}, "blocks": [)" +
           repeated(R"({"type": "paragraph", "text": "P."}, )", 20000) +
           R"({"type": "paragraph", "text": "P."}]})",
       "", "/blocks/20000: expected at most 20000 blocks in a document"},
      {"1001 bars",
       chart_doc(R"("kind": "bar", "x": "k", "y": "v", "data": {"values": )" +
                 records(1001, R"({{"k": "bar {0}", "v": 1}})") + "}"),
       "", "expected at most 1000 bars in a bar chart, found 1001 bars"},
      {"a 60,000-row table",
       R"({"meta": {"title": "T"}, "data": {"t": {"values": )" + records(60000, R"({{"v": {0}}})") +
           R"(}}, "blocks": [{"type": "table", "data": "t", "columns": ["v"]}]})",
       "", "expected a table of at most 50000 rows, found 60000 rows"},
  };
}

bool printable(const std::string& line) {
  for (unsigned char c : line)
    if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
  return true;
}

TEST(HostileInput, EachIsOneClearLineExitTwoAndWritesNothing) {
  ScratchDir dir("hostile");
  auto folder = dir.path / "doc";
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "minus.json") << R"([{"k": "a", "v": -1e999}])";
  ASSERT_EQ(::mkfifo((folder / "pipe.json").c_str(), 0600), 0);
  std::filesystem::create_symlink("loop2.json", folder / "loop.json");
  std::filesystem::create_symlink("loop.json", folder / "loop2.json");
  std::ofstream(dir.path / "secret.json") << "[]";
  // A PNG's signature and header only: what it declares is refused before anything decodes.
  std::ofstream(folder / "bomb.png", std::ios::binary)
      << std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\x4e\x20\0\0\x4e\x20\x08\x06\0\0\0", 29);
  {
    std::ofstream csv(folder / "rows.csv");
    csv << "v\n";
    std::string lines;
    for (int i = 0; i < 1'000'000; ++i) lines += "1\n";
    for (int i = 0; i < 20; ++i) csv << lines;
  }
  for (const auto& hostile : cases()) {
    auto doc = folder / "doc.json";
    std::ofstream(doc, std::ios::binary | std::ios::trunc) << hostile.document;
    auto out = dir.path / "out";
    auto started = std::chrono::steady_clock::now();
    auto result = run("timeout 120 " + folio("render " + shell_quote(doc.string()) + " --out " +
                                             shell_quote(out.string()) + " " + hostile.options));
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    std::printf("%-40s exit %d, %6.0f ms: %s", hostile.name.c_str(), result.exit_code, ms,
                result.err.c_str());
    EXPECT_EQ(result.exit_code, 2) << hostile.name << ": " << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1)
        << hostile.name << ": " << result.err;
    EXPECT_TRUE(printable(result.err)) << hostile.name;
    EXPECT_EQ(result.err.find("internal error"), std::string::npos) << hostile.name;
    EXPECT_NE(result.err.find(hostile.expected_part), std::string::npos)
        << hostile.name << ": " << result.err;
    EXPECT_FALSE(std::filesystem::exists(out)) << hostile.name << " wrote outputs";
    std::filesystem::remove_all(out);
  }
}

}  // namespace
}  // namespace folio::e2e
