#pragma once
#include "model/dataset.h"

namespace folio::model {

// A dataset from a CSV file: the header names the fields, each column is typed as declared
// ("types") or by its cells (numbers, true/false, else text), cells listed in "nulls" are
// empty. Throws InputError at the CSV file's line:column, naming the dataset's pointer.
Dataset load_csv_dataset(const spec::Dataset& dataset);

// A cell as a number, with `decimal` as the decimal mark and the other of '.' and ',' (or a
// space) grouping thousands: "1,234.5", "1.234,5", "-3e6". nullopt when it is no number.
std::optional<double> parse_csv_number(std::string_view text, char decimal);

}  // namespace folio::model
