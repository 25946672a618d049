#pragma once
#include <cstddef>
#include <cstdint>

// What folio accepts, in one place. Each limit is far above any real briefing and well below
// what would exhaust memory, time or the stack; input past one is an input error naming the
// limit (docs/FORMAT.md lists them). Values are fixed, not settings, so a document that
// renders on one machine renders on every other.
namespace folio::limits {

// Files.
constexpr std::uint64_t kDocumentBytes = 64u << 20;  // a document, chart or theme JSON file
constexpr std::uint64_t kDataFileBytes = 1u << 30;   // a CSV data file
// A JSON data file: its tree takes about ten times its text in memory.
constexpr std::uint64_t kJsonDataFileBytes = 256u << 20;
constexpr std::uint64_t kImageFileBytes = 32u << 20;  // a logo (PNG or SVG)
// A PNG logo's pixels, which Cairo decompresses whole (4 bytes each): a small file can
// declare a huge image.
constexpr double kImagePixels = 50e6;
constexpr std::uint64_t kFontFileBytes = 64u << 20;   // a font file a document lists
constexpr std::uint64_t kTemplateBytes = 256u << 20;  // a --template deck (.pptx)

// Data. Rows per dataset, after its transforms (an unpivot multiplies them). Kinds that draw
// one mark a row readably only up to a point say so in their Capabilities (max_rows).
constexpr std::size_t kDatasetRows = 10'000'000;
constexpr std::size_t kFacetPanels = 100;      // small multiples in one chart
constexpr std::size_t kShareParts = 100;       // parts of a donut or pie
constexpr std::size_t kTimelineEvents = 2000;  // events on one timeline
// Bars, lollipops or waterfall steps in one chart: at 1000 a bar is already thinner than a
// pixel of a page-wide chart; a line chart draws more.
constexpr std::size_t kCategoryMarks = 1000;

// Documents. Blocks (those in grids included), pages, and rows of a table: a document at
// these limits lays out in seconds.
constexpr std::size_t kBlocks = 20'000;
constexpr std::size_t kPages = 2000;
constexpr std::size_t kTableRows = 50'000;  // rows of one table block: some 1500 pages

// PNG output: Cairo's own limit a side, and a total that keeps the pixel buffer (4 bytes a
// pixel) under 400 MB.
constexpr int kPngSidePixels = 32767;
constexpr double kPngPixels = 100e6;

// Any string in a JSON file or cell of a CSV file, a paragraph's text included: 1 MiB is
// some 300 pages of one paragraph, and laying it out takes a second or two.
constexpr std::size_t kStringBytes = 1u << 20;

// JSON: arrays and objects inside each other. Checked while scanning, before any tree exists.
constexpr std::size_t kNestingDepth = 256;

}  // namespace folio::limits
