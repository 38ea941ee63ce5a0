#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class LocalCache;

// What a counter does on the emergency list (noodlijst, docs/ARCHITECTURE.md "The path of one edit"): put an
// application on it in one step, log each call or visit with the next follow-up day, and resolve the entry.
// Each is one local write with its outbox entry, so it works offline; the server judges (one open entry per
// application, the entry resolved with the application) and the client explains its answer.
class EmergencyActions
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyActions)

public:
    struct NewEntry {
        QString applicationId;
        int urgency = 2;  // 1 high … 3 low
        QString reason;   // work_start, medical, social, other
        QDate followUpOn; // the first call back
        QString note;     // optional
    };

    // author: the signed-in account, recorded with every log entry.
    EmergencyActions(LocalCache& cache, const QString& authorId, const QString& authorName);

    // The first call back a counter is offered: in two working days, so a Friday entry is called on Tuesday.
    static QDate defaultFollowUp(const QDate& today);
    // The ways an entry ends, in the order they are offered.
    static QStringList resolutions();

    // The open entry of an application already on the list, or empty.
    QJsonObject openEntryOf(const QString& applicationId) const;
    // The new entry's id in *id.
    bool add(const NewEntry& entry, QString* id, QString* error);
    // One call or visit: what was agreed, and the day to call back (the log only grows).
    bool logFollowUp(const QString& entryId, const QString& agreed, const QDate& next, QString* error);
    bool resolve(const QString& entryId, const QString& resolution, const QString& note, QString* error);
    // For tests: the time log entries are stamped with (default: now) and the day "today" is.
    void setClock(const QDateTime& fixedUtc) { m_fixedNow = fixedUtc; }

private:
    QString now() const;
    QDate today() const;
    QJsonObject openEntry(const QString& entryId, QString* error) const;
    QString appendNote(const QJsonObject& entry, const QString& text) const;

    LocalCache& m_cache;
    QString m_authorId;
    QString m_authorName;
    QDateTime m_fixedNow;
};
