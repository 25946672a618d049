#include "render/pptx/zip_package.h"

#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <ctime>

#include "core/errors.h"

namespace folio::render::pptx {
namespace {

// Every entry's modification time: 1 January 2000, 00:00. Zip stores a DOS time, which libzip
// makes from a time_t in the machine's time zone; the time_t is therefore made in that zone
// too, so the stored time, and the bytes, are the same in every zone.
time_t fixed_time() {
  std::tm local{};
  local.tm_year = 100;
  local.tm_mday = 1;
  local.tm_isdst = -1;
  return std::mktime(&local);
}

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
  std::string reason = error ? zip_error_strerror(error) : "unknown error";
  throw RenderError(fmt::format("writing the slide deck's package failed: {}: {}", what, reason));
}

}  // namespace

void ZipPackage::add(std::string name, std::string bytes) {
  parts_.emplace_back(std::move(name), std::move(bytes));
}

std::string ZipPackage::finish() const {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) fail("a buffer", &error);
  zip_source_keep(buffer);  // read back after zip_close
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) {
    zip_source_free(buffer);
    fail("opening", &error);
  }
  for (const auto& [name, bytes] : parts_) {
    // libzip reads the part's bytes when the archive is closed; they live in parts_ till then.
    zip_source_t* part = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    zip_int64_t index = part ? zip_file_add(archive, name.c_str(), part, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (part) zip_source_free(part);
      std::string reason = zip_strerror(archive);
      zip_discard(archive);
      zip_source_free(buffer);
      throw RenderError(fmt::format("writing the slide deck's part {} failed: {}", name, reason));
    }
    auto at = static_cast<zip_uint64_t>(index);
    zip_set_file_compression(archive, at, ZIP_CM_DEFLATE, 6);
    zip_file_set_mtime(archive, at, fixed_time(), 0);
  }
  if (zip_close(archive) < 0) {
    std::string reason = zip_strerror(archive);
    zip_discard(archive);
    zip_source_free(buffer);
    throw RenderError("writing the slide deck's package failed: " + reason);
  }
  std::string out;
  if (zip_source_open(buffer) == 0) {
    zip_source_seek(buffer, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    out.resize(static_cast<size_t>(std::max<zip_int64_t>(size, 0)));
    zip_int64_t read = zip_source_read(buffer, out.data(), out.size());
    zip_source_close(buffer);
    if (read != size) out.clear();
  }
  zip_source_free(buffer);
  if (out.empty()) throw RenderError("writing the slide deck's package failed: no bytes");
  return out;
}

std::vector<std::pair<std::string, std::string>> read_zip(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) fail("reading a buffer", &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    fail("reading", &error);
  }
  std::vector<std::pair<std::string, std::string>> parts;
  zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, index, 0, &stat) != 0) continue;
    std::string content(static_cast<size_t>(stat.size), '\0');
    zip_file_t* file = zip_fopen_index(archive, index, 0);
    if (!file) continue;
    zip_int64_t read = zip_fread(file, content.data(), content.size());
    zip_fclose(file);
    if (read != static_cast<zip_int64_t>(content.size())) {
      zip_close(archive);
      throw RenderError(fmt::format("reading part {} of a zip failed", stat.name));
    }
    parts.emplace_back(stat.name, std::move(content));
  }
  zip_close(archive);
  return parts;
}

}  // namespace folio::render::pptx
