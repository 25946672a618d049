#pragma once
// XML written through libxml2's text writer (slide deck parts, a PDF's XMP metadata):
// escaping, nesting and the declaration are its business, never string concatenation.
#include <libxml/xmlwriter.h>

#include <string>

namespace folio::render {

class XmlWriter {
 public:
  enum class Declaration { standalone, none };
  // Starts the document with <?xml version="1.0" encoding="UTF-8" standalone="yes"?>, or with
  // nothing (an XMP packet begins with its own processing instruction).
  explicit XmlWriter(Declaration declaration = Declaration::standalone);
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  XmlWriter& open(const char* name);  // a qualified name, "p:sld"
  XmlWriter& attribute(const char* name, const std::string& value);
  XmlWriter& attribute(const char* name, long long value);
  XmlWriter& text(const std::string& value);
  XmlWriter& processing_instruction(const char* target, const std::string& content);
  XmlWriter& close();
  // <name>value</name>, or <name val="value"/> with `val` (DrawingML's usual form).
  XmlWriter& element(const char* name, const std::string& value);
  XmlWriter& val(const char* name, const std::string& value);
  XmlWriter& val(const char* name, long long value);
  // Ends every open element and the document; returns the bytes.
  std::string finish();

 private:
  xmlBufferPtr buffer_;
  xmlTextWriterPtr writer_;
};

}  // namespace folio::render
