#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

class ApiClient;
class BenchOptions;
class LocalCache;
class QCommandLineParser;

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
    // Opens the synced cache at `path` (migrating an older one before anything is timed); when `path` is empty
    // or missing, first syncs one from a server seeded as the options say (in workDir). False (printed) on failure.
    static bool openSynced(QString path, const BenchOptions& options, const QCommandLineParser& parser,
                           const QString& workDir, LocalCache& cache);
};
