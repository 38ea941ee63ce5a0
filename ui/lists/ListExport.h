#pragma once

#include <QString>

class QTableView;

// A list as the person sees it — the filters and order of its model, the columns the view shows in the
// order they stand — written to a CSV file (core/report/CsvWriter).
class ListExport
{
public:
    static bool toCsv(const QTableView& view, const QString& path, int* rows, QString* error);
};
