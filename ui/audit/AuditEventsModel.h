#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <functional>

// The events the audit page has loaded so far, page after page from the server, newest first (docs/PROTOCOL.md
// "Audit"), in words: when in local time, who by name from the offline copy's accounts, what happened, the kind of
// record, the record, its region and the summary. The raw codes stay at hand as tooltips and in the CSV export.
class AuditEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Action, Kind, Record, Region, Summary, ColumnCount };
    enum Role { EntityRole = Qt::UserRole, EntityIdRole };

    explicit AuditEventsModel(QObject* parent = nullptr);

    // Display names of the accounts the person may see (id -> name); others are shown by id.
    void setAccountNames(const QHash<QString, QString>& names);
    // How a record of the offline copy is named on screen (a parent's name, an application's number); empty when it
    // has no such name or is not in the copy, and the id is shown. The CSV keeps the whole id either way.
    using RecordLabel = std::function<QString(const QString& table, const QString& id)>;
    void setRecordLabel(RecordLabel label) { m_label = std::move(label); }
    void clear();
    // Adds a page the server answered after the ones loaded.
    void appendPage(const QJsonArray& events);
    QJsonObject event(int row) const { return m_events.value(row); }

    // Every loaded event as the table shows it, with the raw action code and whole ids beside the words.
    bool writeCsv(const QString& path, QString* error) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const QJsonObject& event, int column) const;
    QString who(const QString& accountId) const;
    QString record(const QJsonObject& event) const;
    static QString when(const QString& at);
    static QString shortId(const QString& id);

    QVector<QJsonObject> m_events;
    QHash<QString, QString> m_names;
    RecordLabel m_label;
    mutable QHash<QString, QString> m_labels; // table + id -> label, as read once
};
