#pragma once
// The seeded random numbers the generated-data tests draw from: the same seed gives the same
// case on every machine (std::mt19937 is specified exactly), so a failing seed replays.
#include <random>

namespace folio::testing {

class RandomSource {
 public:
  explicit RandomSource(unsigned seed) : random_(seed) {}

  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random_); }
  double unit() { return std::uniform_real_distribution<double>(0, 1)(random_); }
  bool chance(double p) { return unit() < p; }

 private:
  std::mt19937 random_;
};

}  // namespace folio::testing
