#pragma once

#include <QString>
#include <QVector>

// The table and JSON file every benchmark prints: {"results":[{"name","value","unit","baseline","ratio"}]}.
class BenchReport
{
public:
    struct Result {
        QString name;
        double value = 0;
        QString unit;
        double baseline = 0; // 0 when the figure has no baseline
        double ratio = 0;
    };

    void add(const Result& result) { m_results.append(result); }
    void print() const;
    // Merges into an existing file so several bench programs can write one report.
    bool write(const QString& path, QString* error) const;

private:
    QVector<Result> m_results;
};
