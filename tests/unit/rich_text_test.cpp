#include "text/rich_text.h"

#include <gtest/gtest.h>

namespace folio::text {
namespace {

std::string spans_of(const RichText& rich) {
  std::string out;
  for (const auto& span : rich.spans) {
    static const char* names[] = {"bold", "italic", "link", "note"};
    out += std::string(names[span.kind]) + "[" +
           rich.text.substr(span.start, span.end - span.start) + "]";
    if (!span.target.empty()) out += "(" + span.target + ")";
    out += " ";
  }
  return out;
}

TEST(InlineMarkdown, BoldItalicAndLinks) {
  auto rich = parse_inline_markdown(
      "Trade grew **twentyfold**, *mostly* [since 1997](https://example.org/a).");
  EXPECT_EQ(rich.text, "Trade grew twentyfold, mostly since 1997.");
  EXPECT_EQ(spans_of(rich),
            "bold[twentyfold] italic[mostly] link[since 1997](https://example.org/a) ");
}

TEST(InlineMarkdown, NestedStylesAndUnderscores) {
  auto rich = parse_inline_markdown("**bold _and italic_** end");
  EXPECT_EQ(rich.text, "bold and italic end");
  EXPECT_EQ(spans_of(rich), "italic[and italic] bold[bold and italic] ");
}

TEST(InlineMarkdown, FootnotesAreNumberedAndGluedToTheirWord) {
  auto rich = parse_inline_markdown("First^[One.] and second^[Two, with *style*.]", 4);
  EXPECT_EQ(rich.text, "First\u20604 and second\u20605");
  EXPECT_EQ(spans_of(rich), "note[4](One.) note[5](Two, with *style*.) ");
}

TEST(InlineMarkdown, LiteralCharactersStayLiteral) {
  EXPECT_EQ(parse_inline_markdown("2 * 3 * 4").text, "2 * 3 * 4");
  EXPECT_EQ(parse_inline_markdown("an *unclosed emphasis").text, "an *unclosed emphasis");
  EXPECT_EQ(parse_inline_markdown("\\*not italic\\* and \\[not a link\\](x)").text,
            "*not italic* and [not a link](x)");
  EXPECT_EQ(parse_inline_markdown("[no target]").text, "[no target]");
  EXPECT_EQ(parse_inline_markdown("<b>markup</b> & more").text, "<b>markup</b> & more");
  EXPECT_TRUE(parse_inline_markdown("<b>markup</b>").spans.empty());
}

TEST(InlineMarkdown, SliceClipsSpans) {
  auto rich = parse_inline_markdown("aa **bbbb** cc");
  auto part = rich.slice(4, 10);
  EXPECT_EQ(part.text, "bbb cc");
  EXPECT_EQ(spans_of(part), "bold[bbb] ");
}

}  // namespace
}  // namespace folio::text
