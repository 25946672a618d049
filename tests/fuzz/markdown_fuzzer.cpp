// Inline Markdown (emphasis, links, footnotes) and its shaping into lines by Pango.
#include <glib.h>

#include "fuzz_support.h"
#include "text/rich_text.h"
#include "text/shaped_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text = folio::fuzz::text_of(data, size);
  // Text reaches the parser only after the document's UTF-8 check.
  if (!g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) return 0;
  folio::fuzz::expecting_input_errors([&] {
    auto rich = folio::text::parse_inline_markdown(text);
    folio::model::TextStyle style;
    style.family = "Noto Sans";
    folio::text::shape_rich_text(rich, style, {300}, {});
  });
  return 0;
}
