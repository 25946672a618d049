#include "chart/chart_cache.h"

#include <fmt/format.h>

#include <chrono>

#include "core/output_set.h"
#include "model/fingerprint.h"
#include "text/number_format.h"

namespace folio::chart {

std::string ChartCache::fingerprint(const model::Chart& chart) {
  auto found = fingerprints_.find(&chart);
  if (found != fingerprints_.end()) return found->second;
  return fingerprints_[&chart] = model::chart_fingerprint(chart);
}

scene::Frame ChartCache::layout(const model::Chart& chart, const model::Theme& theme, Size size,
                                const ChartLayoutOptions& options) {
  std::string key = fmt::format("layout {} {} {:.4f}x{:.4f} {} {} {}", fingerprint(chart),
                                theme.name(), size.width, size.height, options.background,
                                options.figure_label, theme.language());
  Entry& entry = entries_[key];
  entry.used = true;
  seen_ids_.insert(chart.spec.id);
  if (entry.frame) return *entry.frame;
  laid_out_ids_.insert(chart.spec.id);
  entry.frame = std::make_shared<const scene::Frame>(layout_chart(chart, theme, size, options));
  return *entry.frame;
}

std::string ChartCache::output(const model::Chart& chart, const model::Theme& theme,
                               const std::string& what,
                               const std::function<std::string()>& render) {
  return output_later(chart, theme, what, [&] { return made_bytes(render()); }).get();
}

std::shared_future<std::string> ChartCache::output_later(
    const model::Chart& chart, const model::Theme& theme, const std::string& what,
    const std::function<std::shared_future<std::string>()>& start) {
  std::string key =
      fmt::format("output {} {} {} {}", fingerprint(chart), theme.name(), what, theme.language());
  Entry& entry = entries_[key];
  seen_ids_.insert(chart.spec.id);
  // Bytes whose making failed are made again rather than kept as a failure.
  auto failed = [](const std::shared_future<std::string>& bytes) {
    if (bytes.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    try {
      bytes.get();
      return false;
    } catch (...) {
      return true;
    }
  };
  if (!entry.used && (!entry.bytes.valid() || failed(entry.bytes))) entry.bytes = start();
  entry.used = true;
  return entry.bytes;
}

void ChartCache::start_run() {
  for (auto& [key, entry] : entries_) entry.used = false;
  fingerprints_.clear();
  laid_out_ids_.clear();
  seen_ids_.clear();
}

void ChartCache::end_run() {
  std::erase_if(entries_, [](const auto& item) { return !item.second.used; });
  fingerprints_.clear();
}

}  // namespace folio::chart
