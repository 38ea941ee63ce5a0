#pragma once

#include <QWidget>

class LocalCache;
class QTextBrowser;

// The read-only panel beside the lists: shows the selected parent or application from the cache.
class DetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPanel(const LocalCache& cache, QWidget* parent = nullptr);

    void showRecord(const QString& table, const QString& id);
    void clear();
    // Reads the shown record again (after a sync changed it).
    void refresh();
    QString table() const { return m_table; }
    QString recordId() const { return m_id; }
    QString html() const;
    QString plainText() const;

signals:
    // A link to a related record was followed ("record:parents/<id>").
    void recordRequested(const QString& table, const QString& id);

private:
    void followLink(const QUrl& url);
    static QString styleSheet();

    const LocalCache& m_cache;
    QTextBrowser* m_browser;
    QString m_table;
    QString m_id;
};
