// Must not compile: the server links only the domain library, whose include directory shows domain/ and protocol/
// and nothing of the client's core (store, sync, auth, report). tests/wall/CMakeLists.txt builds this on purpose and
// expects the compiler to say it cannot find the header.
#include "store/cache/LocalCache.h"

int serverIncludesClientStore()
{
    return 0;
}
