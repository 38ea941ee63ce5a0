#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QCommandLineParser;

// The desktop client's command line (docs/ARCHITECTURE.md "The desktop client").
struct AppOptions {
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    QUrl server;
    QString profileDir;
    QString caFile; // --ca-file: absolute path; stored in the profile (ClientProfile::setCaFile)
    QString user;
    bool passwordStdin = false;
    QString view;
    QString screenshot;
    QString language;   // empty: follow the system locale
    QString search;     // typed into the global search once the window shows
    bool bench = false; // tests/bench: report readiness and memory on stdout, then quit (BenchProbe)

    // Handles --help and --version itself (prints and exits). Returns false with a message on bad input.
    static bool parse(const QStringList& arguments, AppOptions* out, QString* error);
};
