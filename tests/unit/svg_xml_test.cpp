// Every SVG folio writes is well-formed XML, whatever the data's text holds: markup
// characters, quotes, and the C0 controls XML 1.0 has no place for.
#include <gtest/gtest.h>
#include <libxml/parser.h>

#include "model/theme.h"
#include "render/outputs.h"
#include "text/shaped_text.h"

namespace folio::render {
namespace {

bool well_formed(const std::string& xml) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "chart.svg", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc) xmlFreeDoc(doc);
  return doc != nullptr;
}

TEST(SvgXml, LabelsWithControlsQuotesAndMarkupStayWellFormed) {
  const std::string label = "aid \x01 & <growth> \"quoted\" 'single' \x1f end";
  auto style = model::load_theme("briefing").text(model::TextRole::body);
  scene::Frame frame{{200, 100}, {}};
  frame.text({10, 10}, text::shape_text(label, style));
  for (auto mode : {SvgText::outlines, SvgText::layer, SvgText::native}) {
    auto svg = render_svg(frame, {label, label, "c-", "en", mode});
    EXPECT_TRUE(well_formed(svg)) << static_cast<int>(mode) << "\n" << svg.substr(0, 600);
    EXPECT_EQ(svg.find('\x01'), std::string::npos);
    if (mode != SvgText::outlines) {
      EXPECT_NE(svg.find("aid  &amp; &lt;growth&gt; &quot;quoted&quot; 'single'  end"),
                std::string::npos);
    }
  }
}

}  // namespace
}  // namespace folio::render
