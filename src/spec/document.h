#pragma once
// The document format v1 as typed values, straight from JSON (docs/FORMAT.md). Nothing here
// is resolved yet: datasets are unread, styles uncascaded. Every node keeps its JSON pointer.
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "core/file_read.h"
#include "core/image.h"
#include "spec/json_document.h"

namespace folio::spec {

// How a number is written; `year` never groups digits (1997), `multiple` is "20×".
enum class NumberStyle { decimal, compact, currency, percent, multiple, year, ordinal };

struct NumberFormat {
  NumberStyle style = NumberStyle::decimal;
  std::string currency;         // ISO code such as "USD", for style "currency"
  double magnitude = 1;         // the data's unit: 1e6 when values are in millions
  std::optional<int> decimals;  // fixed decimals; chosen from the data when absent
  bool trim_zeros = false;      // prose: "US$1 billion", where a tile writes "US$1.0 billion"
  std::string prefix;
  std::string suffix;
  std::string notation;                     // "", short ("5.8B"), long ("5.8 billion")
  std::string currency_display = "symbol";  // symbol (US$), code (USD), name (US dollars)
  std::string pattern;  // an ICU number skeleton or decimal pattern; overrides the style
  std::string locale;   // BCP 47; the document's language when empty
  std::string date;     // an ICU date skeleton ("yMMM") for dates on this axis; "" by precision
};

// Chart options, as enums once read: kinds compare values, never spellings.
enum class Scale { linear, log };
enum class Stack { none, stacked, percent };  // with series: side by side, stacked, to 100%
enum class Orientation { vertical, horizontal };
enum class Sort { none, ascending, descending };
// Where series are named: auto (direct labels for 2-4 lines, else top), or as written.
enum class Legend { automatic, top, right, bottom, direct, none };
// Data markers on lines: auto (drawn unless the points are too dense to tell apart).
enum class Markers { automatic, always, never };
enum class AnnotationType { line, range, point };

struct Axis {
  std::string pointer;
  std::string field;
  std::string title;
  std::optional<NumberFormat> format;
  std::optional<double> min;
  std::optional<double> max;
  Scale scale = Scale::linear;  // log: for kinds that take one (line and scatter)
};

struct Span {
  std::string pointer;
  std::string start;  // dates as "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  std::string end;
  std::string label;
};

// A note drawn on a chart: a reference line at an x or y value, a shaded range between two,
// or a callout pointing at the data point (x, y).
struct Annotation {
  std::string pointer;
  AnnotationType type = AnnotationType::line;
  std::optional<double> x, x2, y, y2;
  std::string label;
};

struct StatItem {
  std::string pointer;
  double value = 0;
  std::string value_expression;  // "{{ ... }}" giving the value, evaluated when resolving
  NumberFormat format;
  std::string label;
  std::optional<double> previous;  // shows the change against it: "▲ 12.5% vs 2018"
  std::string previous_label;      // "vs 2018"
};

struct TableColumn {
  std::string pointer;
  std::string field;
  std::string title;
  std::optional<NumberFormat> format;
  std::string align;  // "", left, right, center; "" aligns numbers right
  bool bar = false;   // table charts: a bar in the cell, its length the value
};

// Small multiples: one panel per value of `field`, all on the same scales.
struct Facet {
  std::string pointer;
  std::string field;
  std::optional<int> columns;  // panels a row; chosen from the width when absent
};

struct Dataset;

struct Chart {
  const JsonDocument* file = nullptr;  // the document or included spec it was written in
  std::string pointer;
  std::string id;
  std::string kind;
  std::string title;
  std::string subtitle;
  std::string source;
  std::string note;
  std::string data;  // dataset name; empty for kinds that carry their own values
  std::shared_ptr<const Dataset> inline_data;  // when "data" is a dataset object instead of a name
  std::optional<Axis> x;
  std::optional<Axis> y;
  std::optional<std::string> series_field;
  std::vector<std::string> series_order;
  std::optional<std::string> label_field;
  std::optional<std::string> estimated_field;  // boolean field marking illustrative points
  std::optional<std::string> size_field;       // scatter: marker area
  Orientation orientation = Orientation::vertical;
  Sort sort = Sort::none;
  Stack stack = Stack::none;
  Legend legend = Legend::automatic;
  Markers markers = Markers::automatic;
  std::vector<std::string> highlight;
  bool highlight_pointer_is_string = false;  // "highlight": "Korea" rather than a list
  std::string total;       // waterfall: the label of a last column showing the sum
  std::optional<int> top;  // rankings: keep the first N after sorting
  std::vector<Span> spans;
  std::vector<StatItem> items;
  std::vector<Annotation> annotations;
  std::optional<double> width_pt;  // standalone size; 16:9 slide size when absent
  std::optional<double> height_pt;
  std::optional<double> aspect_ratio;  // width / height inside a document
  std::string language;              // BCP 47 for its numbers and dates; the document's when empty
  std::vector<TableColumn> columns;  // table charts
  std::optional<Facet> facet;
};

struct Heading {
  std::string text;
  int level = 1;
};

struct Paragraph {
  std::string text;
};

struct Totals {
  std::string label = "Total";      // set in the first column
  std::vector<std::string> fields;  // numeric fields summed in the totals row
};

struct Table {
  std::string title;
  std::string data;
  std::vector<TableColumn> columns;
  std::string source;
  bool zebra = true;  // shade every other row
  std::optional<Totals> totals;
};

struct PageBreak {};

struct List {
  bool ordered = false;
  std::vector<std::string> items;  // inline Markdown each
};

struct Callout {
  std::string title;
  std::string text;  // inline Markdown
};

struct Block;

// Blocks side by side in equal columns; stacked when a column would be too narrow.
struct Grid {
  int columns = 2;
  double gap_pt = 17;
  double min_column_width_pt = 200;
  std::vector<Block> blocks;
};

struct Block {
  std::string pointer;
  std::variant<Heading, Paragraph, Chart, Table, PageBreak, List, Callout, Grid> content;
};

struct Meta {
  std::string classification;  // e.g. "For official use": in the running header and on the cover
  std::string title;
  std::string subtitle;
  std::string author;
  std::string date;  // YYYY-MM-DD
  std::string language = "en";
  std::string subject;
  std::vector<std::string> keywords;
};

struct Page {
  std::string size = "A4";
  bool landscape = false;
  double margin_top_pt = 62;
  double margin_right_pt = 57;
  double margin_bottom_pt = 62;
  double margin_left_pt = 57;
};

struct Logo {
  std::shared_ptr<const ImageData> image;
  double height_pt = 40;
};

struct Cover {
  std::optional<Logo> logo;
  std::string kicker;
  std::vector<std::string> lines;  // e.g. the parties' names in several scripts
  std::string note;
};

// Optional generated parts of a document.
struct Contents {
  std::string title;  // the language's word for "Contents" when empty
  int depth = 2;      // heading levels listed
};

struct Sources {
  std::string title;         // the language's word for "Sources" when empty
  bool descriptions = true;  // each figure's text alternative under its source
};

// A theme object that overrides the built-in theme's tokens: the document's inline "style"
// object, or a theme file it names.
struct ThemeLayer {
  std::shared_ptr<const JsonDocument> file;  // where the object is written
  std::string pointer;                       // "" for a theme file's root, "/style" inline
};

struct Style {
  std::string theme = "briefing";  // the built-in theme inherited ("inherit")
  std::string pointer;             // of the theme's name
  std::vector<ThemeLayer> layers;  // applied in order over the built-in theme
};

// How a CSV file is read ("csv": {...} in a dataset).
struct CsvOptions {
  char delimiter = ',';
  int skip_rows = 0;                   // metadata lines above the header (World Bank: 4)
  char decimal = '.';                  // ',' for "1.234,5"; the other of '.' and ',' groups
  std::vector<std::string> nulls{""};  // cells that mean "no value": "", "..", "n/a"
  std::vector<std::pair<std::string, std::string>> types;  // field -> number, date, string
  std::string types_pointer;
};

// A step that shapes a dataset before charts see it, applied in order ("transform": [...]).
struct Transform {
  enum class Kind { where, select, rename, unpivot };
  Kind kind = Kind::where;
  std::string pointer;
  std::string expression;                                  // where: the condition
  std::vector<std::string> fields;                         // select; unpivot: columns to fold
  std::vector<std::pair<std::string, std::string>> names;  // rename: old -> new
  std::string key = "key", value = "value";                // unpivot: the new columns
};

struct Dataset {
  std::string name;
  std::string
      key;  // the field rows are looked up by (`name["Korea"]`); the first text field if empty
  std::string title;  // how the sources page names it; the name when empty
  std::string pointer;
  const JsonDocument* file = nullptr;      // the document or the data file this came from
  const JsonDocument* document = nullptr;  // the document that declares it (its transforms)
  std::string values_pointer;              // where the records or columns are, in `file`
  std::string source;
  std::string note;
  // A JSON data file that is one array of records: held open, and read into columns a piece
  // at a time as it is scanned (model/dataset.cpp) rather than parsed into a tree here; `file`
  // is then null.
  std::shared_ptr<const OpenFile> json_records_open;
  std::filesystem::path json_records_file;
  // A CSV file instead of JSON: the file, held open and read when the dataset is loaded (or
  // its bytes, when they come from memory), its name for errors, and how to read it.
  std::shared_ptr<const OpenFile> csv_open;
  std::shared_ptr<const std::string> csv_bytes;
  std::string csv_file;
  CsvOptions csv;
  std::vector<Transform> transforms;
};

// What parsing read: the JSON files that nodes keep pointing into, every path read (the
// document first; for --deps and watch), and data files the command line swapped in.
struct Inputs {
  std::vector<std::shared_ptr<const JsonDocument>> files;
  std::vector<std::filesystem::path> paths;
  std::map<std::string, std::filesystem::path> replaced_data;  // --set data.NAME=FILE
  // The folders the files a document names may be in: its own and those given with
  // --allow-path. Empty means the folder of the file the reference is written in.
  std::vector<std::filesystem::path> readable_folders;

