// ToUnicode CMaps as Cairo writes them and as the finisher writes them back.
#include "render/pdf/to_unicode.h"

#include <gtest/gtest.h>

namespace folio::render::pdf {
namespace {

TEST(ToUnicode, ReadsCharsAndBothKindsOfRange) {
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CMapName /Adobe-Identity-UCS def\n1 begincodespacerange\n<0000> <ffff>\n"
      "endcodespacerange\n3 beginbfchar\n<0001> <fffd>\n<0004> <179a17b6>\n<0005><d83dde00>\n"
      "endbfchar\n2 beginbfrange\n<0010> <0012> <0041>\n<0020> <0021> [<0061> <00620063>]\n"
      "endbfrange\nendcmap\n";
  CodeText table = read_to_unicode(cmap);
  EXPECT_EQ(table.size(), 8u);
  EXPECT_EQ(table[0x0001], u"\ufffd");
  EXPECT_EQ(table[0x0004], u"\u179a\u17b6");
  EXPECT_EQ(table[0x0005], u"\U0001F600");
  EXPECT_EQ(table[0x0010], u"A");
  EXPECT_EQ(table[0x0012], u"C");
  EXPECT_EQ(table[0x0020], u"a");
  EXPECT_EQ(table[0x0021], u"bc");
  EXPECT_EQ(table.count(0x0013), 0u);
}

TEST(ToUnicode, WhatIsWrittenReadsBackTheSame) {
  CodeText table;
  for (unsigned code = 1; code < 260; ++code)  // three bfchar blocks
    table[code] = code % 3 == 0 ? std::u16string(u"\u1780\u17d2\u179a")
                                : std::u16string(1, char16_t(0x0e00 + code));
  std::string cmap = write_to_unicode(table);
  EXPECT_NE(cmap.find("100 beginbfchar"), std::string::npos);
  EXPECT_NE(cmap.find("59 beginbfchar"), std::string::npos);
  EXPECT_EQ(read_to_unicode(cmap), table);
}

}  // namespace
}  // namespace folio::render::pdf
