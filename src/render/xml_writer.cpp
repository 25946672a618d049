#include "render/xml_writer.h"

#include "core/errors.h"

namespace folio::render {
namespace {

const xmlChar* chars(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}

// XML 1.0 has no place for the C0 controls but tab, newline and return, even escaped; data may
// carry them, and a part with one would not open.
std::string xml_safe(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
  return out;
}

void check(int result, const char* what) {
  if (result < 0) throw RenderError(std::string("writing XML failed at ") + what);
}

}  // namespace

XmlWriter::XmlWriter(Declaration declaration)
    : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
  if (!buffer_ || !writer_) throw RenderError("writing XML failed: no memory");
  if (declaration == Declaration::standalone)
    check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", "yes"), "the declaration");
}

XmlWriter::~XmlWriter() {
  if (writer_) xmlFreeTextWriter(writer_);
  if (buffer_) xmlBufferFree(buffer_);
}

XmlWriter& XmlWriter::open(const char* name) {
  check(xmlTextWriterStartElement(writer_, chars(name)), name);
  return *this;
}

XmlWriter& XmlWriter::attribute(const char* name, const std::string& value) {
  check(xmlTextWriterWriteAttribute(writer_, chars(name), chars(xml_safe(value).c_str())), name);
  return *this;
}

XmlWriter& XmlWriter::attribute(const char* name, long long value) {
  return attribute(name, std::to_string(value));
}

XmlWriter& XmlWriter::text(const std::string& value) {
  check(xmlTextWriterWriteString(writer_, chars(xml_safe(value).c_str())), "text");
  return *this;
}

XmlWriter& XmlWriter::processing_instruction(const char* target, const std::string& content) {
  check(xmlTextWriterWritePI(writer_, chars(target), chars(content.c_str())), target);
  return *this;
}

XmlWriter& XmlWriter::close() {
  check(xmlTextWriterEndElement(writer_), "an end tag");
  return *this;
}

XmlWriter& XmlWriter::element(const char* name, const std::string& value) {
  return open(name).text(value).close();
}

XmlWriter& XmlWriter::val(const char* name, const std::string& value) {
  return open(name).attribute("val", value).close();
}

XmlWriter& XmlWriter::val(const char* name, long long value) {
  return val(name, std::to_string(value));
}

std::string XmlWriter::finish() {
  check(xmlTextWriterEndDocument(writer_), "the end");
  xmlFreeTextWriter(writer_);  // flushes into the buffer
  writer_ = nullptr;
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                     static_cast<size_t>(xmlBufferLength(buffer_)));
}

}  // namespace folio::render
