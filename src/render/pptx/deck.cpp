#include "render/pptx/deck.h"

#include <fmt/format.h>

#include <cmath>

#include "render/pptx/chart_part.h"
#include "render/pptx/workbook.h"
#include "render/pptx/zip_package.h"
#include "render/xml_writer.h"

namespace folio::render::pptx {
namespace {

constexpr const char* kRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kDrawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* kPresentation = "http://schemas.openxmlformats.org/presentationml/2006/main";
constexpr const char* kChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
constexpr const char* kContentTypes =
    "application/vnd.openxmlformats-officedocument.presentationml.";
// PowerPoint 2016's extension for an SVG beside a picture's PNG.
constexpr const char* kSvgExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
constexpr const char* kSvgNamespace = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";

// 1 pt = 12700 EMU (English Metric Units: 914400 an inch).
long long emu(double points) {
  return std::llround(points * 12700);
}

struct Relationship {
  std::string id, type, target;
};

std::string relationships_xml(const std::vector<Relationship>& relationships) {
  XmlWriter xml;
  xml.open("Relationships").attribute("xmlns", kRelationships);
  for (const auto& r : relationships)
    xml.open("Relationship")
        .attribute("Id", r.id)
        .attribute("Type", std::string(kOfficeRelationships) + "/" + r.type)
        .attribute("Target", r.target)
        .close();
  return xml.finish();
}

void fill(XmlWriter& xml, const Color& color) {
  xml.open("a:solidFill").open("a:srgbClr").attribute("val", srgb(color));
  if (color.a < 1) xml.val("a:alpha", static_cast<long long>(std::lround(color.a * 100000)));
  xml.close().close();
}

void transform(XmlWriter& xml, const char* element, const Rect& area) {
  xml.open(element);
  xml.open("a:off").attribute("x", emu(area.x)).attribute("y", emu(area.y)).close();
  xml.open("a:ext").attribute("cx", emu(area.width)).attribute("cy", emu(area.height)).close();
  xml.close();
}

void rectangle_geometry(XmlWriter& xml) {
  xml.open("a:prstGeom").attribute("prst", "rect").open("a:avLst").close().close();
}

void band_shape(XmlWriter& xml, const Band& band, int id) {
  xml.open("p:sp").open("p:nvSpPr");
  xml.open("p:cNvPr").attribute("id", id).attribute("name", fmt::format("Band {}", id)).close();
  xml.open("p:cNvSpPr").close().open("p:nvPr").close().close();
  xml.open("p:spPr");
  transform(xml, "a:xfrm", band.area);
  rectangle_geometry(xml);
  fill(xml, band.color);
  xml.open("a:ln").open("a:noFill").close().close();
  xml.close().close();
}

void text_box(XmlWriter& xml, const TextBox& box, int id, const std::string& language) {
  xml.open("p:sp").open("p:nvSpPr");
  xml.open("p:cNvPr").attribute("id", id).attribute("name", box.name).close();
  xml.open("p:cNvSpPr").attribute("txBox", "1").close().open("p:nvPr").close().close();
  xml.open("p:spPr");
  transform(xml, "a:xfrm", box.area);
  rectangle_geometry(xml);
  xml.open("a:noFill").close().close();
  xml.open("p:txBody").open("a:bodyPr").attribute("wrap", "square");
  for (const char* inset : {"lIns", "tIns", "rIns", "bIns"}) xml.attribute(inset, "0");
  xml.attribute("anchor", "t").open("a:spAutoFit").close().close().open("a:lstStyle").close();
  // One paragraph per line of the text.
  size_t start = 0;
  do {
    size_t end = box.text.find('\n', start);
    std::string line = box.text.substr(start, end == std::string::npos ? end : end - start);
    xml.open("a:p").open("a:pPr").attribute("algn", box.right_aligned ? "r" : "l").close();
    xml.open("a:r").open("a:rPr").attribute("lang", language);
    xml.attribute("sz", static_cast<long long>(std::lround(box.size_pt * 100)));
    xml.attribute("b", box.bold ? "1" : "0");
    fill(xml, box.color);
    for (const char* script : {"a:latin", "a:ea", "a:cs"})
      xml.open(script).attribute("typeface", box.font).close();
    xml.close().element("a:t", line).close().close();
    start = end == std::string::npos ? end : end + 1;
  } while (start != std::string::npos);
  xml.close().close();
}

void chart_frame(XmlWriter& xml, const NativeChartFrame& frame, int id,
                 const std::string& relationship) {
  xml.open("p:graphicFrame").open("p:nvGraphicFramePr");
  xml.open("p:cNvPr").attribute("id", id).attribute("name", frame.name);
  xml.attribute("descr", frame.description).close();
  xml.open("p:cNvGraphicFramePr").close().open("p:nvPr").close().close();
  transform(xml, "p:xfrm", frame.area);
  xml.open("a:graphic").open("a:graphicData").attribute("uri", kChartUri);
  xml.open("c:chart").attribute("xmlns:c", kChartUri).attribute("r:id", relationship).close();
  xml.close().close().close();
}

void table_cell(XmlWriter& xml, const std::string& text, char align, double size_pt, bool bold,
                const Color& color, const std::string& font, const std::string& language,
                const Color* rule_below, double rule_pt) {
  xml.open("a:tc").open("a:txBody").open("a:bodyPr").close().open("a:lstStyle").close();
  xml.open("a:p").open("a:pPr").attribute("algn", std::string(1, align)).close();
  xml.open("a:r").open("a:rPr").attribute("lang", language);
  xml.attribute("sz", static_cast<long long>(std::lround(size_pt * 100)));
  xml.attribute("b", bold ? "1" : "0");
  fill(xml, color);
  for (const char* script : {"a:latin", "a:ea", "a:cs"})
    xml.open(script).attribute("typeface", font).close();
  xml.close().element("a:t", text).close().close().close();
  xml.open("a:tcPr").attribute("marL", emu(4)).attribute("marR", emu(4));
  xml.attribute("marT", emu(2)).attribute("marB", emu(2)).attribute("anchor", "ctr");
  for (const char* side : {"a:lnL", "a:lnR", "a:lnT"})
    xml.open(side).attribute("w", 0).open("a:noFill").close().close();
  xml.open("a:lnB").attribute("w", rule_below ? emu(rule_pt) : 0);
  if (rule_below)
    fill(xml, *rule_below);
  else
    xml.open("a:noFill").close();
  xml.close().open("a:noFill").close().close().close();
}

// A native table: the header, the rows that fit, and the note on the rows left out.
void table_frame(XmlWriter& xml, const NativeTableFrame& frame, int id,
                 const std::string& language) {
  const auto& t = frame.table;
  double s = frame.scale;
  xml.open("p:graphicFrame").open("p:nvGraphicFramePr");
  xml.open("p:cNvPr").attribute("id", id).attribute("name", frame.name);
  xml.attribute("descr", frame.description).close();
  xml.open("p:cNvGraphicFramePr").open("a:graphicFrameLocks").attribute("noGrp", "1").close();
  xml.close().open("p:nvPr").close().close();
  double width = 0, height = t.header_height;
  for (double w : t.widths) width += w;
  for (double h : t.row_heights) height += h;
  transform(xml, "p:xfrm", {frame.area.x, frame.area.y, width * s, height * s});
  xml.open("a:graphic")
      .open("a:graphicData")
      .attribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/table");
  xml.open("a:tbl").open("a:tblPr").attribute("firstRow", "1").close().open("a:tblGrid");
  for (double w : t.widths) xml.open("a:gridCol").attribute("w", emu(w * s)).close();
  xml.close();
  xml.open("a:tr").attribute("h", emu(t.header_height * s));
  for (size_t c = 0; c < t.header.size(); ++c)
    table_cell(xml, t.header[c], c < t.aligns.size() ? t.aligns[c] : 'l', t.header_size_pt * s,
               true, t.header_text, t.font_family, language, &t.rule, 1.2 * s);
  xml.close();
  for (size_t r = 0; r < t.rows.size(); ++r) {
    xml.open("a:tr").attribute("h", emu(t.row_heights[r] * s));
    for (size_t c = 0; c < t.rows[r].size(); ++c)
      table_cell(xml, t.rows[r][c], c < t.aligns.size() ? t.aligns[c] : 'l', t.size_pt * s,
                 t.strong[r], t.text, t.font_family, language, &t.grid, 0.5 * s);
    xml.close();
  }
  xml.close().close().close().close();
}

void picture(XmlWriter& xml, const Picture& picture, int id, const std::string& png,
             const std::string& svg) {
  xml.open("p:pic").open("p:nvPicPr");
  xml.open("p:cNvPr").attribute("id", id).attribute("name", picture.name);
  xml.attribute("descr", picture.description).close();
  xml.open("p:cNvPicPr").open("a:picLocks").attribute("noChangeAspect", "1").close().close();
  xml.open("p:nvPr").close().close();
  xml.open("p:blipFill").open("a:blip").attribute("r:embed", png);
  if (!svg.empty()) {
    xml.open("a:extLst").open("a:ext").attribute("uri", kSvgExtension);
    xml.open("asvg:svgBlip").attribute("xmlns:asvg", kSvgNamespace).attribute("r:embed", svg);
    xml.close().close().close();
  }
  xml.close().open("a:stretch").open("a:fillRect").close().close().close();
  xml.open("p:spPr");
  transform(xml, "a:xfrm", picture.area);
  rectangle_geometry(xml);
  xml.close().close();
}

void root(XmlWriter& xml, const char* element) {
  xml.open(element)
      .attribute("xmlns:a", kDrawing)
      .attribute("xmlns:r", kOfficeRelationships)
      .attribute("xmlns:p", kPresentation);
}

void empty_shape_tree(XmlWriter& xml) {
  xml.open("p:spTree").open("p:nvGrpSpPr");
  xml.open("p:cNvPr").attribute("id", 1).attribute("name", "").close();
  xml.open("p:cNvGrpSpPr").close().open("p:nvPr").close().close();
  xml.open("p:grpSpPr").open("a:xfrm");
  for (const char* part : {"a:off", "a:chOff"})
    xml.open(part).attribute("x", 0).attribute("y", 0).close();
  for (const char* part : {"a:ext", "a:chExt"})
    xml.open(part).attribute("cx", 0).attribute("cy", 0).close();
  xml.close().close();
}

struct SlideParts {
  std::string xml;
  std::vector<Relationship> relationships;
};

SlideParts slide_xml(const Slide& slide, const std::string& language, int chart_number,
                     int picture_number, const std::string& layout, bool own_background) {
  SlideParts parts;
  parts.relationships.push_back({"rId1", "slideLayout", layout});
  XmlWriter xml;
  root(xml, "p:sld");
  xml.open("p:cSld");
  if (own_background) {
    xml.open("p:bg").open("p:bgPr");
    fill(xml, slide.background);
    xml.open("a:effectLst").close().close().close();
  }
  empty_shape_tree(xml);
  int id = 2;
  for (const auto& band : slide.bands) band_shape(xml, band, id++);
  if (slide.group) {
    const auto& group = *slide.group;
    xml.open("p:grpSp").open("p:nvGrpSpPr");
    xml.open("p:cNvPr").attribute("id", id++).attribute("name", group.name);
    xml.attribute("descr", group.description).close();
    xml.open("p:cNvGrpSpPr").close().open("p:nvPr").close().close();
    // Children in slide coordinates: the group's child extent is its own extent.
    xml.open("p:grpSpPr").open("a:xfrm");
    for (const char* offset : {"a:off", "a:ext", "a:chOff", "a:chExt"}) {
      std::string part = offset;
      xml.open(offset);
      if (part == "a:off" || part == "a:chOff")
        xml.attribute("x", emu(group.area.x)).attribute("y", emu(group.area.y));
      else
        xml.attribute("cx", emu(group.area.width)).attribute("cy", emu(group.area.height));
      xml.close();
    }
    xml.close().close();
    for (const auto& band : group.bands) band_shape(xml, band, id++);
    for (const auto& box : group.texts) text_box(xml, box, id++, language);
    xml.close();
  }
  if (slide.chart) {
    parts.relationships.push_back(
        {"rId2", "chart", fmt::format("../charts/chart{}.xml", chart_number)});
    chart_frame(xml, *slide.chart, id++, "rId2");
  }
  if (slide.table) table_frame(xml, *slide.table, id++, language);
  if (slide.picture) {
    parts.relationships.push_back(
        {"rId3", "image", fmt::format("../media/folio-image{}.png", picture_number)});
    if (!slide.picture->svg.empty())
      parts.relationships.push_back(
          {"rId4", "image", fmt::format("../media/folio-image{}.svg", picture_number)});
    picture(xml, *slide.picture, id++, "rId3", slide.picture->svg.empty() ? "" : "rId4");
  }
  for (const auto& box : slide.texts) text_box(xml, box, id++, language);
  xml.close().close();  // spTree, cSld
  xml.open("p:clrMapOvr").open("a:masterClrMapping").close().close();
  parts.xml = xml.finish();
  return parts;
}

void color_map(XmlWriter& xml) {
  xml.open("p:clrMap");
  for (auto [name, value] :
       std::initializer_list<std::pair<const char*, const char*>>{{"bg1", "lt1"},
                                                                  {"tx1", "dk1"},
                                                                  {"bg2", "lt2"},
                                                                  {"tx2", "dk2"},
                                                                  {"accent1", "accent1"},
                                                                  {"accent2", "accent2"},
                                                                  {"accent3", "accent3"},
                                                                  {"accent4", "accent4"},
                                                                  {"accent5", "accent5"},
                                                                  {"accent6", "accent6"},
                                                                  {"hlink", "hlink"},
                                                                  {"folHlink", "folHlink"}})
    xml.attribute(name, value);
  xml.close();
}

std::string master_xml() {
  XmlWriter xml;
  root(xml, "p:sldMaster");
  xml.open("p:cSld");
  empty_shape_tree(xml);
  xml.close().close();
  color_map(xml);
  xml.open("p:sldLayoutIdLst").open("p:sldLayoutId").attribute("id", "2147483649");
  xml.attribute("r:id", "rId1").close().close();
  xml.open("p:txStyles");
  for (const char* style : {"p:titleStyle", "p:bodyStyle", "p:otherStyle"})
    xml.open(style)
        .open("a:lvl1pPr")
        .open("a:defRPr")
        .attribute("lang", "en-US")
        .close()
        .close()
        .close();
  xml.close();
  return xml.finish();
}

std::string layout_xml() {
  XmlWriter xml;
  root(xml, "p:sldLayout");
  xml.attribute("type", "blank").attribute("preserve", "1");
  xml.open("p:cSld").attribute("name", "Blank");
  empty_shape_tree(xml);
  xml.close().close();
  xml.open("p:clrMapOvr").open("a:masterClrMapping").close().close();
  return xml.finish();
}

// The theme every package needs: colours, fonts and the three formatting lists DrawingML
// requires, here plain.
std::string theme_xml(const std::string& font) {
  XmlWriter xml;
  xml.open("a:theme").attribute("xmlns:a", kDrawing).attribute("name", "folio");
  xml.open("a:themeElements").open("a:clrScheme").attribute("name", "folio");
  auto system = [&](const char* name, const char* value) {
    xml.open(name).open("a:srgbClr").attribute("val", value).close().close();
  };
  system("a:dk1", "1C2430");
  system("a:lt1", "FFFFFF");
  system("a:dk2", "0F2C4C");
  system("a:lt2", "EEF1F5");
  const char* accents[] = {"1F4E8C", "D07A1F", "2A9D8F", "C8102E", "6A4C93", "8A9BB0"};
  for (int i = 0; i < 6; ++i) system(fmt::format("a:accent{}", i + 1).c_str(), accents[i]);
  system("a:hlink", "1F4E8C");
  system("a:folHlink", "6A4C93");
  xml.close();
  xml.open("a:fontScheme").attribute("name", "folio");
  for (const char* kind : {"a:majorFont", "a:minorFont"}) {
    xml.open(kind);
    for (const char* script : {"a:latin", "a:ea", "a:cs"})
      xml.open(script).attribute("typeface", font).close();
    xml.close();
  }
  xml.close();
  xml.open("a:fmtScheme").attribute("name", "folio");
  xml.open("a:fillStyleLst");
  for (int i = 0; i < 3; ++i)
    xml.open("a:solidFill").open("a:schemeClr").attribute("val", "phClr").close().close();
  xml.close().open("a:lnStyleLst");
  for (int width : {6350, 12700, 19050})
    xml.open("a:ln")
        .attribute("w", width)
        .open("a:solidFill")
        .open("a:schemeClr")
        .attribute("val", "phClr")
        .close()
        .close()
        .close();
  xml.close().open("a:effectStyleLst");
  for (int i = 0; i < 3; ++i) xml.open("a:effectStyle").open("a:effectLst").close().close();
  xml.close().open("a:bgFillStyleLst");
  for (int i = 0; i < 3; ++i)
    xml.open("a:solidFill").open("a:schemeClr").attribute("val", "phClr").close().close();
  xml.close().close().close();
  return xml.finish();
}

// `masters`: each master's sldMasterId number; their relationships are rId1…, the theme's the
// next, the slides' those after it.
std::string presentation_xml(size_t slides, const std::vector<std::string>& masters) {
  XmlWriter xml;
  root(xml, "p:presentation");
  xml.attribute("saveSubsetFonts", "1");
  xml.open("p:sldMasterIdLst");
  for (size_t m = 0; m < masters.size(); ++m)
    xml.open("p:sldMasterId")
        .attribute("id", masters[m])
        .attribute("r:id", fmt::format("rId{}", m + 1))
        .close();
  xml.close().open("p:sldIdLst");
  for (size_t i = 0; i < slides; ++i)
    xml.open("p:sldId")
        .attribute("id", static_cast<long long>(256 + i))
        .attribute("r:id", fmt::format("rId{}", i + masters.size() + 2))
        .close();
  xml.close();
  // 13.333 × 7.5 in: the widescreen slide.
  xml.open("p:sldSz").attribute("cx", emu(960)).attribute("cy", emu(540)).close();
  xml.open("p:notesSz").attribute("cx", 6858000).attribute("cy", 9144000).close();
  return xml.finish();
}

std::string core_properties_xml(const DeckContent& deck) {
  XmlWriter xml;
  xml.open("cp:coreProperties")
      .attribute("xmlns:cp",
                 "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
      .attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
      .attribute("xmlns:dcterms", "http://purl.org/dc/terms/")
      .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  xml.element("dc:title", deck.title);
  if (!deck.subject.empty()) xml.element("dc:subject", deck.subject);
  xml.element("dc:creator", deck.author.empty() ? "folio" : deck.author);
  xml.element("dc:language", deck.language);
  for (const char* stamp : {"dcterms:created", "dcterms:modified"})
    xml.open(stamp).attribute("xsi:type", "dcterms:W3CDTF").text(deck.date).close();
  xml.close();
  return xml.finish();
}

std::string app_properties_xml(size_t slides) {
  XmlWriter xml;
  xml.open("Properties")
      .attribute("xmlns",
                 "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  xml.element("Application", "folio").element("Slides", std::to_string(slides));
  xml.close();
  return xml.finish();
}

std::string simple_part(const char* element) {
  XmlWriter xml;
  root(xml, element);
  xml.close();
  return xml.finish();
}

std::string table_styles_xml() {
  XmlWriter xml;
  xml.open("a:tblStyleLst").attribute("xmlns:a", kDrawing);
  xml.attribute("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}").close();
  return xml.finish();
}

std::string content_types_xml(size_t slides, size_t charts, bool svg, const Template* base) {
  XmlWriter xml;
  xml.open("Types").attribute("xmlns",
                              "http://schemas.openxmlformats.org/package/2006/content-types");
  auto by_extension = [&](const char* extension, const std::string& type) {
    xml.open("Default").attribute("Extension", extension).attribute("ContentType", type).close();
  };
  by_extension("rels", "application/vnd.openxmlformats-package.relationships+xml");
  by_extension("xml", "application/xml");
  by_extension("png", "image/png");
  if (svg) by_extension("svg", "image/svg+xml");
  by_extension("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  if (base)
    for (const auto& [extension, type] : base->defaults)
      if (extension != "rels" && extension != "xml" && extension != "png" && extension != "svg" &&
          extension != "xlsx")
        by_extension(extension.c_str(), type);
  auto part = [&](const std::string& name, const std::string& type) {
    xml.open("Override").attribute("PartName", name).attribute("ContentType", type).close();
  };
  part("/ppt/presentation.xml", std::string(kContentTypes) + "presentation.main+xml");
  if (base) {
    for (const auto& [name, type] : base->overrides) part("/" + name, type);
  } else {
    part("/ppt/slideMasters/slideMaster1.xml", std::string(kContentTypes) + "slideMaster+xml");
    part("/ppt/slideLayouts/slideLayout1.xml", std::string(kContentTypes) + "slideLayout+xml");
    part("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
  }
  for (size_t i = 1; i <= slides; ++i)
    part(fmt::format("/ppt/slides/slide{}.xml", i), std::string(kContentTypes) + "slide+xml");
  for (size_t i = 1; i <= charts; ++i)
    part(fmt::format("/ppt/charts/chart{}.xml", i),
         "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  part("/ppt/presProps.xml", std::string(kContentTypes) + "presProps+xml");
  part("/ppt/viewProps.xml", std::string(kContentTypes) + "viewProps+xml");
  part("/ppt/tableStyles.xml", std::string(kContentTypes) + "tableStyles+xml");
  part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  part("/docProps/app.xml",
       "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  xml.close();
  return xml.finish();
}

}  // namespace

std::string render_pptx(const DeckContent& deck) {
  size_t charts = 0;
  bool svg = false;
  for (const auto& slide : deck.slides) {
    charts += slide.chart ? 1 : 0;
    svg = svg || (slide.picture && !slide.picture->svg.empty());
  }
  ZipPackage package;
  const Template* base = deck.base ? &*deck.base : nullptr;
  package.add("[Content_Types].xml", content_types_xml(deck.slides.size(), charts, svg, base));
  {
    XmlWriter xml;
    xml.open("Relationships").attribute("xmlns", kRelationships);
    auto relationship = [&](const char* id, const std::string& type, const char* target) {
      xml.open("Relationship").attribute("Id", id).attribute("Type", type);
      xml.attribute("Target", target).close();
    };
    relationship("rId1", std::string(kOfficeRelationships) + "/officeDocument",
                 "ppt/presentation.xml");
    relationship("rId2",
                 "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                 "core-properties",
                 "docProps/core.xml");
    relationship("rId3", std::string(kOfficeRelationships) + "/extended-properties",
                 "docProps/app.xml");
    xml.close();
    package.add("_rels/.rels", xml.finish());
  }
  package.add("docProps/core.xml", core_properties_xml(deck));
  package.add("docProps/app.xml", app_properties_xml(deck.slides.size()));
  // Relationships of the presentation: its masters, its theme, then its slides.
  std::vector<std::string> master_ids;
  std::vector<Relationship> presentation;
  auto relative_to_ppt = [](const std::string& part) { return part.substr(4); };  // "ppt/…"
  if (base) {
    for (const auto& [id, part] : base->masters) {
      master_ids.push_back(id);
      presentation.push_back(
          {fmt::format("rId{}", master_ids.size()), "slideMaster", relative_to_ppt(part)});
    }
  } else {
    master_ids.push_back("2147483648");
    presentation.push_back({"rId1", "slideMaster", "slideMasters/slideMaster1.xml"});
  }
  presentation.push_back({fmt::format("rId{}", master_ids.size() + 1), "theme",
                          base ? relative_to_ppt(base->theme) : "theme/theme1.xml"});
  package.add("ppt/presentation.xml", presentation_xml(deck.slides.size(), master_ids));
  for (size_t i = 0; i < deck.slides.size(); ++i)
    presentation.push_back({fmt::format("rId{}", i + master_ids.size() + 2), "slide",
                            fmt::format("slides/slide{}.xml", i + 1)});
  size_t next = deck.slides.size() + master_ids.size() + 2;
  presentation.push_back({fmt::format("rId{}", next++), "presProps", "presProps.xml"});
  presentation.push_back({fmt::format("rId{}", next++), "viewProps", "viewProps.xml"});
  presentation.push_back({fmt::format("rId{}", next++), "tableStyles", "tableStyles.xml"});
  package.add("ppt/_rels/presentation.xml.rels", relationships_xml(presentation));
  package.add("ppt/presProps.xml", simple_part("p:presentationPr"));
  package.add("ppt/viewProps.xml", simple_part("p:viewPr"));
  package.add("ppt/tableStyles.xml", table_styles_xml());
  if (base) {
    for (const auto& [name, content] : base->parts) package.add(name, content);
  } else {
    std::string font = "Noto Sans";
    for (const auto& slide : deck.slides)
      if (!slide.texts.empty()) font = slide.texts.front().font;
    package.add("ppt/theme/theme1.xml", theme_xml(font));
    package.add("ppt/slideMasters/slideMaster1.xml", master_xml());
    package.add("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                relationships_xml({{"rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"},
                                   {"rId2", "theme", "../theme/theme1.xml"}}));
    package.add("ppt/slideLayouts/slideLayout1.xml", layout_xml());
    package.add("ppt/slideLayouts/_rels/slideLayout1.xml.rels",
                relationships_xml({{"rId1", "slideMaster", "../slideMasters/slideMaster1.xml"}}));
  }
  std::string layout =
      base ? "../" + base->layout.substr(4) : std::string("../slideLayouts/slideLayout1.xml");
  int chart_number = 0, picture_number = 0;
  for (size_t i = 0; i < deck.slides.size(); ++i) {
    const auto& slide = deck.slides[i];
    if (slide.chart) ++chart_number;
    if (slide.picture) ++picture_number;
    auto parts = slide_xml(slide, deck.language, chart_number, picture_number, layout, !base);
    package.add(fmt::format("ppt/slides/slide{}.xml", i + 1), std::move(parts.xml));
    package.add(fmt::format("ppt/slides/_rels/slide{}.xml.rels", i + 1),
                relationships_xml(parts.relationships));
    if (slide.chart) {
      package.add(fmt::format("ppt/charts/chart{}.xml", chart_number),
                  chart_part_xml(slide.chart->chart, deck.language, "rId1"));
      package.add(fmt::format("ppt/charts/_rels/chart{}.xml.rels", chart_number),
                  relationships_xml({{"rId1", "package",
                                      fmt::format("../embeddings/Microsoft_Excel_Worksheet{}.xlsx",
                                                  chart_number)}}));
      package.add(fmt::format("ppt/embeddings/Microsoft_Excel_Worksheet{}.xlsx", chart_number),
                  chart_workbook(slide.chart->chart));
    }
    if (slide.picture) {
      package.add(fmt::format("ppt/media/folio-image{}.png", picture_number), slide.picture->png);
      if (!slide.picture->svg.empty())
        package.add(fmt::format("ppt/media/folio-image{}.svg", picture_number), slide.picture->svg);
    }
  }
  return package.finish();
}

}  // namespace folio::render::pptx
