#pragma once

#include <QCommandLineOption>
#include <QList>

// The options every benchmark takes: which server binary to seed, how many applications, where the JSON
// report goes and which account syncs. Each benchmark adds its own on top.
class BenchOptions
{
public:
    BenchOptions();
    QList<QCommandLineOption> all() const { return {serverBinary, scale, out, user}; }

    const QCommandLineOption serverBinary;
    const QCommandLineOption scale;
    const QCommandLineOption out;
    const QCommandLineOption user;
};
