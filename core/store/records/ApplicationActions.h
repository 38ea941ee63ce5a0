#pragma once

#include "domain/ApplicationStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

class LocalCache;

// The follow-up actions on one application (docs/ARCHITECTURE.md "Domain", "The desktop client"): change its state,
// assign it to a worker, add a note. Each is one local write with its outbox entry (LocalWriter), so they work offline.
// State changes go only through ApplicationStatus; notes are appended to a NoteLog so concurrent notes merge on the
// server.
class ApplicationActions
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationActions)

public:
    // author: the signed-in account, recorded with notes.
    ApplicationActions(LocalCache& cache, const QString& authorId, const QString& authorName);

    // reason: the closed reason (cancelled, expired) or one of ApplicationStatus::offerReturnReasons()
    // (offered -> in_review); detail: optional words added to the note of an offer going back to review.
    bool changeStatus(const QString& applicationId, ApplicationStatus::State to, const QString& reason,
                      const QString& detail, QString* error);
    // An empty accountId removes the assignment.
    bool assign(const QString& applicationId, const QString& accountId, QString* error);
    bool addNote(const QString& applicationId, const QString& text, QString* error);
    // Active counter and coordinator accounts of the region, from the cached `accounts` table, by name.
    QVector<QJsonObject> assignableAccounts(const QString& regionId) const;
    // For tests: the time notes are stamped with (default: now).
    void setClock(const QDateTime& fixedUtc) { m_fixedNow = fixedUtc; }

private:
    QString now() const;
    QString offerReturnNote(const QString& reason, const QString& detail) const;

    LocalCache& m_cache;
    QString m_authorId;
    QString m_authorName;
    QDateTime m_fixedNow;
};
