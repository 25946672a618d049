#include "render/pptx/template.h"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "core/errors.h"
#include "render/pptx/zip_package.h"

namespace folio::render::pptx {
namespace {

using Document = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

Document parse(const std::string& xml) {
  return Document(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
                  xmlFreeDoc);
}

std::string local_name(const xmlNode* node) {
  return reinterpret_cast<const char*>(node->name);
}

std::string attribute(const xmlNode* node, const char* name) {
  // Attributes are looked up by local name, whatever their namespace (r:id, Id).
  for (const xmlAttr* a = node->properties; a; a = a->next)
    if (local_name(reinterpret_cast<const xmlNode*>(a)) == name && a->children &&
        a->children->content)
      return reinterpret_cast<const char*>(a->children->content);
  return "";
}

// Every element below `node`, depth first.
template <typename F>
void each_element(const xmlNode* node, F&& visit) {
  for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE) {
      visit(child);
      each_element(child, visit);
    }
}

// A relationship part's targets by id, resolved to part names.
std::map<std::string, std::string> relationships(const std::map<std::string, std::string>& parts,
                                                 const std::string& part) {
  std::map<std::string, std::string> targets;
  size_t slash = part.rfind('/');
  std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  std::string rels = folder + "_rels/" + part.substr(slash + 1) + ".rels";
  auto found = parts.find(rels);
  if (found == parts.end()) return targets;
  auto doc = parse(found->second);
  if (!doc) return targets;
  each_element(reinterpret_cast<xmlNode*>(doc.get()), [&](const xmlNode* node) {
    if (local_name(node) != "Relationship" || attribute(node, "TargetMode") == "External") return;
    std::string path = folder + attribute(node, "Target");
    if (!attribute(node, "Target").empty() && attribute(node, "Target")[0] == '/')
      path = attribute(node, "Target").substr(1);
    // Fold "a/b/../c" into "a/c".
    for (size_t up = path.find("/../"); up != std::string::npos; up = path.find("/../")) {
      size_t parent = path.rfind('/', up - 1);
      size_t from = parent == std::string::npos ? 0 : parent + 1;
      path.erase(from, up + 4 - from);
    }
    targets[attribute(node, "Id")] = path;
  });
  return targets;
}

bool starts_with(const std::string& text, const char* prefix) {
  return text.rfind(prefix, 0) == 0;
}

// What folio writes itself, or what belongs to the template's own slides.
bool left_out(const std::string& name) {
  for (const char* prefix :
       {"[Content_Types].xml", "_rels/.rels", "docProps/", "ppt/presentation.xml",
        "ppt/_rels/presentation.xml.rels", "ppt/slides/", "ppt/notesSlides/", "ppt/notesMasters/",
        "ppt/handoutMasters/", "ppt/charts/", "ppt/embeddings/", "ppt/presProps.xml",
        "ppt/viewProps.xml", "ppt/tableStyles.xml", "ppt/commentAuthors.xml", "ppt/comments/",
        "customXml/"})
    if (starts_with(name, prefix)) return true;
  return false;
}

}  // namespace

