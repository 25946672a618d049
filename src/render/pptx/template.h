#pragma once
// A user's branded deck as the template of a .pptx: its slide masters, layouts, themes and
// media are kept, folio's slides take its blank layout (else its title-only one, else its
// first), and the rest of it (its own slides, notes, docProps) is left out.
#include <string>
#include <utility>
#include <vector>

namespace folio::render::pptx {

struct Template {
  std::vector<std::pair<std::string, std::string>> parts;      // kept parts, by name
  std::vector<std::pair<std::string, std::string>> overrides;  // part name → content type
  std::vector<std::pair<std::string, std::string>> defaults;   // extension → content type
  std::vector<std::pair<std::string, std::string>> masters;    // sldMasterId id → part name
  std::string theme;                                           // the presentation's theme part
  std::string layout;                                          // the layout folio's slides use
};

// Reads a .pptx's bytes. Throws RenderError naming what is missing ("has no slide master")
// or wrong ("slides of 10 × 7.5 in, not 13.333 × 7.5 in").
Template read_template(const std::string& bytes, const std::string& name);

}  // namespace folio::render::pptx
