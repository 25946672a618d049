#include "render/pdf/xmp.h"

#include "render/xml_writer.h"

namespace folio::render::pdf {
namespace {

// A language alternative with one default entry, as dc:title and dc:description are.
void language_alternative(XmlWriter& xml, const char* name, const std::string& value) {
  xml.open(name).open("rdf:Alt").open("rdf:li").attribute("xml:lang", "x-default").text(value);
  xml.close().close().close();
}

void list(XmlWriter& xml, const char* name, const char* kind, const std::string& value) {
  xml.open(name).open(kind).element("rdf:li", value).close().close();
}

// PDF/A-2 predefines the schemas of XMP 2004 and pdfaid; pdfuaid must be described.
void pdfua_extension_schema(XmlWriter& xml) {
  xml.open("pdfaExtension:schemas").open("rdf:Bag").open("rdf:li");
  xml.attribute("rdf:parseType", "Resource");
  xml.element("pdfaSchema:schema", "PDF/UA Universal Accessibility Schema");
  xml.element("pdfaSchema:namespaceURI", "http://www.aiim.org/pdfua/ns/id/");
  xml.element("pdfaSchema:prefix", "pdfuaid");
  xml.open("pdfaSchema:property").open("rdf:Seq").open("rdf:li");
  xml.attribute("rdf:parseType", "Resource");
  xml.element("pdfaProperty:name", "part");
  xml.element("pdfaProperty:valueType", "Integer");
  xml.element("pdfaProperty:category", "internal");
  xml.element("pdfaProperty:description",
              "Indicates, which part of ISO 14289 standard is followed");
  xml.close().close().close();  // li, Seq, property
  xml.close().close().close();  // li, Bag, schemas
}

}  // namespace

std::string xmp_packet(const DocumentInfo& info) {
  XmlWriter xml(XmlWriter::Declaration::none);
  // The packet header's begin attribute is a byte order mark, as XMP requires.
  xml.processing_instruction("xpacket", "begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
  xml.open("x:xmpmeta").attribute("xmlns:x", "adobe:ns:meta/");
  xml.open("rdf:RDF").attribute("xmlns:rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  // The extension schema first: readers learn of pdfuaid before they meet its property.
  xml.open("rdf:Description").attribute("rdf:about", "");
  xml.attribute("xmlns:pdfaExtension", "http://www.aiim.org/pdfa/ns/extension/");
  xml.attribute("xmlns:pdfaSchema", "http://www.aiim.org/pdfa/ns/schema#");
  xml.attribute("xmlns:pdfaProperty", "http://www.aiim.org/pdfa/ns/property#");
  pdfua_extension_schema(xml);
  xml.close();
  xml.open("rdf:Description").attribute("rdf:about", "");
  xml.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  xml.attribute("xmlns:pdf", "http://ns.adobe.com/pdf/1.3/");
  xml.attribute("xmlns:xmp", "http://ns.adobe.com/xap/1.0/");
  xml.attribute("xmlns:pdfaid", "http://www.aiim.org/pdfa/ns/id/");
  xml.attribute("xmlns:pdfuaid", "http://www.aiim.org/pdfua/ns/id/");
  xml.element("dc:format", "application/pdf");
  language_alternative(xml, "dc:title", info.title);
  if (!info.author.empty()) list(xml, "dc:creator", "rdf:Seq", info.author);
  if (!info.subject.empty()) language_alternative(xml, "dc:description", info.subject);
  if (!info.language.empty()) list(xml, "dc:language", "rdf:Bag", info.language);
  if (!info.keywords.empty()) xml.element("pdf:Keywords", info.keywords);
  xml.element("pdf:Producer", info.producer);
  xml.element("xmp:CreatorTool", info.creator);
  xml.element("xmp:CreateDate", info.date);
  xml.element("xmp:ModifyDate", info.date);
  xml.element("xmp:MetadataDate", info.date);
  xml.element("pdfaid:part", "2");
  xml.element("pdfaid:conformance", "B");
  xml.element("pdfuaid:part", "1");
  xml.close().close().close();  // Description, RDF, xmpmeta
  xml.processing_instruction("xpacket", "end=\"w\"");
  return xml.finish();
}

}  // namespace folio::render::pdf
