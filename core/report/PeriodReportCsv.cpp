#include "report/PeriodReportCsv.h"

#include "report/CsvWriter.h"

bool PeriodReportCsv::write(const QString& path, const QStringList& regionOfLine,
                            const QVector<SmallCountSuppression::Shown>& cells, QString* error)
{
    CsvWriter csv(path, CsvWriter::ByteOrderMark::Without);
    if (!csv.open(error))
        return false;
    csv.writeRow(
        {QStringLiteral("region"), QStringLiteral("municipality"), QStringLiteral("measure"), QStringLiteral("value")});
    for (int i = 0; i < cells.size(); ++i)
        csv.writeRow(
            {regionOfLine.value(i), cells.at(i).cell.municipality, cells.at(i).cell.measure, cells.at(i).text});
    return csv.commit(error);
}
