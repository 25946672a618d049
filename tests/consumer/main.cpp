// Uses the installed library the way an embedding application would: format a number and
// compute ticks, then shape text through folio's private font set.
#include <folio/scale/ticks.h>
#include <folio/text/number_format.h>
#include <folio/text/shaped_text.h>

#include <cstdio>

int main() {
  folio::spec::NumberFormat usd;
  usd.style = folio::spec::NumberStyle::currency;
  usd.currency = "USD";
  auto ticks = folio::scale::nice_ticks(0, 1031, 5);
  folio::model::TextStyle style;
  style.family = "Noto Sans";
  auto run = folio::text::shape_text("Korea–Cambodia", style);
  std::printf("%s %zu %d\n", folio::text::format_number(1e9, usd, "en").c_str(), ticks.values.size(),
              run->unknown_glyphs());
  return folio::text::format_number(1e9, usd, "en") == "US$1.0 billion" && ticks.values.size() == 7 &&
                 run->unknown_glyphs() == 0
             ? 0
             : 1;
}
