#include "DetailPanel.h"

#include "RecordHtml.h"
#include "store/RecordQuery.h"

#include <QDesktopServices>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

DetailPanel::DetailPanel(const LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_browser(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Details"));
    m_browser->document()->setDefaultStyleSheet(styleSheet());
    m_browser->document()->setDocumentMargin(14);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPanel::followLink);
    clear();
}

QString DetailPanel::styleSheet()
{
    return QStringLiteral("h2 { font-size: large; margin-bottom: 0; } "
                          "h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; color: #37474f; } "
                          "td.label { color: #546e7a; padding-right: 12px; } "
                          ".kind { color: #546e7a; margin-top: 0; } "
                          ".explain, .none { color: #546e7a; } "
                          "a { color: #1565c0; text-decoration: none; }");
}

void DetailPanel::showRecord(const QString& table, const QString& id)
{
    m_table = table;
    m_id = id;
    const RecordQuery records(m_cache);
    const RecordHtml html(records);
    if (table == QLatin1String("parents"))
        m_browser->setHtml(html.parent(id));
    else if (table == QLatin1String("applications"))
        m_browser->setHtml(html.application(id));
    else
        clear();
}

void DetailPanel::clear()
{
    m_table.clear();
    m_id.clear();
    m_browser->setHtml(QStringLiteral("<p class='none'>%1</p>")
                           .arg(tr("Select an application or a parent to see the details here.").toHtmlEscaped()));
}

void DetailPanel::refresh()
{
    if (!m_id.isEmpty())
        showRecord(m_table, m_id);
}

QString DetailPanel::html() const
{
    return m_browser->toHtml();
}

QString DetailPanel::plainText() const
{
    return m_browser->toPlainText();
}

void DetailPanel::followLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QString path = url.path(); // "parents/<id>"
    const QString table = path.section(QLatin1Char('/'), 0, 0);
    const QString id = path.section(QLatin1Char('/'), 1);
    if (url.scheme() != QLatin1String("record") || id.isEmpty())
        return;
    showRecord(table, id);
    emit recordRequested(table, id);
}
