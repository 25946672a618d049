#include "cli/theme_option.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.h"
#include "core/strings.h"
#include "model/theme.h"

namespace folio::cli {

void check_theme_option(const std::string& theme) {
  auto names = model::theme_names();
  if (std::find(names.begin(), names.end(), theme) == names.end())
    throw UsageError(
        fmt::format("--theme: expected a theme ({}), found \"{}\"", join(names), theme));
}

}  // namespace folio::cli
