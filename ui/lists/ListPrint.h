#pragma once

#include <QString>

class QPrinter;
class QTableView;
class QTextDocument;

// A list as the person sees it (the same rows, columns and order as the CSV export) as a printable table:
// a title, the filter in words and the date on top, the column titles again on every page, and page
// numbers at the foot (QTextDocument::print adds them).
class ListPrint
{
public:
    // Null when the rows could not be read. The caller owns the document.
    static QTextDocument* document(const QTableView& view, const QString& title, const QString& filterWords, int* rows);
    // Landscape when the columns would not fit upright.
    static bool wantsLandscape(const QTableView& view);
    static bool print(const QTableView& view, const QString& title, const QString& filterWords, QPrinter* printer,
                      int* rows);
};
