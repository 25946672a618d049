#include "cli/batch_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iostream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "core/errors.h"
#include "core/strings.h"
#include "model/csv_reader.h"

namespace folio::cli {
namespace {

struct Row {
  std::map<std::string, std::string> params;
  std::filesystem::path out_dir;
};

std::vector<Row> read_rows(const BatchRequest& request) {
  std::ifstream in(request.params_file, std::ios::binary);
  if (!in)
    throw UsageError(fmt::format("--params: expected a readable CSV file, found no file \"{}\"",
                                 request.params_file.string()));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  auto csv = model::csv_text(std::make_shared<const std::string>(bytes.str()),
                             request.params_file.string(), ',', "");
  auto rows = csv.rows();
  if (rows.size() < 2)
    throw UsageError(fmt::format(
        "--params {}: expected a header of parameter names and at least "
        "one row, found {}",
        request.params_file.string(), rows.empty() ? "an empty file" : "only a header"));
  std::vector<std::string> names;
  for (const auto& cell : rows.front().fields) names.push_back(cell.value_or(""));
  std::string pattern = request.render.out_dir.empty() ? "out/{" + names.front() + "}"
                                                       : request.render.out_dir.string();
  std::vector<Row> result;
  std::map<std::filesystem::path, size_t> first_row_of;
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& fields = rows[r].fields;
    if (fields.size() != names.size())
      throw InputError(csv.locate(rows[r].offset),
                       fmt::format("{} fields like the header", names.size()),
                       fmt::format("{}", fields.size()));
    Row row;
    for (size_t c = 0; c < names.size(); ++c) row.params[names[c]] = fields[c].value_or("");
    // Values given on the command line hold for every row.
    for (const auto& [name, value] : request.render.params) row.params.emplace(name, value);
    row.out_dir = fill_out_pattern(pattern, row.params);
    auto [at, fresh] = first_row_of.emplace(row.out_dir.lexically_normal(), r);
    if (!fresh)
      throw UsageError(fmt::format(
          "--out: expected a folder per row (name a parameter in it, such as out/{{{}}}), found "
          "rows {} and {} both writing \"{}\"",
          names.front(), at->second, r, row.out_dir.string()));
    result.push_back(std::move(row));
  }
  return result;
}

struct Outcome {
  int exit_code = 0;
  std::string message;  // the error line of a failed row
  std::vector<std::filesystem::path> written;
  std::vector<std::string> warnings;
};

Outcome render_row(const RenderRequest& base, const Row& row) {
  RenderRequest request = base;
  request.params = row.params;
  request.out_dir = row.out_dir;
  Outcome outcome;
  try {
    auto result = run_render(request);
    outcome.written = std::move(result.written);
    outcome.warnings = std::move(result.warnings);
  } catch (const InputError& error) {
    outcome = {2, error.what(), {}, {}};
  } catch (const UsageError& error) {
    outcome = {2, fmt::format("folio: error: {}", error.what()), {}, {}};
  } catch (const RenderError& error) {
    outcome = {1, fmt::format("folio: error: {}", error.what()), {}, {}};
  } catch (const std::exception& error) {
    outcome = {1, fmt::format("folio: internal error: {}", error.what()), {}, {}};
  }
  return outcome;
}

}  // namespace

std::string fill_out_pattern(const std::string& pattern,
                             const std::map<std::string, std::string>& params) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') {
      out += pattern[i];
      continue;
    }
    size_t close = pattern.find('}', i);
    std::string name =
        pattern.substr(i + 1, close == std::string::npos ? std::string::npos : close - i - 1);
    auto value = params.find(name);
    if (close == std::string::npos || value == params.end()) {
      std::vector<std::string> names;
      for (const auto& [known, v] : params) names.push_back(known);
      throw UsageError(fmt::format("--out: expected {{name}} of a parameter ({}), found \"{{{}\"",
                                   join(names), close == std::string::npos ? name : name + "}"));
    }
    // A value becomes one folder name: separators in it would escape the pattern.
    std::string safe = value->second;
    for (char& c : safe)
      if (c == '/' || c == '\\') c = '_';
    out += safe;
    i = close;
  }
  return out;
}

int run_batch(const BatchRequest& request) {
  auto rows = read_rows(request);
  std::vector<Outcome> outcomes(rows.size());
  std::atomic<size_t> next{0}, done{0}, failed{0};
  std::mutex progress;
  bool terminal = ::isatty(STDERR_FILENO);
  auto report = [&] {
    if (!terminal) return;
    std::lock_guard<std::mutex> lock(progress);
    std::cerr << fmt::format("\rfolio: {}/{} briefings rendered{}", done.load(), rows.size(),
                             failed ? fmt::format(", {} failed", failed.load()) : "")
              << std::flush;
  };
  auto worker = [&] {
    for (size_t i; (i = next++) < rows.size();) {
      outcomes[i] = render_row(request.render, rows[i]);
      if (outcomes[i].exit_code) ++failed;
      ++done;
      report();
    }
  };
  int jobs = std::max(1, std::min<int>(request.jobs, static_cast<int>(rows.size())));
  std::vector<std::thread> threads;
  for (int j = 1; j < jobs; ++j) threads.emplace_back(worker);
  worker();
  for (auto& thread : threads) thread.join();
  if (terminal) std::cerr << '\n';

  int worst = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    for (const auto& path : outcomes[i].written) std::cout << path.string() << '\n';
    for (const auto& warning : outcomes[i].warnings)
      std::cerr << fmt::format("folio: {}: {}\n", rows[i].out_dir.string(), warning);
    if (outcomes[i].exit_code) {
      std::cerr << fmt::format("folio: {}: {}\n", rows[i].out_dir.string(), outcomes[i].message);
      worst = std::max(worst, outcomes[i].exit_code);
    }
  }
  if (failed)
    std::cerr << fmt::format("folio: {} of {} briefings failed\n", failed.load(), rows.size());
  return worst;
}

}  // namespace folio::cli