  void keep(std::shared_ptr<const JsonDocument> json) {
    if (std::find(paths.begin(), paths.end(), json->path()) == paths.end())
      paths.push_back(json->path());
    files.push_back(std::move(json));
  }
};

// A parameter of a template document, with its default ("params": {"country": "KHM"}); the
// command line may set it (--param country=LAO).
struct Param {
  std::string name;
  std::string pointer;
  Json default_value;  // a string, number or boolean
};

// A named value ("values": {"ratio": "a / b"}): an expression that texts can quote by name.
struct NamedValue {
  std::string name;
  std::string pointer;
  std::string expression;
};

struct Document {
  std::shared_ptr<const JsonDocument> json;
  Inputs inputs;
  // Datasets whose definition had an error (`folio check` goes on without them).
  std::set<std::string> failed_datasets;
  Meta meta;
  Page page;
  Style style;
  std::optional<Cover> cover;
  std::optional<Contents> contents;
  std::optional<Sources> sources;
  std::vector<Param> params;
  std::vector<NamedValue> values;
  std::vector<Dataset> data;
  std::vector<Block> blocks;
  std::vector<NamedValue> strings;  // overrides of folio's own words: message id and text
  std::vector<NamedValue> fonts;    // the document's own font files: absolute path, pointer
};

}  // namespace folio::spec
