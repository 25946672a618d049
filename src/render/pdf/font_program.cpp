#include "render/pdf/font_program.h"

#include <algorithm>
#include <qpdf/Buffer.hh>
#include <set>
#include <string>

namespace folio::render::pdf {
namespace {

unsigned read_u16(const unsigned char* at) {
  return static_cast<unsigned>(at[0]) << 8 | at[1];
}

unsigned long read_u32(const unsigned char* at) {
  return static_cast<unsigned long>(read_u16(at)) << 16 | read_u16(at + 2);
}

unsigned u16_at(const std::string& bytes, size_t at) {
  return read_u16(reinterpret_cast<const unsigned char*>(bytes.data() + at));
}

unsigned long u32_at(const std::string& bytes, size_t at) {
  return read_u32(reinterpret_cast<const unsigned char*>(bytes.data() + at));
}

void put_u16(std::string& bytes, size_t at, unsigned value) {
  bytes[at] = static_cast<char>(value >> 8 & 0xff);
  bytes[at + 1] = static_cast<char>(value & 0xff);
}

void put_u32(std::string& bytes, size_t at, unsigned long value) {
  put_u16(bytes, at, static_cast<unsigned>(value >> 16));
  put_u16(bytes, at + 2, static_cast<unsigned>(value & 0xffff));
}

void append_u16(std::string& bytes, unsigned value) {
  bytes += static_cast<char>(value >> 8 & 0xff);
  bytes += static_cast<char>(value & 0xff);
}

void append_u32(std::string& bytes, unsigned long value) {
  append_u16(bytes, static_cast<unsigned>(value >> 16));
  append_u16(bytes, static_cast<unsigned>(value & 0xffff));
}

void pad4(std::string& bytes) {
  while (bytes.size() % 4 != 0) bytes += '\0';
}

unsigned long checksum(const std::string& table) {
  std::string padded = table;
  pad4(padded);
  unsigned long sum = 0;
  for (size_t i = 0; i < padded.size(); i += 4) sum = (sum + u32_at(padded, i)) & 0xffffffffUL;
  return sum;
}

// Tables whose size follows the glyph count and which this does not rewrite.
const std::set<std::string> kGlyphCountTables = {"hdmx", "vmtx", "vhea", "LTSH", "CFF ", "CFF2"};

}  // namespace

// The table directory: a 12-byte header, then 16-byte records of tag, checksum, offset and
// length.
unsigned font_program_glyph_count(const Buffer& program) {
  const unsigned char* data = program.getBuffer();
  size_t size = program.getSize();
  if (size < 12) return 0;
  unsigned tables = read_u16(data + 4);
  for (unsigned i = 0; i < tables; ++i) {
    size_t record = 12 + 16 * static_cast<size_t>(i);
    if (record + 16 > size) return 0;
    if (std::string(reinterpret_cast<const char*>(data + record), 4) != "maxp") continue;
    unsigned long offset = read_u32(data + record + 8);
    if (offset + 6 > size) return 0;
    return read_u16(data + offset + 4);
  }
  return 0;
}

std::optional<TrueTypeProgram> TrueTypeProgram::read(std::string bytes) {
  TrueTypeProgram program;
  program.bytes_ = std::move(bytes);
  const std::string& data = program.bytes_;
  if (data.size() < 12) return std::nullopt;
  unsigned count = u16_at(data, 4);
  if (12 + 16 * static_cast<size_t>(count) > data.size()) return std::nullopt;
  for (unsigned i = 0; i < count; ++i) {
    size_t record = 12 + 16 * static_cast<size_t>(i);
    std::string tag = data.substr(record, 4);
    size_t offset = u32_at(data, record + 8), length = u32_at(data, record + 12);
    if (offset > data.size() || length > data.size() - offset) return std::nullopt;
    if (kGlyphCountTables.count(tag)) return std::nullopt;
    program.tables_[tag] = {offset, length};
  }
  for (const char* needed : {"head", "maxp", "hhea", "hmtx", "loca", "glyf"})
    if (!program.tables_.count(needed)) return std::nullopt;
  std::string head = program.table("head"), maxp = program.table("maxp"),
              hhea = program.table("hhea"), hmtx = program.table("hmtx"),
              loca = program.table("loca");
  if (head.size() < 54 || maxp.size() < 6 || hhea.size() < 36) return std::nullopt;
  program.units_per_em_ = u16_at(head, 18);
  program.long_offsets_ = u16_at(head, 50) == 1;
  program.glyph_count_ = u16_at(maxp, 4);
  program.long_metrics_ = u16_at(hhea, 34);
  unsigned glyphs = program.glyph_count_, metrics = program.long_metrics_;
  if (program.units_per_em_ == 0 || glyphs == 0 || metrics == 0 || metrics > glyphs)
    return std::nullopt;
  if (hmtx.size() < 4 * static_cast<size_t>(metrics) + 2 * static_cast<size_t>(glyphs - metrics))
    return std::nullopt;
  for (unsigned g = 0; g < glyphs; ++g) {
    bool long_metric = g < metrics;
    program.advances_.push_back(long_metric ? u16_at(hmtx, 4 * g) : program.advances_.back());
    size_t bearing = long_metric ? 4 * g + 2 : 4 * metrics + 2 * (g - metrics);
    program.left_bearings_.push_back(static_cast<int16_t>(u16_at(hmtx, bearing)));
  }
  size_t entry = program.long_offsets_ ? 4 : 2;
  if (loca.size() < entry * (glyphs + 1)) return std::nullopt;
  size_t glyf_length = program.tables_["glyf"].second;
  for (unsigned g = 0; g <= glyphs; ++g) {
    size_t offset = program.long_offsets_ ? u32_at(loca, 4 * g) : 2 * u16_at(loca, 2 * g);
    if (offset > glyf_length || (!program.offsets_.empty() && offset < program.offsets_.back()))
      return std::nullopt;
    program.offsets_.push_back(offset);
  }
  if (program.tables_.count("post")) {
    std::string post = program.table("post");
    if (post.size() < 32) return std::nullopt;
    unsigned long version = u32_at(post, 0);
    if (version == 0x00020000 && (post.size() < 34 || u16_at(post, 32) != glyphs))
      return std::nullopt;
    if (version != 0x00020000 && version != 0x00030000) return std::nullopt;
  }
  return program;
}

std::string TrueTypeProgram::table(const std::string& tag) const {
  auto found = tables_.find(tag);
  if (found == tables_.end()) return {};
  return bytes_.substr(found->second.first, found->second.second);
}

unsigned TrueTypeProgram::advance(unsigned glyph) const {
  if (glyph < glyph_count_) return advances_[glyph];
  if (glyph < glyph_count()) return added_[glyph - glyph_count_].advance;
  return 0;
}

TrueTypeProgram::Components TrueTypeProgram::components(unsigned glyph) const {
  if (glyph < glyph_count_) return {{glyph, 0, 0}};
  return added_[glyph - glyph_count_].components;
}

std::optional<unsigned> TrueTypeProgram::add(const Components& parts, unsigned advance) {
  if (parts.size() == 1 && parts[0].dx == 0 && parts[0].dy == 0 &&
      advances_[parts[0].glyph] == advance)
    return parts[0].glyph;
  auto found = added_index_.find({parts, advance});
  if (found != added_index_.end()) return found->second;
  if (glyph_count() >= 0xffff) return std::nullopt;
  unsigned id = glyph_count();
  added_.push_back({parts, advance});
  added_index_[{parts, advance}] = id;
  return id;
}

std::optional<unsigned> TrueTypeProgram::glyph_with_advance(unsigned glyph, unsigned advance) {
  if (glyph >= glyph_count()) return std::nullopt;
  if (this->advance(glyph) == advance) return glyph;
  return add(components(glyph), advance);
}

std::optional<unsigned> TrueTypeProgram::glyph_joining(unsigned first, unsigned second, int dx,
                                                       int dy) {
  if (first >= glyph_count() || second >= glyph_count()) return std::nullopt;
  if (dx < -32768 || dx > 32767 || dy < -32768 || dy > 32767) return std::nullopt;
  Components parts = components(first);
  for (Component part : components(second)) {
    part.dx += dx;
    part.dy += dy;
    if (part.dx < -32768 || part.dx > 32767 || part.dy < -32768 || part.dy > 32767)
      return std::nullopt;
    parts.push_back(part);
  }
  return add(parts, advance(first));
}

std::string TrueTypeProgram::bytes() const {
  if (added_.empty()) return bytes_;
  std::map<std::string, std::string> tables;
  for (const auto& [tag, place] : tables_)
    if (tag != "DSIG") tables[tag] = bytes_.substr(place.first, place.second);  // no longer signed
  unsigned total = glyph_count();

  // glyf: the old glyphs as they were, then one composite per added glyph.
  std::string& glyf = tables["glyf"];
  pad4(glyf);
  std::vector<size_t> offsets = offsets_;
  bool nested = false;  // a component is itself a composite: one level deeper
  size_t most_components = 1;
  const size_t glyf_offset = tables_.at("glyf").first;
  auto header = [&](unsigned glyph) -> std::string {  // the glyph's first 10 bytes, or none
    size_t start = offsets_[glyph], end = offsets_[glyph + 1];
    return end - start >= 10 ? bytes_.substr(glyf_offset + start, 10) : std::string();
  };
  for (const Added& added : added_) {
    int16_t x_min = 0, y_min = 0, x_max = 0, y_max = 0;
    bool any = false;
    for (const Component& part : added.components) {
      std::string drawn = header(part.glyph);
      if (drawn.empty()) continue;
      nested = nested || static_cast<int16_t>(u16_at(drawn, 0)) < 0;
      auto at = [&](size_t offset, int shift) {
        return static_cast<int16_t>(
            std::clamp(static_cast<int16_t>(u16_at(drawn, offset)) + shift, -32768, 32767));
      };
      int16_t left = at(2, part.dx), bottom = at(4, part.dy), right = at(6, part.dx),
              top = at(8, part.dy);
      x_min = any ? std::min(x_min, left) : left;
      y_min = any ? std::min(y_min, bottom) : bottom;
      x_max = any ? std::max(x_max, right) : right;
      y_max = any ? std::max(y_max, top) : top;
      any = true;
    }
    if (any) {
      most_components = std::max(most_components, added.components.size());
      append_u16(glyf, 0xffff);  // numberOfContours -1: a composite
      for (int16_t value : {x_min, y_min, x_max, y_max})
        append_u16(glyf, static_cast<uint16_t>(value));
      for (size_t i = 0; i < added.components.size(); ++i) {
        const Component& part = added.components[i];
        bool more = i + 1 < added.components.size();
        // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES, MORE_COMPONENTS but for the last
        append_u16(glyf, 0x0001 | 0x0002 | (more ? 0x0020 : 0));
        append_u16(glyf, part.glyph);
        append_u16(glyf, static_cast<uint16_t>(static_cast<int16_t>(part.dx)));
        append_u16(glyf, static_cast<uint16_t>(static_cast<int16_t>(part.dy)));
      }
      pad4(glyf);
    }  // a glyph that draws nothing stays empty
    offsets.push_back(glyf.size());
  }
  bool long_offsets = long_offsets_ || glyf.size() > 0x1fffe;
  std::string& loca = tables["loca"];
  loca.clear();
  for (size_t offset : offsets) {
    if (long_offsets)
      append_u32(loca, offset);
    else
      append_u16(loca, static_cast<unsigned>(offset / 2));
  }

  // hmtx: a full metric for every glyph.
  std::string& hmtx = tables["hmtx"];
  hmtx.clear();
  unsigned widest = 0;
  for (unsigned g = 0; g < total; ++g) {
    unsigned advance = this->advance(g);
    int bearing = 0;  // the glyph's xMin, as TrueType programs keep it
    if (g < glyph_count_) {
      bearing = left_bearings_[g];
    } else {
      size_t start = offsets[g], end = offsets[g + 1];
      if (end - start >= 10) bearing = static_cast<int16_t>(u16_at(glyf, start + 2));
    }
    widest = std::max(widest, advance);
    append_u16(hmtx, advance);
    append_u16(hmtx, static_cast<unsigned>(bearing) & 0xffff);
  }
  std::string& hhea = tables["hhea"];
  put_u16(hhea, 34, total);
  put_u16(hhea, 10, std::max(u16_at(hhea, 10), widest));

  std::string& maxp = tables["maxp"];
  put_u16(maxp, 4, total);
  if (u32_at(maxp, 0) == 0x00010000 && maxp.size() >= 32) {
    put_u16(maxp, 10, std::max(u16_at(maxp, 10), u16_at(maxp, 6)));  // composite points
    put_u16(maxp, 12, std::max(u16_at(maxp, 12), u16_at(maxp, 8)));  // composite contours
    put_u16(maxp, 28, std::max(u16_at(maxp, 28), 1u));               // component elements
    unsigned depth = std::max(u16_at(maxp, 30), 1u);
    put_u16(maxp, 30, nested ? depth + 1 : depth);
  }
  if (tables.count("post") && u32_at(tables["post"], 0) == 0x00020000) {
    std::string& post = tables["post"];
    std::string indices(2 * added_.size(), '\0');  // .notdef's name
    post.insert(34 + 2 * static_cast<size_t>(glyph_count_), indices);
    put_u16(post, 32, total);
  }
  std::string& head = tables["head"];
  put_u16(head, 50, long_offsets ? 1 : 0);
  put_u32(head, 8, 0);  // checkSumAdjustment, set below

  // The directory, then the tables in tag order, each on a 4-byte boundary.
  unsigned count = static_cast<unsigned>(tables.size());
  unsigned selector = 0;
  while ((2u << selector) <= count) ++selector;
  unsigned range = (1u << selector) * 16;
  std::string out = bytes_.substr(0, 4);
  append_u16(out, count);
  append_u16(out, range);
  append_u16(out, selector);
  append_u16(out, count * 16 - range);
  size_t offset = 12 + 16 * static_cast<size_t>(count);
  std::string body;
  size_t head_offset = 0;
  for (const auto& [tag, data] : tables) {
    out += tag;
    append_u32(out, checksum(data));
    append_u32(out, offset + body.size());
    append_u32(out, data.size());
    if (tag == "head") head_offset = offset + body.size();
    body += data;
    pad4(body);
  }
  out += body;
  put_u32(out, head_offset + 8, (0xb1b0afbaUL - checksum(out)) & 0xffffffffUL);
  return out;
}

}  // namespace folio::render::pdf
