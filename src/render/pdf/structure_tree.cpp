#include "render/pdf/structure_tree.h"

#include <fmt/format.h>

#include <map>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "core/errors.h"
#include "render/pdf/marked_content.h"

namespace folio::render::pdf {
namespace {

using Object = QPDFObjectHandle;

std::vector<Object> items_of(Object object) {
  if (object.isArray()) return object.getArrayAsVector();
  if (object.isNull()) return {};
  return {object};
}

bool is_element(Object object) {
  return object.isDictionary() && object.hasKey("/S");
}

// What one of Cairo's leaf elements holds: marked content on pages, or annotations.
struct CairoLeaf {
  std::vector<std::pair<QPDFObjGen, long long>> marked;  // (page, MCID)
  std::vector<Object> annotations;
};

CairoLeaf read_leaf(Object element) {
  CairoLeaf leaf;
  Object page = element.getKey("/Pg");
  for (Object kid : items_of(element.getKey("/K"))) {
    if (kid.isInteger()) {
      leaf.marked.push_back({page.getObjGen(), kid.getIntValue()});
    } else if (kid.isDictionary() && kid.getKey("/Type").isNameAndEquals("/OBJR")) {
      leaf.annotations.push_back(kid.getKey("/Obj"));
    } else if (kid.isDictionary() && kid.getKey("/MCID").isInteger()) {
      Object on = kid.hasKey("/Pg") ? kid.getKey("/Pg") : page;
      leaf.marked.push_back({on.getObjGen(), kid.getKey("/MCID").getIntValue()});
    }
  }
  return leaf;
}

Object new_element(QPDF& pdf, const std::string& type, Object parent) {
  Object element = pdf.makeIndirectObject(Object::newDictionary());
  element.replaceKey("/Type", Object::newName("/StructElem"));
  element.replaceKey("/S", Object::newName("/" + type));
  element.replaceKey("/P", parent);
  return element;
}

void set_attributes(Object element, const StructureNode& node) {
  const auto& structure = node.structure;
  if (!node.alternative.empty())
    element.replaceKey("/Alt", Object::newUnicodeString(node.alternative));
  if (!structure.language.empty())
    element.replaceKey("/Lang", Object::newUnicodeString(structure.language));
  if (!structure.id.empty()) element.replaceKey("/ID", Object::newString(structure.id));
  if (!structure.scope.empty()) {
    Object table = Object::newDictionary();
    table.replaceKey("/O", Object::newName("/Table"));
    table.replaceKey("/Scope", Object::newName("/" + structure.scope));
    element.replaceKey("/A", table);
  }
}

struct Builder {
  QPDF& pdf;
  const PaintLog& log;
  Object document;
  std::vector<Object> elements;                              // by node
  std::map<QPDFObjGen, std::vector<Object>> kids;            // by element, in reading order
  std::map<QPDFObjGen, std::map<long long, Object>> owners;  // page → MCID → element
  std::vector<std::pair<Object, Object>> annotation_owners;  // (annotation, Link element)
  std::vector<std::pair<std::string, Object>> ids;

