// Texts bound to data: the expression language, its formatting filters and its errors, seen
// through resolve_document as a user's document meets them.
#include "model/document.h"
#include "test_support.h"

namespace folio::model {
namespace {

using folio::testing::error_of;
using folio::testing::parse_text;

// A document with the sample's shape of data, a paragraph holding `text`, and named values.
std::string document_with(const std::string& text, const std::string& extra = "",
                          const std::string& language = "en") {
  return R"({"meta": {"title": "T", "language": ")" + language + R"("},)" + extra + R"(
  "data": {
    "trade": {"values": [
      {"year": 1997, "flow": "Two-way trade", "usd_m": 50},
      {"year": 2018, "flow": "Exports", "usd_m": 300},
      {"year": 2019, "flow": "Two-way trade", "usd_m": 1000},
      {"year": 2019, "flow": "Exports", "usd_m": null}
    ]},
    "fdi": {"values": [
      {"investor": "China", "usd_b": 12.5},
      {"investor": "Korea", "usd_b": 5.8},
      {"investor": "Japan", "usd_b": 3.1},
      {"investor": "Thailand", "usd_b": 5.8}
    ]}
  },
  "blocks": [{"type": "paragraph", "text": ")" +
         text + R"("}]})";
}

std::string rendered(const std::string& text, const std::string& extra = "",
                     const std::string& language = "en") {
  auto spec = parse_text(document_with(text, extra, language));
  auto document = resolve_document(spec);
  return std::get<spec::Paragraph>(document.blocks.at(0).content).text;
}

std::string failure(const std::string& text, const std::string& extra = "") {
  return error_of([&] { rendered(text, extra); });
}

TEST(Expressions, QuoteFieldsThroughFiltersAndAggregates) {
  EXPECT_EQ(rendered(R"(Trade reached {{ trade.usd_m | where(flow = \"Two-way trade\") | last | money(1e6) }} in {{ trade.year | max }}.)"),
            "Trade reached US$1 billion in 2019.");
  // In a sentence a round amount has no decimal; a tile or label keeps "US$1.0 billion".
  EXPECT_EQ(rendered(R"({{ 1000 | money(1e6, \"USD\", \"name\") }}; {{ 1234 | money(1e6, \"KRW\") }}; {{ 5.8 | money(1e9, \"USD\", \"code\") }})"),
            "1 billion US dollars; ₩1.2 billion; USD\u00a05.8 billion");
  EXPECT_EQ(rendered("{{ trade.usd_m | sum }} {{ trade.usd_m | mean }} {{ trade.usd_m | count }} "
                     "{{ trade | count }} {{ trade.usd_m | min }} {{ trade.usd_m | first }}"),
            "1,350 450 3 4 50 50");
  // last and first skip empty cells: the latest value reported.
  EXPECT_EQ(rendered(R"({{ trade.usd_m | where(flow = \"Exports\") | last }})"), "300");
  EXPECT_EQ(rendered(R"({{ trade | where(year >= 2000 and flow != \"Exports\") | count }})"), "1");
}

TEST(Expressions, LookUpRowsByKeyAndRankThem) {
  EXPECT_EQ(rendered(R"({{ fdi[\"Korea\"].usd_b | money(1e9) }})"), "US$5.8 billion");
  EXPECT_EQ(rendered(R"({{ fdi[\"Korea\"] | rank(usd_b) }} {{ fdi[\"Japan\"] | rank(usd_b) }} {{ fdi[\"Thailand\"] | rank(usd_b) }} {{ fdi[\"China\"] | rank(usd_b, \"ascending\") }})"),
            "2 4 2 4");
  EXPECT_EQ(rendered(R"({{ fdi | find(usd_b < 4) | rank(usd_b) }})"), "4");
}

