#pragma once
#include <string>

namespace folio::cli {

// Throws UsageError ("--theme: expected a theme (briefing, dark, ...), found ...") unless
// `theme` names a built-in theme.
void check_theme_option(const std::string& theme);

}  // namespace folio::cli
