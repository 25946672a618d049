// The folio program's PowerPoint decks: forwarded to folio-pptx.so, loaded on the first deck.
#include "modules/loader.h"

namespace folio::render::pptx {
namespace {

const modules::PptxModule& pptx_module() {
  static const auto& table = modules::load<modules::PptxModule>(
      "folio-pptx.so", "folio_pptx_module", "write a PowerPoint deck");
  return table;
}

}  // namespace

std::string render_pptx(const DeckContent& deck) {
  return pptx_module().render_pptx(deck);
}

Template read_template(const std::string& bytes, const std::string& name) {
  return pptx_module().read_template(bytes, name);
}

}  // namespace folio::render::pptx