  Object parent_of(int node) { return node < 0 ? document : elements[node]; }
  void add_kid(Object parent, Object kid) { kids[parent.getObjGen()].push_back(kid); }
};

void add_node(Builder& b, int index) {
  const StructureNode& node = b.log.nodes[index];
  Object parent = b.parent_of(node.parent);
  Object element = new_element(b.pdf, node.structure.type, parent);
  set_attributes(element, node);
  if (!node.structure.id.empty()) b.ids.push_back({node.structure.id, element});
  b.elements[index] = element;
  b.add_kid(parent, element);
}

void add_leaf(Builder& b, const TaggedLeaf& leaf, const CairoLeaf& cairo,
              const std::map<QPDFObjGen, Object>& pages) {
  if (!leaf.link) {
    Object element = b.parent_of(leaf.node);
    for (auto [page, mcid] : cairo.marked) {
      Object reference = Object::newDictionary();
      reference.replaceKey("/Type", Object::newName("/MCR"));
      reference.replaceKey("/Pg", pages.at(page));
      reference.replaceKey("/MCID", Object::newInteger(mcid));
      b.add_kid(element, reference);
      b.owners[page][mcid] = element;
    }
    return;
  }
  // A link is its Link element's annotation, or a Link of its own inside the text it is in.
  bool in_link = leaf.node >= 0 && b.log.nodes[leaf.node].structure.type == "Link";
  Object link =
      in_link ? b.elements[leaf.node] : new_element(b.pdf, "Link", b.parent_of(leaf.node));
  if (!in_link) b.add_kid(b.parent_of(leaf.node), link);
  for (Object annotation : cairo.annotations) {
    Object reference = Object::newDictionary();
    reference.replaceKey("/Type", Object::newName("/OBJR"));
    reference.replaceKey("/Obj", annotation);
    if (annotation.hasKey("/P")) reference.replaceKey("/Pg", annotation.getKey("/P"));
    b.add_kid(link, reference);
    b.annotation_owners.push_back({annotation, link});
  }
}

// Each page's content: marked content renamed to its element's type, the rest artifacts.
void rewrite_pages(Builder& b, std::vector<QPDFPageObjectHelper>& pages) {
  for (auto& page : pages) {
    const auto& owned = b.owners[page.getObjectHandle().getObjGen()];
    MarkedContentFilter filter([&owned](long long mcid) {
      auto at = owned.find(mcid);
      if (at == owned.end()) return std::string();
      Object element = at->second;
      return element.getKey("/S").getName().substr(1);
    });
    Pl_Buffer buffer("rewritten content");
    page.filterContents(&filter, &buffer);
    auto bytes = buffer.getBufferSharedPointer();
    std::string content(reinterpret_cast<const char*>(bytes->getBuffer()), bytes->getSize());
    page.getObjectHandle().replaceKey("/Contents", Object::newStream(&b.pdf, content));
  }
}

Object parent_tree(Builder& b, std::vector<QPDFPageObjectHelper>& pages) {
  Object numbers = Object::newArray();
  long long key = 0;
  for (auto& page : pages) {
    const auto& owned = b.owners[page.getObjectHandle().getObjGen()];
    Object mcids = Object::newArray();
    long long next = 0;
    for (const auto& [mcid, element] : owned) {
      for (; next < mcid; ++next) mcids.appendItem(Object::newNull());
      mcids.appendItem(element);
      next = mcid + 1;
    }
    page.getObjectHandle().replaceKey("/StructParents", Object::newInteger(key));
    numbers.appendItem(Object::newInteger(key++));
    numbers.appendItem(mcids);
  }
  for (auto& [annotation, link] : b.annotation_owners) {
    annotation.replaceKey("/StructParent", Object::newInteger(key));
    numbers.appendItem(Object::newInteger(key++));
    numbers.appendItem(link);
  }
  Object tree = Object::newDictionary();
  tree.replaceKey("/Nums", numbers);
  return b.pdf.makeIndirectObject(tree);
}

}  // namespace

void rebuild_structure_tree(QPDF& pdf, const PaintLog& log) {
  Object root = pdf.getRoot().getKey("/StructTreeRoot");
  if (!root.isDictionary()) return;
  std::vector<Object> cairo_documents = items_of(root.getKey("/K"));
  std::vector<Object> cairo_leaves;
  // The painter's leaves, inside the Document tag the briefing opens, or at the root.
  for (Object top : cairo_documents) {
    if (!is_element(top)) continue;
    if (!top.getKey("/S").isNameAndEquals("/Document")) {
      cairo_leaves.push_back(top);
      continue;
    }
    for (Object kid : items_of(top.getKey("/K")))
      if (is_element(kid)) cairo_leaves.push_back(kid);
  }
  if (cairo_leaves.size() != log.leaves.size())
    throw RenderError(
        fmt::format("tagging the PDF failed: Cairo wrote {} structure tags where {} were painted",
                    cairo_leaves.size(), log.leaves.size()));

  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  std::map<QPDFObjGen, Object> page_objects;
  for (auto& page : pages)
    page_objects[page.getObjectHandle().getObjGen()] = page.getObjectHandle();

  Object new_root = pdf.makeIndirectObject(Object::newDictionary());
  new_root.replaceKey("/Type", Object::newName("/StructTreeRoot"));
  Builder b{pdf, log, new_element(pdf, "Document", new_root), {}, {}, {}, {}, {}};
  b.elements.resize(log.nodes.size());
  for (const auto& event : log.events) {
    if (event.kind == LogEvent::node) {
      add_node(b, event.index);
    } else {
      add_leaf(b, log.leaves[event.index], read_leaf(cairo_leaves[event.index]), page_objects);
    }
  }
  for (auto& [element, children] : b.kids) {
    Object object = pdf.getObjectByObjGen(element);
    object.replaceKey("/K", Object::newArray(children));
  }
  rewrite_pages(b, pages);
  new_root.replaceKey("/K", Object::newArray({b.document}));
  new_root.replaceKey("/ParentTree", parent_tree(b, pages));
  new_root.replaceKey(
      "/ParentTreeNextKey",
      Object::newInteger(static_cast<long long>(pages.size() + b.annotation_owners.size())));
  if (!b.ids.empty()) {
    std::sort(b.ids.begin(), b.ids.end(),
              [](const auto& a, const auto& c) { return a.first < c.first; });
    Object names = Object::newArray();
    for (auto& [id, element] : b.ids) {
      names.appendItem(Object::newString(id));
      names.appendItem(element);
    }
    Object tree = Object::newDictionary();
    tree.replaceKey("/Names", names);
    new_root.replaceKey("/IDTree", pdf.makeIndirectObject(tree));
  }
  pdf.getRoot().replaceKey("/StructTreeRoot", new_root);
}

}  // namespace folio::render::pdf
