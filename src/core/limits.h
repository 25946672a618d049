#pragma once
#include <cstddef>
#include <cstdint>

// What folio accepts, in one place. Each limit is far above any real briefing and well below
// what would exhaust memory, time or the stack; input past one is an input error naming the
// limit (docs/FORMAT.md lists them). Values are fixed, not settings, so a document that
// renders on one machine renders on every other.
namespace folio::limits {

// Files.
constexpr std::uint64_t kDocumentBytes = 64u << 20;   // a document, chart or theme JSON file
constexpr std::uint64_t kDataFileBytes = 1u << 30;    // a CSV or JSON data file
constexpr std::uint64_t kImageFileBytes = 32u << 20;  // a logo (PNG or SVG)
constexpr std::uint64_t kFontFileBytes = 64u << 20;   // a font file a document lists

// PNG output: Cairo's own limit a side, and a total that keeps the pixel buffer (4 bytes a
// pixel) under 400 MB.
constexpr int kPngSidePixels = 32767;
constexpr double kPngPixels = 100e6;

// JSON: arrays and objects inside each other. Checked while scanning, before any tree exists.
constexpr std::size_t kNestingDepth = 256;

}  // namespace folio::limits
