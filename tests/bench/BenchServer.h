#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

#include <functional>

class ApiClient;
class BenchReport;
class QCoreApplication;
class LocalCache;

// The server the benchmarks sync from: a real opvangloket-server process seeded with --demo-scale N on
// loopback, and a demo account signed in on it.
class BenchServer
{
public:
    // Empty when the server did not come up (its output is printed).
    static QUrl start(QProcess& server, const QString& binary, const QString& dataDir, int scale);
    // Signs in with the demo password; false (printed) when refused.
    static bool signIn(ApiClient& api, const QString& user);
    // Starts a server seeded at `scale` and syncs `user`'s cache into `path` (a first sync); false (printed) on
    // failure. The caller stops `server`.
    static bool syncInto(const QString& path, const QString& serverBinary, int scale, const QString& user,
                         QProcess& server, const QString& dataDir);
    // The whole of a list benchmark's main(): reads the common options and --cache FILE, opens that synced cache
    // (syncing one from a server seeded as the options say when it is missing; an older cache is migrated before
    // anything is timed), runs `measure` and prints and writes the report. Returns the exit code.
    static int runOnSyncedCache(const QCoreApplication& app,
                                const std::function<void(LocalCache&, BenchReport&)>& measure);
};
