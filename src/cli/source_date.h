#pragma once
#include "render/outputs.h"

namespace folio::cli {

// PDF options for this run: the fallback date from SOURCE_DATE_EPOCH when it is set
// (reproducible-builds.org), else folio's fixed default. Throws UsageError for a value that
// is not a whole number of seconds.
render::PdfOptions pdf_options_from_environment();

}  // namespace folio::cli
