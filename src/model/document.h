#pragma once
// The fully resolved document: datasets typed, fields bound to columns, theme loaded, page
// geometry in points. Layout reads only this.
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/error_collector.h"
#include "core/geometry.h"
#include "model/dataset.h"
#include "model/theme.h"
#include "spec/document.h"
#include "text/messages.h"

namespace folio::model {

struct Chart {
  spec::Chart spec;
  const Dataset* data = nullptr;            // null for kinds that carry their own values (stats)
  std::shared_ptr<const Dataset> own_data;  // the chart's inline dataset, which `data` points to
  const Column* x = nullptr;
  const Column* y = nullptr;
  const Column* series = nullptr;
  const Column* label = nullptr;
  const Column* estimated = nullptr;
  const Column* size = nullptr;
  std::vector<const Column*> columns;  // one per spec.columns entry (tables)
  const Column* facet = nullptr;       // small multiples: one panel per value
  bool value_axis_labels = true;       // false in panels that share the first column's labels
  std::string source_line;             // "Source: ..." with the dataset's note, ready to print
  std::string language = "en";         // its own "language", else the document's: numbers,
                                       // dates and text are written for it
  text::Messages messages = text::Messages::for_language("en");  // folio's words, in `language`
};

struct Table {
  spec::Table spec;
  const Dataset* data = nullptr;
  std::shared_ptr<const Dataset> own_data;  // the data with its cells' expressions evaluated
  std::vector<const Column*> columns;
  std::vector<bool> summed;     // per column: part of the totals row
  std::string language = "en";  // the document's: how its numbers are written
  text::Messages messages = text::Messages::for_language("en");
};

struct Block;

struct Grid {
  spec::Grid spec;  // columns, gap and minimum width; its blocks are resolved below
  std::vector<Block> blocks;
};

struct Block {
  std::string pointer;
  std::variant<spec::Heading, spec::Paragraph, Chart, Table, spec::PageBreak, spec::List,
               spec::Callout, Grid>
      content;
};

struct Page {
  Size size;
  Rect body;  // the area inside the margins
};

struct Document {
  spec::Meta meta;
  Page page;
  Theme theme;
  std::optional<spec::Cover> cover;
  std::optional<spec::Contents> contents;
  std::optional<spec::Sources> sources;
  std::map<std::string, Dataset> datasets;  // a map: charts keep pointers into it
  std::vector<Block> blocks;
  text::Messages messages = text::Messages::for_language("en");  // in meta.language
  std::map<std::string, std::string> strings;  // the document's overrides of those words
  // What is drawn but may not be what was meant, as pointer and message, for warnings.
  std::vector<std::pair<std::string, std::string>> notices;

  Document() = default;
  Document(const Document&) = delete;  // charts point into datasets
  Document(Document&&) = default;
};

// Every chart of the document in reading order, those inside grids included.
std::vector<const Chart*> charts_of(const Document& document);

struct ResolveOptions {
  std::map<std::string, std::string> params;  // --param NAME=VALUE, typed like each default
  // `folio check`: errors go here and resolving goes on with the next dataset or block;
  // null: the first error is thrown.
  ErrorCollector* errors = nullptr;
};

// Throws InputError for unknown themes, datasets, fields and chart kinds, and for expressions
// in texts that name nothing or go wrong; UsageError for a --param the document lacks.
Document resolve_document(const spec::Document& document, const ResolveOptions& options = {});

class TextBinder;
// Binds one chart's fields and evaluates the expressions in its texts, with `binder`'s names
// (a document's), or with only the chart's own data (as "data") when `binder` is null.
// `language` is the document's (or the chart command's --language).
Chart resolve_chart(const spec::Chart& chart, const std::map<std::string, Dataset>& datasets,
                    const spec::JsonDocument& doc, const TextBinder* binder = nullptr,
                    const std::string& language = "en",
                    const std::map<std::string, std::string>& strings = {});

}  // namespace folio::model
