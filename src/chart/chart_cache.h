#pragma once
// Charts laid out and rendered once and kept while their inputs stay the same: the watch
// mode re-renders only the charts an edit touched. Entries are keyed by the chart's content
// fingerprint, the theme, the size, the layout options and the language in effect.
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "chart/layout_chart.h"

namespace folio::chart {

class ChartCache {
 public:
  // The chart's frame, laid out now or taken from an earlier run.
  scene::Frame layout(const model::Chart& chart, const model::Theme& theme, Size size,
                      const ChartLayoutOptions& options);
  // Bytes made from a chart (its SVG or PNG), made by `render` only when not kept already.
  // `what` names the output and its settings ("svg", "png 200").
  std::string output(const model::Chart& chart, const model::Theme& theme, const std::string& what,
                     const std::function<std::string()>& render);
  // The same for bytes that `start` begins making on another thread (a PNG's encoding).
  std::shared_future<std::string> output_later(
      const model::Chart& chart, const model::Theme& theme, const std::string& what,
      const std::function<std::shared_future<std::string>()>& start);

  // A run uses some entries; entries the last run did not use are dropped by end_run, so the
  // cache holds one document's charts at most.
  void start_run();
  void end_run();
  // Charts (by id) this run laid out anew, and charts it saw in all.
  int laid_out() const { return static_cast<int>(laid_out_ids_.size()); }
  int charts() const { return static_cast<int>(seen_ids_.size()); }

 private:
  struct Entry {
    std::shared_ptr<const scene::Frame> frame;
    std::shared_future<std::string> bytes;  // valid once made (or being made)
    bool used = false;
  };
  std::string fingerprint(const model::Chart& chart);
  std::map<std::string, Entry> entries_;
  std::map<const model::Chart*, std::string> fingerprints_;  // for this run
  std::set<std::string> laid_out_ids_, seen_ids_;
};

}  // namespace folio::chart
