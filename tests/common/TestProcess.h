#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// A program a test runs to its end, as an operator runs the opvangloket-server subcommands beside the running
// server: its exit code and what it wrote. TestServerOperator and TestFaultServerOps each had this loop.
// Header-only, so tests that link only the client core use it too.
struct TestProcess {
    int exitCode = -1; // -1 when it crashed or was still running when the time was up (it is killed then)
    QString out;
    QString err;

    // Runs `program` with `arguments`, `input` on its standard input; waits at most timeoutMs.
    static TestProcess run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                           int timeoutMs = 60000)
    {
        QProcess process;
        process.start(program, arguments);
        process.write(input);
        process.closeWriteChannel();
        TestProcess result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};
