#pragma once

#include <cstddef>
#include <cstdint>

// Every target ignores inputs above this size: the parsers have their own limits (line length,
// fields per record), and the fuzzer should spend its time on structure, not on volume.
namespace fieldbook::fuzz {
constexpr size_t kMaxInputBytes = 1024 * 1024;
} // namespace fieldbook::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
