#pragma once
// A checker for the machine-checkable rules of PDF/UA-1 and PDF/A-2b that folio implements,
// since veraPDF is not a Debian package: it reads the file with libqpdf and returns one line
// per broken rule ("page 2: a link annotation has no /Contents"), none for a good file.
#include <string>
#include <vector>

namespace folio::pdf_test {

std::vector<std::string> pdf_problems(const std::string& pdf_bytes);

}  // namespace folio::pdf_test
