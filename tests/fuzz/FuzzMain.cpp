#include "FuzzTargets.h"

// The libFuzzer entry point of one fuzz executable; CMake names the target function per executable.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return OPVANGLOKET_FUZZ_FUNCTION(data, size);
}
