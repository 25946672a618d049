#include "render/pdf/finish.h"

#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "core/errors.h"
#include "render/pdf/figure_page.h"
#include "render/pdf/fonts.h"
#include "render/pdf/glyph_text.h"
#include "render/pdf/srgb_profile.h"
#include "render/pdf/structure_tree.h"
#include "render/pdf/xmp.h"

namespace folio::render::pdf {
namespace {

using Object = QPDFObjectHandle;

Object text(const std::string& value) {
  return Object::newUnicodeString(value);
}

Object name(const std::string& value) {
  return Object::newName(value);
}

void set_info(QPDF& pdf, const DocumentInfo& info) {
  Object dictionary = Object::newDictionary();
  dictionary.replaceKey("/Title", text(info.title));
  if (!info.author.empty()) dictionary.replaceKey("/Author", text(info.author));
  if (!info.subject.empty()) dictionary.replaceKey("/Subject", text(info.subject));
  if (!info.keywords.empty()) dictionary.replaceKey("/Keywords", text(info.keywords));
  dictionary.replaceKey("/Creator", text(info.creator));
  dictionary.replaceKey("/Producer", text(info.producer));
  dictionary.replaceKey("/CreationDate", text(pdf_date(info.date)));
  dictionary.replaceKey("/ModDate", text(pdf_date(info.date)));
  pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(dictionary));
}

// Colours are device RGB; PDF/A needs them to mean something, which the sRGB intent says.
Object srgb_output_intent(QPDF& pdf) {
  std::string_view profile_bytes = srgb_profile();
  Object profile = Object::newStream(&pdf, std::string(profile_bytes));
  profile.getDict().replaceKey("/N", Object::newInteger(3));
  Object intent = Object::newDictionary();
  intent.replaceKey("/Type", name("/OutputIntent"));
  intent.replaceKey("/S", name("/GTS_PDFA1"));
  intent.replaceKey("/OutputConditionIdentifier", text("sRGB IEC61966-2.1"));
  intent.replaceKey("/Info", text("sRGB IEC61966-2.1"));
  intent.replaceKey("/DestOutputProfile", profile);
  return pdf.makeIndirectObject(intent);
}

void complete_catalog(QPDF& pdf, const DocumentInfo& info) {
  Object catalog = pdf.getRoot();
  catalog.replaceKey("/Lang", text(info.language));
  Object preferences = Object::newDictionary();
  preferences.replaceKey("/DisplayDocTitle", Object::newBool(true));  // PDF/UA: title, not name
  catalog.replaceKey("/ViewerPreferences", preferences);
  Object mark_info = Object::newDictionary();
  mark_info.replaceKey("/Marked", Object::newBool(true));
  catalog.replaceKey("/MarkInfo", mark_info);
  Object metadata = Object::newStream(&pdf, xmp_packet(info));
  metadata.getDict().replaceKey("/Type", name("/Metadata"));
  metadata.getDict().replaceKey("/Subtype", name("/XML"));
  catalog.replaceKey("/Metadata", metadata);
  catalog.replaceKey("/OutputIntents", Object::newArray({srgb_output_intent(pdf)}));
}

// The painter's rectangle is from the page's top; the annotation's from its bottom.
const PaintedLink* painted_link(const PaintedPage& page, Object rect, double page_height) {
  if (!rect.isArray() || rect.getArrayNItems() != 4) return nullptr;
  double x0 = rect.getArrayItem(0).getNumericValue(), y0 = rect.getArrayItem(1).getNumericValue();
  double x1 = rect.getArrayItem(2).getNumericValue(), y1 = rect.getArrayItem(3).getNumericValue();
  Rect area{std::min(x0, x1), page_height - std::max(y0, y1), std::fabs(x1 - x0),
            std::fabs(y1 - y0)};
  // Cairo 1.16 rounds a link's rectangle outwards to whole points: the nearest painted link
  // within a point and a half is the one.
  const PaintedLink* nearest = nullptr;
  double nearest_distance = 1.5;
  for (const auto& link : page.links) {
    double distance = std::max({std::fabs(link.area.x - area.x), std::fabs(link.area.y - area.y),
                                std::fabs(link.area.right() - area.right()),
                                std::fabs(link.area.bottom() - area.bottom())});
    if (distance <= nearest_distance) {
      nearest = &link;
      nearest_distance = distance;
    }
  }
  return nearest;
}

double page_height(QPDFPageObjectHelper& page) {
  Object box = page.getMediaBox();
  if (!box.isArray() || box.getArrayNItems() != 4) return 0;
  return box.getArrayItem(3).getNumericValue() - box.getArrayItem(1).getNumericValue();
}

void complete_annotations(QPDF& pdf, const PaintLog& log) {
  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  for (size_t i = 0; i < pages.size(); ++i) {
    Object page = pages[i].getObjectHandle();
    Object annotations = page.getKey("/Annots");
    if (!annotations.isArray() || annotations.getArrayNItems() == 0) continue;
    page.replaceKey("/Tabs", name("/S"));  // PDF/UA: tab through links in structure order
    double height = page_height(pages[i]);
    for (Object annotation : annotations.aitems()) {
      if (!annotation.isDictionary()) continue;
      annotation.replaceKey("/F", Object::newInteger(4));  // printed (PDF/A)
      if (!annotation.getKey("/Subtype").isNameAndEquals("/Link") ||
          annotation.hasKey("/Contents") || i >= log.pages.size())
        continue;
      if (const PaintedLink* link = painted_link(log.pages[i], annotation.getKey("/Rect"), height))
        annotation.replaceKey("/Contents", text(link->description));
    }
  }
}

}  // namespace

std::string pdf_date(const std::string& iso_date) {
  std::string digits;
  for (char c : iso_date)
    if (c >= '0' && c <= '9') digits += c;
  digits.resize(14, '0');
  return "D:" + digits + "Z";
}

std::string pdf_libraries() {
  return std::string("cairo ") + cairo_version_string() + ", qpdf " + QPDF::QPDFVersion();
}

void prepare_finish() {}

std::string finish_pdf(const std::string& cairo_pdf, const DocumentInfo& info,
                       const PaintLog& log) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("Cairo's PDF", cairo_pdf.data(), cairo_pdf.size());
    set_info(pdf, info);
    complete_catalog(pdf, info);
    complete_annotations(pdf, log);
    give_glyphs_their_text(pdf);  // before tagging: the tagger's filter reads the new content
    if (!log.figure_alternative.empty())
      tag_page_as_figure(pdf, log.figure_alternative);
    else
      rebuild_structure_tree(pdf, log);
    complete_cid_fonts(pdf);
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);     // from the content: the same input gives the same bytes
    writer.setMinimumPDFVersion("1.7");  // PDF/A-2 is based on PDF 1.7
    writer.setNewlineBeforeEndstream(true);  // PDF/A: an end of line before each endstream
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::exception& error) {
    throw RenderError(std::string("completing the PDF failed: ") + error.what());
  }
}

}  // namespace folio::render::pdf
