#include "ListPrint.h"

#include "ListModel.h"

#include <QDateTime>
#include <QFont>
#include <QHeaderView>
#include <QLocale>
#include <QPrinter>
#include <QTableView>
#include <QTextDocument>

#include <memory>

namespace {

// Up to this many columns a portrait A4 page is still readable.
constexpr int kPortraitColumns = 5;

QVector<int> shownColumns(const QHeaderView& header)
{
    QVector<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

} // namespace

bool ListPrint::wantsLandscape(const QTableView& view)
{
    return shownColumns(*view.horizontalHeader()).size() > kPortraitColumns;
}

QTextDocument* ListPrint::document(const QTableView& view, const QString& title, const QString& filterWords, int* rows)
{
    const auto* model = qobject_cast<const ListModel*>(view.model());
    if (!model)
        return nullptr;
    const QVector<int> columns = shownColumns(*view.horizontalHeader());
    QString html;
    html.reserve(4096);
    html += QStringLiteral("<html><body><h2>%1</h2><p>%2<br/>%3</p>")
                .arg(title.toHtmlEscaped(), filterWords.toHtmlEscaped(),
                     QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat).toHtmlEscaped());
    // <thead>: QTextDocument repeats the header row on every page.
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (int column : columns)
        html += QStringLiteral("<th align=\"left\">%1</th>")
                    .arg(model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    *rows = 0;
    const bool read = model->forEachRow(columns, [&html, rows](const QStringList& fields) {
        html += QStringLiteral("<tr>");
        for (const QString& field : fields)
            html += QStringLiteral("<td>%1</td>").arg(field.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        ++*rows;
    });
    if (!read)
        return nullptr;
    html += QStringLiteral("</table></body></html>");
    auto* doc = new QTextDocument;
    QFont font = doc->defaultFont();
    font.setPointSize(9);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    return doc;
}

bool ListPrint::print(const QTableView& view, const QString& title, const QString& filterWords, QPrinter* printer,
                      int* rows)
{
    std::unique_ptr<QTextDocument> doc(document(view, title, filterWords, rows));
    if (!doc)
        return false;
    doc->print(printer);
    return true;
}
