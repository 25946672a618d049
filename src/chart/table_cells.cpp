#include "chart/table_cells.h"

#include "text/number_format.h"

namespace folio::chart {

spec::NumberFormat column_format(const model::Column* column, const spec::TableColumn& spec) {
  if (spec.format) return *spec.format;
  spec::NumberFormat format;
  // A column of years (1997, 2019) reads as years, never "1,997".
  if (column && column->holds_years()) format.style = spec::NumberStyle::year;
  return format;
}

std::vector<std::string> column_texts(const model::Column* column, const std::vector<size_t>& rows,
                                      const spec::TableColumn& spec, const std::string& language,
                                      bool short_units) {
  std::vector<std::string> texts(rows.size(), "–");
  if (!column) return texts;
  if (column->type != model::ColumnType::number) {
    for (size_t i = 0; i < rows.size(); ++i) texts[i] = column->text(rows[i]).value_or("–");
    return texts;
  }
  auto format = column_format(column, spec);
  if (short_units &&
      (format.style == spec::NumberStyle::currency || format.style == spec::NumberStyle::compact ||
       format.style == spec::NumberStyle::decimal))
    format.notation = "short";
  std::vector<double> values;
  for (size_t r : rows)
    if (column->numbers()[r]) values.push_back(*column->numbers()[r]);
  auto written = text::format_column(values, format, language);
  for (size_t i = 0, k = 0; i < rows.size(); ++i)
    if (column->numbers()[rows[i]]) texts[i] = written[k++];
  return texts;
}

}  // namespace folio::chart
