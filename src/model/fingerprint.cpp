#include "model/fingerprint.h"

#include <fmt/format.h>
#include <glib.h>

namespace folio::model {
namespace {

// Feeds length-prefixed fields into a SHA-256, so that ("ab", "c") and ("a", "bc") differ.
class Digest {
 public:
  Digest() : checksum_(g_checksum_new(G_CHECKSUM_SHA256)) {}
  ~Digest() { g_checksum_free(checksum_); }
  Digest(const Digest&) = delete;
  Digest& operator=(const Digest&) = delete;

  Digest& add(std::string_view text) {
    std::string length = fmt::format("{}:", text.size());
    g_checksum_update(checksum_, reinterpret_cast<const guchar*>(length.data()),
                      static_cast<gssize>(length.size()));
    g_checksum_update(checksum_, reinterpret_cast<const guchar*>(text.data()),
                      static_cast<gssize>(text.size()));
    return *this;
  }
  Digest& add(double number) { return add(fmt::format("{:a}", number)); }
  Digest& add(const Dataset& data) {
    add(data.name).add(static_cast<double>(data.rows));
    for (const auto& column : data.columns) {
      add(column.name).add(static_cast<double>(column.type));
      // The column's own storage, numbers as their bits and the texts it keeps: a million-row
      // dataset is digested in milliseconds, and a text that changes alone still shows.
      column.for_each_content_chunk([&](std::string_view chunk) { add(chunk); });
    }
    return *this;
  }
  std::string hex() { return g_checksum_get_string(checksum_); }

 private:
  GChecksum* checksum_;
};

}  // namespace

std::string dataset_fingerprint(const Dataset& data) {
  return Digest().add(data).hex();
}

std::string chart_fingerprint(const Chart& chart) {
  Digest digest;
  const auto& spec = chart.spec;
  // The spec as written covers every key a kind may read; the resolved texts cover what its
  // expressions evaluated to.
  if (spec.file) {
    const auto& root = spec.file->root();
    digest.add(spec.pointer.empty() ? root.dump()
                                    : root.at(spec::Json::json_pointer(spec.pointer)).dump());
  }
  digest.add(spec.kind)
      .add(spec.id)
      .add(spec.title)
      .add(spec.subtitle)
      .add(spec.note)
      .add(spec.source);
  digest.add(spec.language).add(chart.source_line).add(chart.value_axis_labels ? 1.0 : 0.0);
  for (const auto& item : spec.items)
    digest.add(item.value).add(item.label).add(item.previous_label);
  for (const auto& annotation : spec.annotations) digest.add(annotation.label);
  for (const auto& span : spec.spans) digest.add(span.label);
  for (const auto& column : spec.columns) digest.add(column.title);
  if (chart.data) digest.add(*chart.data);
  return digest.hex();
}

}  // namespace folio::model
