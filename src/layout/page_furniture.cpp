#include "layout/page_furniture.h"

#include <fmt/format.h>

#include "text/shaped_text.h"

namespace folio::layout {

std::string roman_numeral(int number) {
  static const std::pair<int, const char*> numerals[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, letters] : numerals)
    for (; number >= value; number -= value) out += letters;
  return out;
}

void add_page_furniture(std::vector<scene::Frame>& pages, const std::vector<std::string>& labels,
                        int first_body_page, const model::Document& document) {
  const auto& theme = document.theme;
  const auto& page = document.page;
  int body_pages = static_cast<int>(pages.size()) - first_body_page;
  int first = document.cover ? 1 : 0;
  for (int i = first; i < static_cast<int>(pages.size()); ++i) {
    scene::Frame header{{page.body.width, 0}, {}};
    auto title = text::shape_text(document.meta.title, theme.text(model::TextRole::page_header),
                                  {page.body.width * 0.65, text::Align::left, 1});
    header.text({0, 0}, title);
    if (!document.meta.classification.empty()) {
      auto label = text::shape_text(document.meta.classification,
                                    theme.text(model::TextRole::page_classification));
      header.text({page.body.width - label->size().width, 0}, label);
    }
    double rule_y = title->size().height + 3;
    header.stroke(scene::Path::segment({0, rule_y}, {page.body.width, rule_y}),
                  {theme.colors().grid, 0.6});
    header.size.height = rule_y + 1;
    pages[i].group({page.body.x, page.body.y - 26}, std::move(header), "page-header");

    scene::Frame footer{{page.body.width, 0}, {}};
    std::string number =
        i >= first_body_page
            ? document.messages.format("page",
                                       {{"page", labels[i]}, {"pages", std::to_string(body_pages)}})
            : labels[i];
    auto number_run = text::shape_text(number, theme.text(model::TextRole::page_footer));
    footer.text({page.body.width - number_run->size().width, 0}, number_run);
    if (!document.meta.author.empty()) {
      auto author = text::shape_text(document.meta.author, theme.text(model::TextRole::page_footer),
                                     {page.body.width * 0.65, text::Align::left, 1});
      footer.text({0, 0}, author);
    }
    footer.size.height = number_run->size().height;
    pages[i].group({page.body.x, page.body.bottom() + 20}, std::move(footer), "page-footer");
  }
}

}  // namespace folio::layout
