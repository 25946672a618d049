#pragma once
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

namespace folio::chart {

// Rows of a dataset, in order: either every row from 0 to n - 1, which is what one series of
// a dataset without gaps in x holds and costs no memory (ten million rows would take 40 MB),
// or a list of them.
class RowList {
 public:
  RowList() = default;
  static RowList all(size_t count) {
    RowList rows;
    rows.all_ = count;
    return rows;
  }

  size_t size() const { return listed_.empty() ? all_ : listed_.size(); }
  bool empty() const { return size() == 0; }
  std::uint32_t operator[](size_t k) const {
    return listed_.empty() ? static_cast<std::uint32_t>(k) : listed_[k];
  }
  void reserve(size_t count) { listed_.reserve(count); }
  void push_back(std::uint32_t row) {
    if (all_ && listed_.empty()) materialise();
    listed_.push_back(row);
  }
  // The rows as a list that may be reordered (sorting a series by x).
  std::vector<std::uint32_t>& list() {
    if (listed_.empty()) materialise();
    return listed_;
  }

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::uint32_t;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::uint32_t;
    iterator(const RowList* rows, size_t k) : rows_(rows), k_(k) {}
    std::uint32_t operator*() const { return (*rows_)[k_]; }
    iterator& operator++() {
      ++k_;
      return *this;
    }
    bool operator==(const iterator& other) const { return k_ == other.k_; }
    bool operator!=(const iterator& other) const { return k_ != other.k_; }

   private:
    const RowList* rows_;
    size_t k_;
  };
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, size()}; }

 private:
  void materialise() {
    listed_.reserve(all_);
    for (size_t k = 0; k < all_; ++k) listed_.push_back(static_cast<std::uint32_t>(k));
    all_ = 0;
  }

  size_t all_ = 0;
  std::vector<std::uint32_t> listed_;
};

}  // namespace folio::chart