TEST(Expressions, ComputeWithArithmeticAndNamedValues) {
  std::string values =
      R"j("values": {"growth": "(trade.usd_m | last) / (trade.usd_m | first)", "twice": "{{ growth * 2 }}"},)j";
  EXPECT_EQ(rendered("{{ growth | fixed(0) }}-fold, {{ twice }}, {{ growth | spellout }}fold, "
                     "{{ (growth - 15) % 3 }}, {{ -growth + 1 }}",
                     values),
            "20-fold, 40, twentyfold, 2, -19");
  EXPECT_EQ(rendered(R"({{ if(growth > 1, \"more\", \"less\") }} {{ (growth < 1) | if(1, 2) }})", values),
            "more 2");
}

TEST(Expressions, FormatInTheDocumentLanguage) {
  EXPECT_EQ(rendered(R"({{ trade.usd_m | sum | money(1e6) }} {{ 0.125 | percent(1) }} {{ 5800000 | compact }} {{ fdi[\"Korea\"] | rank(usd_b) | ordinal }} {{ \"2019-03\" | date }} {{ 2 | spellout_ordinal }})"),
            "US$1.4 billion 12.5% 5.8M 2nd Mar 2019 second");
  EXPECT_EQ(rendered(R"({{ trade.usd_m | sum | money(1e6) }} {{ 5800000 | compact }} {{ \"2019-03\" | date }} {{ 1234.5 }})", "", "ko"),
            "US$13.5억 580만 2019년 3월 1,234.5");
  EXPECT_EQ(rendered(R"({{ 1234.5 | number(2) }} {{ 2019 | year }})", "", "de"), "1.234,50 2019");
}

TEST(Expressions, PluralsGoThroughMessageFormat) {
  const char* pattern = R"(message(\"{n, plural, one {# visit} other {# visits}}\"))";
  EXPECT_EQ(rendered(std::string("{{ 1 | ") + pattern + " }}; {{ 6 | " + pattern + " }}"),
            "1 visit; 6 visits");
}

TEST(Expressions, InsertQuotedTextAsTextNotMarkup) {
  // The paragraph's own Markdown still works; the inserted "*x*" is escaped, so it stays.
  EXPECT_EQ(rendered(R"(**Bold** {{ \"*x* [a](b)\" }})"), R"(**Bold** \*x\* \[a\]\(b\))");
}

TEST(Expressions, ParametersHaveDefaultsAndCanBeSet) {
  std::string params = R"("params": {"country": "KHM", "latest": 2019},)";
  EXPECT_EQ(rendered("{{ country }} {{ trade.usd_m | where(year = latest) | count }}", params),
            "KHM 1");
  // Inside where(...), a row's fields come before the document's names.
  EXPECT_EQ(rendered("{{ trade | where(year = 2019) | count }}", R"("params": {"year": 1},)"),
            "2");
  auto spec = parse_text(document_with("{{ country }}", params));
  auto document = resolve_document(spec, {.params = {{"country", "LAO"}}});
  EXPECT_EQ(std::get<spec::Paragraph>(document.blocks.at(0).content).text, "LAO");
  try {
    resolve_document(spec, {.params = {{"contry", "LAO"}}});
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_STREQ(e.what(),
                 "--param: expected a parameter the document declares (country, latest), found "
                 "\"contry\" (did you mean \"country\"?)");
  }
}

