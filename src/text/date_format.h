#pragma once
// Dates written for labels, by ICU date skeletons in a language: "Mar 2019",
// "2019년 3월". A skeleton names the fields wanted ("yMMM"); ICU orders and spells them.
#include <string>
#include <vector>

#include "scale/time_ticks.h"

namespace folio::text {

// Tick labels for a time axis: by default the year on the first tick and wherever it changes,
// the month where it changes, else only the finer field ("Jan 2023", "Apr", "Jul"; "Mar 1,
// 2023", "8", "15"). A non-empty `skeleton` writes every tick the same way instead.
std::vector<std::string> format_time_ticks(const scale::TimeTicks& ticks,
                                           const std::string& skeleton, const std::string& language);

// One date as written in data ("1970", "2019-03", "2019-03-15") for a label: "1970",
// "Mar 2019", "Mar 15, 2019"; with a skeleton, as it asks. Text that is no date is returned
// as it is.
std::string format_date_text(const std::string& text, const std::string& skeleton,
                             const std::string& language);

// ICU's complaint about a date skeleton, or "" when every letter is a date field ICU knows.
std::string date_skeleton_error(const std::string& skeleton);

}  // namespace folio::text
