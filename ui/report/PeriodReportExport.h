#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

class LocalCache;

// Counts, hides small counts and writes the period report of one or more regions as CSV or PDF (docs/ARCHITECTURE.md
// "The period report"): the one path for the dashboard's "Report…" and `opvangloket-cli report`.
class PeriodReportExport
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReportExport)

public:
    enum class Format { Csv, Pdf };

    // False with *error (in the current language) when the cache cannot be read or the file not written. *figures
    // gets the number of lines written.
    static bool write(const LocalCache& cache, const QStringList& regionIds, const QDate& from, const QDate& to,
                      Format format, const QString& path, int* figures, QString* error);
};