Template read_template(const std::string& bytes, const std::string& name) {
  auto fail = [&](const std::string& what) {
    return RenderError(fmt::format("--template {}: {}", name, what));
  };
  std::map<std::string, std::string> parts;
  try {
    for (auto& [part, content] : read_zip(bytes)) parts[part] = std::move(content);
  } catch (const RenderError&) {
    throw fail("expected a PowerPoint file (.pptx), found no zip package");
  }
  if (!parts.count("ppt/presentation.xml") || !parts.count("[Content_Types].xml"))
    throw fail("expected a PowerPoint file (.pptx), found no ppt/presentation.xml");
  Template result;
  auto presentation = parse(parts["ppt/presentation.xml"]);
  if (!presentation) throw fail("its ppt/presentation.xml is not well-formed XML");
  auto targets = relationships(parts, "ppt/presentation.xml");
  std::string size_problem;
  each_element(reinterpret_cast<xmlNode*>(presentation.get()), [&](const xmlNode* node) {
    if (local_name(node) == "sldSz" &&
        (attribute(node, "cx") != "12192000" || attribute(node, "cy") != "6858000"))
      size_problem =
          fmt::format("expected 16:9 slides of 13.333 × 7.5 in, found {:.3g} × {:.3g} in",
                      std::atof(attribute(node, "cx").c_str()) / 914400,
                      std::atof(attribute(node, "cy").c_str()) / 914400);
  });
  if (!size_problem.empty()) throw fail(size_problem);
  // A sldMasterId has two attributes named "id": its number, and r:id (namespaced) naming the
  // relationship to the master.
  each_element(reinterpret_cast<xmlNode*>(presentation.get()), [&](const xmlNode* node) {
    if (local_name(node) != "sldMasterId") return;
    std::string number, relationship;
    for (const xmlAttr* a = node->properties; a; a = a->next) {
      std::string value = a->children && a->children->content
                              ? reinterpret_cast<const char*>(a->children->content)
                              : "";
      if (a->ns)
        relationship = value;
      else
        number = value;
    }
    auto target = targets.find(relationship);
    if (target != targets.end() && parts.count(target->second))
      result.masters.emplace_back(number, target->second);
  });
  if (result.masters.empty()) throw fail("expected a slide master, found none");
  for (const auto& [id, target] : targets)
    if (starts_with(target, "ppt/theme/")) result.theme = target;
  if (result.theme.empty()) throw fail("expected a theme, found none");

  // The layout: blank, else title only, else the first master's first.
  std::string blank, title_only, first;
  for (const auto& [id, target] : relationships(parts, result.masters.front().second)) {
    if (!starts_with(target, "ppt/slideLayouts/") || !parts.count(target)) continue;
    if (first.empty() || target < first) first = target;
    auto layout = parse(parts[target]);
    if (!layout) continue;
    std::string type = attribute(xmlDocGetRootElement(layout.get()), "type");
    if (type == "blank") blank = target;
    if (type == "titleOnly") title_only = target;
  }
  result.layout = !blank.empty() ? blank : !title_only.empty() ? title_only : first;
  if (result.layout.empty()) throw fail("expected a slide layout, found none");

  auto types = parse(parts["[Content_Types].xml"]);
  if (!types) throw fail("its [Content_Types].xml is not well-formed XML");
  each_element(reinterpret_cast<xmlNode*>(types.get()), [&](const xmlNode* node) {
    if (local_name(node) == "Default")
      result.defaults.emplace_back(attribute(node, "Extension"), attribute(node, "ContentType"));
    if (local_name(node) == "Override") {
      std::string part = attribute(node, "PartName");
      if (!part.empty() && part[0] == '/') part.erase(0, 1);
      if (!left_out(part)) result.overrides.emplace_back(part, attribute(node, "ContentType"));
    }
  });
  // What the masters and the theme lead to (layouts, their themes, images, fonts): the rest
  // of the template (its slides, their media, a chart folio made) is left behind, and nothing
  // kept can clash with a name folio writes.
  std::set<std::string> kept;
  std::vector<std::string> pending = {result.theme};
  for (const auto& master : result.masters) pending.push_back(master.second);
  while (!pending.empty()) {
    std::string part = pending.back();
    pending.pop_back();
    if (left_out(part) || !parts.count(part) || !kept.insert(part).second) continue;
    size_t slash = part.rfind('/');
    std::string rels = part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
    if (parts.count(rels)) kept.insert(rels);
    for (const auto& [id, target] : relationships(parts, part)) pending.push_back(target);
  }
  result.overrides.erase(
      std::remove_if(result.overrides.begin(), result.overrides.end(),
                     [&](const auto& entry) { return !kept.count(entry.first); }),
      result.overrides.end());
  for (auto& [part, content] : parts)
    if (kept.count(part)) result.parts.emplace_back(part, std::move(content));
  return result;
}

}  // namespace folio::render::pptx
