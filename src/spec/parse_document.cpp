#include <fmt/format.h>

#include <algorithm>

#include "core/limits.h"
#include "core/strings.h"
#include "core/text_scan.h"
#include "spec/file_reference.h"
#include "spec/parse.h"

namespace folio::spec {
namespace {

Meta parse_meta(const Node& node) {
  node.allow_only(
      {"title", "subtitle", "author", "date", "language", "subject", "keywords", "classification"});
  Meta meta;
  meta.classification = node.string_or("classification", "");
  meta.title = node.required("title").as_nonempty_string();
  meta.subtitle = node.string_or("subtitle", "");
  meta.author = node.string_or("author", "");
  meta.subject = node.string_or("subject", "");
  if (auto date = node.optional("date")) {
    meta.date = date->as_string();
    TextScan scan(meta.date);
    auto year = scan.digits(4, 4);
    auto month = scan.take('-') ? scan.digits(2, 2) : std::nullopt;
    auto day = scan.take('-') ? scan.digits(2, 2) : std::nullopt;
    if (!year || !month || !day || !scan.done() || *month < 1 || *month > 12 || *day < 1 ||
        *day > 31)
      date->fail("a date as YYYY-MM-DD");
  }
  if (auto language = node.optional("language")) meta.language = parse_language_tag(*language);
  if (auto keywords = node.optional("keywords"))
    for (const Node& keyword : keywords->elements()) meta.keywords.push_back(keyword.as_string());
  return meta;
}

Page parse_page(const Node& node) {
  node.allow_only({"size", "orientation", "margins"});
  Page page;
  if (auto size = node.optional("size")) page.size = size->as_enum({"A4", "Letter"});
  if (auto orientation = node.optional("orientation"))
    page.landscape = orientation->as_enum({"portrait", "landscape"}) == "landscape";
  if (auto margins = node.optional("margins")) {
    if (!margins->is_object()) {
      double all = parse_length_pt(*margins);
      page.margin_top_pt = page.margin_right_pt = page.margin_bottom_pt = page.margin_left_pt = all;
    } else {
      margins->allow_only({"top", "right", "bottom", "left"});
      if (auto v = margins->optional("top")) page.margin_top_pt = parse_length_pt(*v);
      if (auto v = margins->optional("right")) page.margin_right_pt = parse_length_pt(*v);
      if (auto v = margins->optional("bottom")) page.margin_bottom_pt = parse_length_pt(*v);
      if (auto v = margins->optional("left")) page.margin_left_pt = parse_length_pt(*v);
    }
  }
  return page;
}

Logo parse_logo(const Node& node, Inputs& inputs) {
  node.allow_only({"file", "height"});
  Logo logo;
  Node file = node.required("file");
  inputs.paths.push_back(node.document().path().parent_path() / file.as_nonempty_string());
  const std::string what = "a PNG or SVG file";
  auto image = probe_image(read_reference(file, inputs, what, limits::kImageFileBytes));
  if (!image)
    file.fail_found("a PNG, or an SVG with a width and height or a viewBox",
                    "a file of another kind");
  if (image->format == ImageData::png) {
    double pixels = (image->size.width / 0.75) * (image->size.height / 0.75);
    if (pixels > limits::kImagePixels)
      file.fail_found(
          fmt::format("a PNG of at most {:.0f} million pixels", limits::kImagePixels / 1e6),
          fmt::format("{:.0f} × {:.0f} pixels", image->size.width / 0.75,
                      image->size.height / 0.75));
  }
  logo.image = std::make_shared<const ImageData>(std::move(*image));
  if (auto height = node.optional("height")) logo.height_pt = parse_length_pt(*height);
  return logo;
}

Cover parse_cover(const Node& node, Inputs& inputs) {
  node.allow_only({"logo", "kicker", "lines", "note"});
  Cover cover;
  if (auto logo = node.optional("logo")) cover.logo = parse_logo(*logo, inputs);
  cover.kicker = node.string_or("kicker", "");
  if (auto lines = node.optional("lines"))
    for (const Node& line : lines->elements()) cover.lines.push_back(line.as_string());
  cover.note = node.string_or("note", "");
  return cover;
}

// A dataset is inline ("values" or "columns") or a "file" holding such an object or a bare
// array of records. The records themselves are typed in the model stage.
}  // namespace

namespace {

char single_character(const Node& node, const std::string& what) {
  std::string text = node.as_string();
  if (text == "\\t" || text == "tab") return '\t';
  if (text.size() != 1) node.fail(what);
  return text[0];
}

CsvOptions parse_csv_options(const std::optional<Node>& options, bool tab_separated) {
  CsvOptions csv;
  if (tab_separated) csv.delimiter = '\t';
  if (!options) return csv;
  const Node& node = *options;
  node.allow_only({"delimiter", "skipRows", "decimal", "nulls", "types"});
  if (auto delimiter = node.optional("delimiter"))
    csv.delimiter = single_character(*delimiter, "one character such as \",\", \";\" or \"tab\"");
  if (auto skip = node.optional("skipRows")) csv.skip_rows = skip->as_int_in(0, 1000);
  if (auto decimal = node.optional("decimal")) {
    csv.decimal = single_character(*decimal, "\".\" or \",\"");
    if (csv.decimal != '.' && csv.decimal != ',') decimal->fail("\".\" or \",\"");
    if (csv.decimal == csv.delimiter)
      decimal->fail_found("a decimal mark other than the delimiter",
                          fmt::format("\"{}\" for both", csv.decimal),
                          "files with decimal commas separate fields with \";\"");
  }
  if (auto nulls = node.optional("nulls")) {
    csv.nulls.clear();
    for (const Node& null : nulls->elements()) csv.nulls.push_back(null.as_string());
  }
  if (auto types = node.optional("types")) {
    csv.types_pointer = types->pointer();
    for (const auto& [field, type] : types->members())
      csv.types.emplace_back(field, type.as_enum({"number", "date", "string"}));
  }
  return csv;
}

Transform parse_transform(const Node& node) {
  Transform step;
  step.pointer = node.pointer();
  auto members = node.members();
  if (members.size() != 1 || (members[0].first != "where" && members[0].first != "select" &&
                              members[0].first != "rename" && members[0].first != "unpivot"))
    node.fail_found(
        "one of {\"where\": ...}, {\"select\": [...]}, {\"rename\": {...}} or "
        "{\"unpivot\": {...}}",
        members.empty() ? "an empty object" : fmt::format("\"{}\"", members[0].first));
  const auto& [kind, value] = members[0];
  if (kind == "where") {
    step.kind = Transform::Kind::where;
    step.expression = value.as_nonempty_string();
  } else if (kind == "select") {
    step.kind = Transform::Kind::select;
    for (const Node& field : value.elements()) step.fields.push_back(field.as_nonempty_string());
    if (step.fields.empty()) value.fail("at least one field");
  } else if (kind == "rename") {
    step.kind = Transform::Kind::rename;
    for (const auto& [from, to] : value.members())
      step.names.emplace_back(from, to.as_nonempty_string());
  } else {
    step.kind = Transform::Kind::unpivot;
    value.allow_only({"columns", "key", "value"});
    for (const Node& field : value.required("columns").elements())
      step.fields.push_back(field.as_nonempty_string());
    if (step.fields.empty()) value.required("columns").fail("at least one column to fold");
    step.key = value.string_or("key", step.key);
    step.value = value.string_or("value", step.value);
  }
  return step;
}

const char* const kDataFile = "a data file";

std::string read_data_file(const Node& file, const std::filesystem::path& path,
                           std::uint64_t limit = limits::kDataFileBytes) {
  return read_file(file, path, kDataFile, limit);
}

}  // namespace

Dataset parse_dataset(const std::string& name, const Node& node, Inputs& inputs) {
  Dataset dataset;
  dataset.name = name;
  dataset.pointer = node.pointer();
  dataset.document = &node.document();
  node.allow_only({"values", "columns", "file", "format", "csv", "transform", "title", "source",
                   "note", "key"});
  dataset.key = node.string_or("key", "");
  dataset.title = node.string_or("title", "");
  dataset.source = node.string_or("source", "");
  dataset.note = node.string_or("note", "");
  int forms = node.has("values") + node.has("columns") + node.has("file");
  if (forms != 1)
    node.fail_found("exactly one of \"values\", \"columns\" or \"file\"",
                    forms == 0 ? "none" : "more than one");
  if (auto steps = node.optional("transform"))
    for (const Node& step : steps->elements()) dataset.transforms.push_back(parse_transform(step));
  if (auto file = node.optional("file")) {
    std::string relative = file->as_nonempty_string();
    std::filesystem::path base = node.document().path().parent_path();
    std::filesystem::path path = base / relative;
    // --set data.NAME=FILE: the same dataset, another file (relative to where folio runs, and
    // chosen on the command line, so it may be anywhere).
    if (auto replaced = inputs.replaced_data.find(name); replaced != inputs.replaced_data.end()) {
      path = replaced->second;
      relative = path.string();
      inputs.paths.push_back(path);
      require_regular_file(*file, path, kDataFile, limits::kDataFileBytes);
    } else {
      inputs.paths.push_back(path);
      path = checked_reference(*file, inputs, kDataFile, limits::kDataFileBytes);
    }
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string format = extension == ".csv" || extension == ".tsv" ? "csv"
                         : extension == ".json"                     ? "json"
                                                                    : "";
    if (auto declared = node.optional("format")) format = declared->as_enum({"json", "csv"});
    if (format.empty())
      file->fail_found(
          "a data file ending in .json, .csv or .tsv, or a \"format\" key saying which",
          fmt::format("\"{}\"", relative));
    if (node.has("csv") && format != "csv")
      node.required("csv").fail_found("\"csv\" options only for a CSV file", "a JSON file");
    if (format == "csv") {
      dataset.csv = parse_csv_options(node.optional("csv"), extension == ".tsv");
      // Held open and read when the dataset is loaded, a piece at a time.
      dataset.csv_open = open_file(*file, path, kDataFile, limits::kDataFileBytes);
      dataset.csv_file = path.string();
      return dataset;
    }
    // An array of records (what a large data file is, as a rule) is held open and scanned when
    // the dataset is loaded, a piece at a time, straight into its columns; its syntax is
    // checked then, with the same errors. Any other JSON is read whole, within a lower limit.
    auto opened = open_file(*file, path, kDataFile, limits::kDataFileBytes);
    std::string head;
    if (!opened->read(0, 64 << 10, head)) head.clear();
    size_t first = head.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    first = head.find_first_not_of(" \t\r\n", first);
    if (first != std::string::npos && head[first] == '[') {
      dataset.json_records_open = std::move(opened);
      dataset.json_records_file = path;
      return dataset;
    }
    opened.reset();
    auto bytes = read_data_file(*file, path, limits::kJsonDataFileBytes);
    auto json = std::make_shared<JsonDocument>(JsonDocument::parse_file(std::move(bytes), path));
    Node root(*json, json->root(), "");
    if (root.is_object()) {
      root.allow_only({"values", "columns", "title", "source", "note"});
      if (root.has("values") == root.has("columns"))
        root.fail_found("exactly one of \"values\" or \"columns\"",
                        root.has("values") ? "both" : "none");
      dataset.values_pointer = root.has("values") ? "/values" : "/columns";
      if (dataset.title.empty()) dataset.title = root.string_or("title", "");
      if (dataset.source.empty()) dataset.source = root.string_or("source", "");
      if (dataset.note.empty()) dataset.note = root.string_or("note", "");
    } else if (!root.is_array()) {
      root.fail("an array of records or an object with \"values\" or \"columns\"");
    }
    dataset.file = json.get();
    inputs.keep(std::move(json));
  } else {
    for (const char* key : {"format", "csv"})
      if (auto option = node.optional(key))
        option->fail_found(fmt::format("\"{}\" only with a \"file\"", key), "inline values");
    dataset.file = &node.document();
    dataset.values_pointer = node.pointer() + (node.has("values") ? "/values" : "/columns");
  }
  return dataset;
}

namespace {

Table parse_table(const Node& node) {
  node.allow_only({"type", "title", "data", "columns", "source", "zebra", "totals"});
  Table table;
  if (auto zebra = node.optional("zebra")) table.zebra = zebra->as_bool();
  if (auto totals = node.optional("totals")) {
    totals->allow_only({"label", "fields"});
    Totals parsed;
    parsed.label = totals->string_or("label", parsed.label);
    for (const Node& field : totals->required("fields").elements())
      parsed.fields.push_back(field.as_nonempty_string());
    table.totals = std::move(parsed);
  }
  table.title = node.string_or("title", "");
  table.data = node.required("data").as_nonempty_string();
  table.source = node.string_or("source", "");
  table.columns = parse_table_columns(node.required("columns"), false);
  if (table.columns.empty()) node.required("columns").fail("at least one column");
  return table;
}

Block parse_block(const Node& node, Inputs& inputs);

// The block and, in a grid, the blocks inside it. Grids nest only as deep as JSON does.
size_t blocks_in(const Node& block) {
  size_t count = 1;
  if (!block.is_object()) return count;
  auto children = block.optional("blocks");
  if (children && children->is_array())
    for (const Node& child : children->elements()) count += blocks_in(child);
  return count;
}

Grid parse_grid(const Node& node, Inputs& inputs) {
  node.allow_only({"type", "columns", "gap", "minColumnWidth", "blocks"});
  Grid grid;
  if (auto columns = node.optional("columns")) grid.columns = columns->as_int_in(1, 4);
  if (auto gap = node.optional("gap")) grid.gap_pt = parse_length_pt(*gap);
  if (auto min_width = node.optional("minColumnWidth"))
    grid.min_column_width_pt = parse_length_pt(*min_width);
  for (const Node& child : node.required("blocks").elements()) {
    std::string type = child.required("type").as_string();
    if (type == "heading" || type == "pageBreak" || type == "grid" || type == "table")
      child.required("type").fail("a chart, stats, paragraph, list or callout block inside a grid");
    grid.blocks.push_back(parse_block(child, inputs));
  }
  if (grid.blocks.empty()) node.required("blocks").fail("at least one block");
  return grid;
}

Block parse_block(const Node& node, Inputs& inputs) {
  Block block;
  block.pointer = node.pointer();
  std::string type = node.required("type").as_enum(
      {"heading", "paragraph", "chart", "stats", "table", "list", "callout", "grid", "pageBreak"});
  if (type == "heading") {
    node.allow_only({"type", "text", "level"});
    Heading heading{node.required("text").as_nonempty_string(), 1};
    if (auto level = node.optional("level")) heading.level = level->as_int_in(1, 3);
    block.content = heading;
  } else if (type == "paragraph") {
    node.allow_only({"type", "text"});
    block.content = Paragraph{node.required("text").as_nonempty_string()};
  } else if (type == "chart" && node.has("include")) {
    // The chart is a spec file of its own (what `folio chart` takes), relative to this file.
    node.allow_only({"type", "include"});
    Node include = node.required("include");
    inputs.paths.push_back(node.document().path().parent_path() / include.as_nonempty_string());
    auto json = load_reference(include, inputs, "a chart spec file", limits::kDocumentBytes);
    inputs.keep(json);
    block.content = parse_chart(Node(*json, json->root(), ""), inputs);
  } else if (type == "chart") {
    block.content = parse_chart(node, inputs);
  } else if (type == "stats") {
    // Stat tiles are a chart kind, so that they also export as SVG and PNG.
    Chart chart = parse_chart(node, inputs);
    if (chart.kind != "stats") node.required("kind").fail("\"stats\" in a stats block");
    if (chart.items.empty()) node.required("items").fail("at least one item");
    block.content = std::move(chart);
  } else if (type == "table") {
    block.content = parse_table(node);
  } else if (type == "list") {
    node.allow_only({"type", "ordered", "items"});
    List list;
    if (auto ordered = node.optional("ordered")) list.ordered = ordered->as_bool();
    for (const Node& item : node.required("items").elements())
      list.items.push_back(item.as_nonempty_string());
    if (list.items.empty()) node.required("items").fail("at least one item");
    block.content = std::move(list);
  } else if (type == "callout") {
    node.allow_only({"type", "title", "text"});
    block.content =
        Callout{node.string_or("title", ""), node.required("text").as_nonempty_string()};
  } else if (type == "grid") {
    block.content = parse_grid(node, inputs);
  } else {
    node.allow_only({"type"});
    block.content = PageBreak{};
  }
  return block;
}

Contents parse_contents(const Node& node) {
  Contents contents;
  if (node.json().is_boolean() && node.as_bool()) return contents;
  node.allow_only({"title", "depth"});
  contents.title = node.string_or("title", contents.title);
  if (auto depth = node.optional("depth")) contents.depth = depth->as_int_in(1, 3);
  return contents;
}

Sources parse_sources(const Node& node) {
  Sources sources;
  if (node.json().is_boolean() && node.as_bool()) return sources;
  node.allow_only({"title", "descriptions"});
  sources.title = node.string_or("title", sources.title);
  if (auto descriptions = node.optional("descriptions"))
    sources.descriptions = descriptions->as_bool();
  return sources;
}

// "style": a built-in theme's name, or {"inherit", "file", tokens…} layered over one.
void parse_style(const Node& root, Document& document) {
  auto style = root.optional("style");
  if (!style) return;
  const auto& json = document.json;
  if (!style->is_object()) {
    document.style.pointer = style->pointer();
    document.style.theme = style->as_nonempty_string();
    return;
  }
  // {"inherit": "briefing", "file": "brand.json", "colors": {...}, ...}: the file's tokens
  // over the built-in theme's, then the inline ones over both.
  style->allow_only({"inherit", "file", "colors", "sizes", "palette", "fonts", "text"});
  if (auto inherit = style->optional("inherit")) {
    document.style.pointer = inherit->pointer();
    document.style.theme = inherit->as_nonempty_string();
  }
  if (auto file = style->optional("file")) {
    document.inputs.paths.push_back(json->path().parent_path() / file->as_nonempty_string());
    auto theme =
        load_reference(*file, document.inputs, "a theme file (JSON)", limits::kDocumentBytes);
    Node(*theme, theme->root(), "")
        .allow_only({"description", "colors", "sizes", "palette", "fonts", "text"});
    document.inputs.keep(theme);
    document.style.layers.push_back({theme, ""});
  }
  document.style.layers.push_back({json, style->pointer()});
}

}  // namespace

Document parse_document(std::shared_ptr<const JsonDocument> json, const ParseOptions& options) {
  Document document;
  document.json = json;
  document.inputs.paths.push_back(json->path());
  document.inputs.replaced_data = options.replaced_data;
  document.inputs.readable_folders = readable_folders(json->path(), options.allowed_folders);
  Node root(*json, json->root(), "");
  // Each part is checked on its own, so that `folio check` can report the errors of every
  // part; an ordinary parse stops at the first.
  auto part = [&](auto&& step) { return attempt(options.errors, step); };
  part([&] {
    root.allow_only({"$schema", "folio", "meta", "page", "style", "cover", "contents", "sources",
                     "params", "values", "data", "blocks", "strings", "fonts"});
  });
  // "$schema" tells editors which schema to complete keys from; folio needs no more of it.
  part([&] {
    if (auto schema = root.optional("$schema")) schema->as_nonempty_string();
  });
  part([&] {
    if (auto version = root.optional("folio")) version->as_int_in(1, 1);
  });
  part([&] { document.meta = parse_meta(root.required("meta")); });
  part([&] {
    if (auto page = root.optional("page")) document.page = parse_page(*page);
  });
  part([&] { parse_style(root, document); });
  part([&] {
    if (auto cover = root.optional("cover")) document.cover = parse_cover(*cover, document.inputs);
  });
  part([&] {
    if (auto contents = root.optional("contents");
        contents && !(contents->json().is_boolean() && !contents->as_bool()))
      document.contents = parse_contents(*contents);
  });
  part([&] {
    if (auto sources = root.optional("sources");
        sources && !(sources->json().is_boolean() && !sources->as_bool()))
      document.sources = parse_sources(*sources);
  });
  part([&] {
    if (auto params = root.optional("params"))
      for (const auto& [name, value] : params->members()) {
        if (!value.json().is_string() && !value.json().is_number() && !value.json().is_boolean())
          value.fail("a default value: a string, a number or true/false");
        document.params.push_back({name, value.pointer(), value.json()});
      }
  });
  part([&] {
    if (auto values = root.optional("values"))
      for (const auto& [name, value] : values->members())
        document.values.push_back({name, value.pointer(), value.as_nonempty_string()});
  });
  part([&] {
    if (auto fonts = root.optional("fonts"))
      for (const Node& file : fonts->elements())
        part([&] {
          document.inputs.paths.push_back(json->path().parent_path() / file.as_nonempty_string());
          auto path =
              checked_reference(file, document.inputs, "a font file", limits::kFontFileBytes);
          std::error_code error;
          auto absolute = std::filesystem::absolute(path, error).lexically_normal();
          document.fonts.push_back({(error ? path : absolute).string(), file.pointer(), ""});
        });
  });
  part([&] {
    if (auto strings = root.optional("strings"))
      for (const auto& [id, value] : strings->members())
        document.strings.push_back({id, value.pointer(), value.as_string()});
  });
  part([&] {
    if (auto data = root.optional("data"))
      // A pair, not a structured binding: clang 14 cannot capture one in the lambda.
      for (const auto& member : data->members())
        if (!part([&] {
              document.data.push_back(parse_dataset(member.first, member.second, document.inputs));
            }))
          document.failed_datasets.insert(member.first);
  });
  part([&] {
    size_t count = 0;
    for (const Node& block : root.required("blocks").elements()) {
      count += blocks_in(block);
      if (count > limits::kBlocks)
        block.fail_found(fmt::format("at most {} blocks in a document (those in grids included)",
                                     limits::kBlocks),
                         "more from this one on", "split the document");
      part([&] { document.blocks.push_back(parse_block(block, document.inputs)); });
    }
  });
  for (const auto& [name, path] : options.replaced_data) {
    std::vector<std::string> names;
    for (const auto& dataset : document.data)
      if (dataset.file != document.json.get() || dataset.csv_open || dataset.json_records_open)
        names.push_back(dataset.name);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      std::string match = closest_match(name, names);
      throw UsageError(fmt::format(
          "--set data.{}: expected a dataset the document reads from a file ({}), found \"{}\"{}",
          name, names.empty() ? "it reads none" : join(names), name,
          match.empty() ? "" : fmt::format(" (did you mean \"{}\"?)", match)));
    }
  }
  return document;
}

Document parse_document_file(const std::filesystem::path& path, const ParseOptions& options) {
  auto json = std::make_shared<JsonDocument>(JsonDocument::load(path, path.string()));
  return parse_document(std::move(json), options);
}

}  // namespace folio::spec
