#include "cli/source_date.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <ctime>
#include <string_view>

#include "core/errors.h"

namespace folio::cli {

render::PdfOptions pdf_options_from_environment() {
  render::PdfOptions options;
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch) return options;
  std::string_view text(epoch);
  long long seconds = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || seconds < 0)
    throw UsageError(fmt::format(
        "SOURCE_DATE_EPOCH: expected a whole number of seconds since 1970, found \"{}\"", text));
  std::time_t time = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  options.fallback_date = fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z", utc.tm_year + 1900,
                                      utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return options;
}

}  // namespace folio::cli
