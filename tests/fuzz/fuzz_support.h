#pragma once
// What every fuzz target shares: input errors are the expected answer to random bytes; any
// other exception escapes, and libFuzzer reports it as a crash with the input that made it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/errors.h"

namespace folio::fuzz {

template <typename Body>
void expecting_input_errors(Body&& body) {
  try {
    body();
  } catch (const InputError&) {
  } catch (const UsageError&) {
  }
}

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace folio::fuzz