TEST(Expressions, ErrorsPointAtTheFaultyCharacter) {
  // The paragraph's text starts at column 45 of line 16.
  EXPECT_EQ(failure("{{ trade.usd | last }}"),
            "doc.json:16:54: error: /blocks/0/text: expected a field of dataset \"trade\" (year, "
            "flow, usd_m), found \"usd\"");
  EXPECT_EQ(failure("Sum: {{ trde.usd_m | sum }}"),
            "doc.json:16:53: error: /blocks/0/text: expected a dataset, a parameter or a value "
            "(fdi, trade), found \"trde\" (did you mean \"trade\"?)");
  EXPECT_EQ(failure("{{ trade.usd_m | lst }}"),
            "doc.json:16:62: error: /blocks/0/text: expected a function (first, last, min, max, "
            "sum, mean, count, where, find, rank, if, round, abs, number, fixed, money, compact, "
            "percent, year, date, ordinal, spellout, spellout_ordinal, message), found \"lst\" "
            "(did you mean \"last\"?)");
  EXPECT_EQ(failure("{{ 1 / ((trade | count) - 4) }}"),
            "doc.json:16:52: error: /blocks/0/text: expected a divisor other than zero, found zero");
  // The pipe binds loosest: what follows a filter must be another filter.
  EXPECT_EQ(failure("{{ trade | count - 4 }}"),
            "doc.json:16:62: error: /blocks/0/text: expected '|', an operator or \"}}\", found '-'");
  EXPECT_EQ(failure("{{ trade.usd_m }}"),
            "doc.json:16:48: error: /blocks/0/text: expected a single value to write in the text, "
            "found a column of 4 values (trade.usd_m) (reduce it to one value with | last, | sum, "
            "| max …)");
  EXPECT_EQ(failure(R"({{ fdi[\"Kora\"].usd_b }})"),
            "doc.json:16:52: error: /blocks/0/text: expected a value of \"fdi.investor\" (China, "
            "Korea, Japan, Thailand), found the text \"Kora\" (did you mean \"Korea\"?)");
  EXPECT_EQ(failure("{{ trade.usd_m | where(year = \\\"2019\\\") | last }}"),
            "doc.json:16:75: error: /blocks/0/text: expected a number, as on the left of '=', found "
            "the text \"2019\" (numbers compare with numbers: leave out the quotes)");
  EXPECT_EQ(failure("Open {{ 1 + "),
            "doc.json:16:57: error: /blocks/0/text: expected \"}}\" to close the expression, found "
            "the end of the text");
  // An escaped character before the expression still counts as one column in the file.
  EXPECT_EQ(failure("\\u00e9\\\"{{ nope }}"),
            "doc.json:16:56: error: /blocks/0/text: expected a dataset, a parameter or a value "
            "(fdi, trade), found \"nope\"");
}

TEST(Expressions, NamedValuesReportTheirOwnPlace) {
  EXPECT_EQ(failure("{{ a }}", R"("values": {"a": "b + 1", "b": "\"x\""},)"),
            "doc.json:1:60: error: /values/a: expected a number before '+', found the text \"x\"");
  EXPECT_EQ(failure("{{ a }}", R"("values": {"a": "a + 1"},)"),
            "doc.json:1:60: error: /values/a: expected a value that does not depend on itself, "
            "found \"a\" used in its own definition");
  EXPECT_EQ(failure("{{ fdi }}", R"("params": {"fdi": 1},)"),
            "doc.json:1:61: error: /params/fdi: expected a name that is not also a dataset, found "
            "\"fdi\" (datasets, params and values share one set of names)");
}

TEST(Expressions, StatTilesTakeAnExpressionAndKeepTheirFormat) {
  auto spec = parse_text(R"({"meta": {"title": "T"},
    "data": {"t": {"values": [{"v": 2}, {"v": 1000000000}]}},
    "blocks": [{"type": "stats", "id": "s", "kind": "stats", "items": [
      {"value": "{{ t.v | last }}", "format": {"style": "currency", "currency": "USD"},
       "label": "in {{ t | count }} rows"}]}]})");
  auto document = resolve_document(spec);
  const auto& item = std::get<Chart>(document.blocks.at(0).content).spec.items.at(0);
  EXPECT_DOUBLE_EQ(item.value, 1e9);
  EXPECT_EQ(item.label, "in 2 rows");
  auto bad = parse_text(R"({"meta": {"title": "T"},
    "data": {"t": {"values": [{"v": "a"}]}},
    "blocks": [{"type": "stats", "id": "s", "kind": "stats", "items": [
      {"value": "{{ t.v | last }}", "label": "x"}]}]})");
  EXPECT_EQ(error_of([&] { resolve_document(bad); }),
            "doc.json:4:21: error: /blocks/0/items/0/value: expected a number, found the text \"a\"");
}

}  // namespace
}  // namespace folio::model
