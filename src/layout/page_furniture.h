#pragma once
#include <string>
#include <vector>

#include "model/document.h"
#include "scene/scene.h"

namespace folio::layout {

// Lower-case roman numerals for front matter: 1 -> "i", 4 -> "iv".
std::string roman_numeral(int number);

// Running header (title, classification) and footer (author, "Page N of M") on every page
// but the cover. Front-matter pages show their roman label instead of "Page N of M".
void add_page_furniture(std::vector<scene::Frame>& pages, const std::vector<std::string>& labels,
                        int first_body_page, const model::Document& document);

}  // namespace folio::layout
