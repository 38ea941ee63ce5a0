#pragma once

#include <QString>
#include <QUrl>

class QProcess;

// Starts a real opvangloket-server seeded with --demo-scale N on a free loopback port and waits until it
// listens (seeding 100,000 applications takes minutes). Empty URL when it did not start.
class BenchServer
{
public:
    static QUrl start(QProcess& server, const QString& binary, const QString& dataDir, int scale);
};
