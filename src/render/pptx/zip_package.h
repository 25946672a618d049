#pragma once
// An Office Open XML package: a zip of named parts, written through libzip into memory. The
// same parts give the same bytes (every entry's time is fixed), so decks are reproducible.
#include <string>
#include <utility>
#include <vector>

namespace folio::render::pptx {

class ZipPackage {
 public:
  // Parts are stored in the order added; `[Content_Types].xml` should come first.
  void add(std::string name, std::string bytes);
  // The zip's bytes. Throws RenderError when libzip fails.
  std::string finish() const;

 private:
  std::vector<std::pair<std::string, std::string>> parts_;
};

// The parts of a zip held in memory, in their stored order (to re-store a workbook
// libxlsxwriter wrote with the clock's time, and for tests). Throws RenderError.
std::vector<std::pair<std::string, std::string>> read_zip(const std::string& bytes);

}  // namespace folio::render::pptx
