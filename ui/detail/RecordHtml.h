#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class RecordQuery;

// The read-only HTML a counter worker reads in the detail panel: a parent with children and applications,
// or an application with its child, parent, wishes, preferred locations and priority in plain words, or a location
// with the free places reported there.
// Links ("record:parents/<id>") let the panel jump between related records.
class RecordHtml
{
    Q_DECLARE_TR_FUNCTIONS(RecordHtml)

public:
    explicit RecordHtml(const RecordQuery& records);

    QString parent(const QString& id) const;
    // `positionSection` (PositionHtml) comes after the priority grounds it is computed from.
    QString application(const QString& id, const QString& positionSection = QString()) const;
    // A location with its contact data and the free places reported there, so a counter sees at a glance what a
    // preferred location has to offer.
    QString location(const QString& id) const;
    static QString link(const QString& table, const QString& id, const QString& text);
    // An ISO-8601 UTC time as local "dd-MM-yyyy HH:mm".
    static QString dateTime(const QString& iso);
    static QString offerStatus(const QString& status);
    static QString emergencyReason(const QString& reason);
    static QString emergencyStatus(const QString& status);
    static QString urgency(int level);

private:
    QString contactSection(const QJsonObject& parent) const;
    QString childrenSection(const QString& parentId) const;
    QString applicationsSection(const QString& parentId) const;
    QString messagesSection(const QString& column, const QString& id) const;
    QString emergencySection(const QString& column, const QString& id) const;
    QString offersSection(const QVector<QJsonObject>& applications) const;
    QString offerItem(const QJsonObject& offer, const QString& applicationNumber) const;
    QString notesSection(const QString& stored) const;
    QString handlerName(const QString& accountId) const;
    QString statusBlock(const QString& status) const;
    QString childSection(const QJsonObject& child) const;
    QString parentSummary(const QJsonObject& parent) const;
    QString wishesSection(const QJsonObject& application) const;
    QString preferencesSection(const QJsonObject& application) const;
    QString prioritySection(const QJsonObject& application) const;
    QString otherSection(const QJsonObject& application) const;
    QString locationName(const QString& locationId) const;
    QString freePlacesSection(const QString& locationId) const;
    static QString personName(const QJsonObject& row);
    static QString childDates(const QJsonObject& child);
    static QString address(const QJsonObject& parent);

    const RecordQuery& m_records;
};
