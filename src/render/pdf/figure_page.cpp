#include "render/pdf/figure_page.h"

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace folio::render::pdf {

void tag_page_as_figure(QPDF& pdf, const std::string& alternative) {
  using Object = QPDFObjectHandle;
  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  if (pages.empty()) return;
  QPDFPageObjectHelper page = pages.front();
  Pl_Buffer buffer("page content");
  page.pipeContents(&buffer);
  auto content = buffer.getBufferSharedPointer();
  std::string wrapped = "/Figure <</MCID 0>> BDC\n";
  wrapped.append(reinterpret_cast<const char*>(content->getBuffer()), content->getSize());
  wrapped += "\nEMC\n";
  page.getObjectHandle().replaceKey("/Contents", Object::newStream(&pdf, wrapped));
  page.getObjectHandle().replaceKey("/StructParents", Object::newInteger(0));

  Object root = pdf.makeIndirectObject(Object::parse("<< /Type /StructTreeRoot >>"));
  Object document = pdf.makeIndirectObject(Object::parse("<< /Type /StructElem /S /Document >>"));
  Object figure = pdf.makeIndirectObject(Object::parse("<< /Type /StructElem /S /Figure >>"));
  document.replaceKey("/P", root);
  document.replaceKey("/K", Object::newArray({figure}));
  figure.replaceKey("/P", document);
  figure.replaceKey("/Pg", page.getObjectHandle());
  figure.replaceKey("/K", Object::newInteger(0));
  figure.replaceKey("/Alt", Object::newUnicodeString(alternative));
  Object layout = Object::parse("<< /O /Layout /Placement /Block >>");
  layout.replaceKey("/BBox", page.getMediaBox());
  figure.replaceKey("/A", layout);
  root.replaceKey("/K", document);
  Object parent_tree = Object::newDictionary();
  parent_tree.replaceKey("/Nums",
                         Object::newArray({Object::newInteger(0), Object::newArray({figure})}));
  root.replaceKey("/ParentTree", pdf.makeIndirectObject(parent_tree));
  root.replaceKey("/ParentTreeNextKey", Object::newInteger(1));
  pdf.getRoot().replaceKey("/StructTreeRoot", root);
}

}  // namespace folio::render::pdf
