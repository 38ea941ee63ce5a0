#pragma once

#include <cstddef>
#include <cstdint>

// The fuzz targets of tests/fuzz: each takes one input as libFuzzer gives it, runs it through the code that reads
// untrusted bytes (the server's, and the client's reader of pull pages), and aborts when an invariant does not hold (a
// crash for libFuzzer, a failed test for the replay). scripts/fuzz runs them with libFuzzer; test_fuzz_replay runs
// every kept input through them in the normal build.
namespace FuzzTargets {

using Function = int (*)(const uint8_t* data, size_t size);

// A push body (JSON) through PushRequest::fromJson (core/protocol), then each mutation through the row checks the
// server makes before storage: RowValues type checks and normalisation, UpdateMerge on a fixed current row,
// RowValidator.
int pushRequest(const uint8_t* data, size_t size);
// A pull cursor through PullCursor::decode, and cursors made of the input through encode() and back.
int pullCursor(const uint8_t* data, size_t size);
// Raw connection bytes through RequestHead::endOf and parse, and the canonical form back through parse.
int requestHead(const uint8_t* data, size_t size);

// A compact pull page (CBOR, what a client reads from a server) through CompactPageReader, and what it accepted
// through CompactPageWriter and back.
int compactPage(const uint8_t* data, size_t size);

// Stops the process with a message when an invariant is broken.
[[noreturn]] void fail(const char* condition, const char* file, int line);

} // namespace FuzzTargets

#define FUZZ_CHECK(condition) ((condition) ? void() : FuzzTargets::fail(#condition, __FILE__, __LINE__))
