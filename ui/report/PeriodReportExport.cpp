#include "report/PeriodReportExport.h"

#include "domain/RegionCatalog.h"
#include "report/PeriodFigures.h"
#include "report/PeriodReportCsv.h"
#include "report/PeriodReportPdf.h"

bool PeriodReportExport::write(const LocalCache& cache, const QStringList& regionIds, const QDate& from,
                               const QDate& to, Format format, const QString& path, int* figures, QString* error)
{
    PeriodFigures counts(cache);
    QVector<PeriodReportPdf::Report> reports;
    QVector<SmallCountSuppression::Shown> all;
    QStringList regionOfLine;
    for (const QString& regionId : regionIds) {
        const Region* region = RegionCatalog::find(regionId);
        QVector<ReportCell> cells;
        QString why;
        if (!region || !counts.compute({regionId, from, to}, &cells, &why)) {
            *error = tr("The figures of %1 could not be read from this computer's copy of the data.").arg(regionId);
            return false;
        }
        PeriodReportPdf::Report report{regionId, region->name, from, to,
                                       SmallCountSuppression::apply(cells, PeriodFigures::partitions())};
        all += report.cells;
        for (int i = 0; i < report.cells.size(); ++i)
            regionOfLine.append(regionId);
        reports.append(report);
    }
    *figures = all.size();
    if (format == Format::Pdf)
        return PeriodReportPdf::write(path, reports, error);
    QString why;
    if (!PeriodReportCsv::write(path, regionOfLine, all, &why)) {
        *error = tr("The report could not be written to %1: %2").arg(path, why);
        return false;
    }
    return true;
}
