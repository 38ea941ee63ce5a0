#include "store/cache/SqliteProcessSettings.h"

#include "store/cache/StoreLog.h"

#include <mutex>

#ifdef OPVANGLOKET_SHARED_SQLITE
#include <sqlite3.h>
#endif

void SqliteProcessSettings::applyBeforeFirstConnection()
{
    static std::once_flag once;
    std::call_once(once, [] {
#ifdef OPVANGLOKET_SHARED_SQLITE
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
            qCInfo(lcStore) << "SQLite was initialised before the cache: its allocation statistics stay on";
#endif
    });
}
