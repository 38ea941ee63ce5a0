#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

void FuzzTargets::fail(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", file, line, condition);
    std::abort();
}
