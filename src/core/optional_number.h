#pragma once
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

namespace folio {

// A number or none, in the 8 bytes of a double: NaN stands for none. std::optional<double>
// takes 16, and data columns and series hold one for every cell and point of a dataset of
// millions of rows. A NaN is no value to any chart (it has no place on a scale), so reading
// one as a null loses nothing; the interface is std::optional's, so code reads the same.
class OptionalNumber {
 public:
  constexpr OptionalNumber() = default;
  constexpr OptionalNumber(std::nullopt_t) {}
  constexpr OptionalNumber(double value) : value_(value) {}
  constexpr OptionalNumber(const std::optional<double>& value) : value_(value ? *value : kNone) {}

  bool has_value() const { return !std::isnan(value_); }
  explicit operator bool() const { return has_value(); }
  double operator*() const { return value_; }
  double value() const {
    if (!has_value()) throw std::bad_optional_access();
    return value_;
  }
  double value_or(double fallback) const { return has_value() ? value_ : fallback; }
  void reset() { value_ = kNone; }
  OptionalNumber& operator=(std::nullopt_t) {
    reset();
    return *this;
  }
  operator std::optional<double>() const {
    return has_value() ? std::optional<double>(value_) : std::nullopt;
  }

  // As std::optional compares: none equals none, and is below every number.
  friend bool operator==(OptionalNumber a, OptionalNumber b) {
    return a.has_value() == b.has_value() && (!a.has_value() || a.value_ == b.value_);
  }
  friend bool operator==(OptionalNumber a, double b) { return a.has_value() && a.value_ == b; }

 private:
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  double value_ = kNone;
};

}  // namespace folio
