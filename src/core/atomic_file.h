#pragma once
#include <filesystem>
#include <string_view>

namespace folio {

// Writes bytes to a temporary file beside `path` and renames it into place, so a failed
// render never leaves a partial file or destroys the last good output. Throws RenderError.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace folio
