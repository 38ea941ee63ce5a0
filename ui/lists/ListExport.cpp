#include "ListExport.h"

#include "ListModel.h"
#include "report/CsvWriter.h"

#include <QHeaderView>
#include <QTableView>

bool ListExport::toCsv(const QTableView& view, const QString& path, int* rows, QString* error)
{
    const auto* model = qobject_cast<const ListModel*>(view.model());
    if (!model) {
        *error = QStringLiteral("this view has no list to export");
        return false;
    }
    const QHeaderView* header = view.horizontalHeader();
    QVector<int> columns;
    QStringList titles;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        columns.append(logical);
        titles.append(model->headerData(logical, Qt::Horizontal).toString());
    }
    CsvWriter csv(path);
    if (!csv.open(error))
        return false;
    csv.writeRow(titles);
    *rows = 0;
    const bool read = model->forEachRow(columns, [&csv, rows](const QStringList& fields) {
        csv.writeRow(fields);
        ++*rows;
    });
    if (!read) {
        *error = QStringLiteral("the list could not be read from the offline copy");
        return false; // the QSaveFile is discarded: no half file
    }
    return csv.commit(error);
}
