#pragma once
// ToUnicode CMaps of two-byte codes (what Cairo writes for its composite fonts): read into a
// table of code → UTF-16 text, and written back from one.
#include <map>
#include <string>
#include <string_view>

namespace folio::render::pdf {

using CodeText = std::map<unsigned, std::u16string>;

// The bfchar and bfrange entries of `cmap`; anything else in it is skipped.
CodeText read_to_unicode(std::string_view cmap);

// A complete CMap program for `table`, two-byte codes, in bfchar blocks of at most 100.
std::string write_to_unicode(const CodeText& table);

}  // namespace folio::render::pdf
