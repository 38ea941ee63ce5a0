#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

void BenchReport::print() const
{
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("name"), -32)
               .arg(QStringLiteral("value"), 14)
               .arg(QStringLiteral("unit"), -8)
               .arg(QStringLiteral("baseline"), 14)
               .arg(QStringLiteral("ratio"), 8);
    for (const Result& r : m_results) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(r.name, -32)
                   .arg(r.value, 14, 'f', 1)
                   .arg(r.unit, -8)
                   .arg(r.baseline > 0 ? QString::number(r.baseline, 'f', 1) : QStringLiteral("-"), 14)
                   .arg(r.ratio > 0 ? QString::number(r.ratio, 'f', 2) : QStringLiteral("-"), 8);
    }
}

bool BenchReport::write(const QString& path, QString* error) const
{
    QJsonArray results;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        results = QJsonDocument::fromJson(existing.readAll()).object().value(QStringLiteral("results")).toArray();
    for (const Result& r : m_results) {
        for (int i = results.size() - 1; i >= 0; --i) {
            if (results.at(i).toObject().value(QStringLiteral("name")).toString() == r.name)
                results.removeAt(i);
        }
        QJsonObject json{
            {QStringLiteral("name"), r.name}, {QStringLiteral("value"), r.value}, {QStringLiteral("unit"), r.unit}};
        json.insert(QStringLiteral("baseline"), r.baseline > 0 ? QJsonValue(r.baseline) : QJsonValue());
        json.insert(QStringLiteral("ratio"), r.ratio > 0 ? QJsonValue(r.ratio) : QJsonValue());
        results.append(json);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
