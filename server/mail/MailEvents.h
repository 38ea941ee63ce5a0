#pragma once

#include "domain/MessageValues.h"
#include "storage/ServerStorage.h"

#include <QHash>
#include <optional>

// Turns applied writes into parent mail (docs/ARCHITECTURE.md "Domain", "The server"), inside the write that caused
// them: the message row is written at the same seq, so it commits (or rolls back) with its event and reaches clients by
// the ordinary pull. Events: an application filed (acknowledgement), its wishes changed (application_changed), its
// state changed (state_changed, or application_cancelled), an offer sent (offer_made), an offer about to expire
// (offer_expiring, from MailDelivery's round). A parent without an e-mail address gets the message as `failed`,
// error "no e-mail address": staff see that the parent was not told, and can add an address and resend.
// A failed message set back to `queued` (resend) starts its delivery attempts afresh.
class MailEvents
{
public:
    // writerId: updated_by of the rows written (the pushing account; empty for the server's own rounds).
    MailEvents(ServerStorage& storage, const QString& writerId);

    // After an applied insert (before empty) or update of `table`: the message rows written at `seq`.
    QVector<CommittedRow> afterWrite(const QString& table, const QJsonObject& before, const QJsonObject& after,
                                     qint64 seq);
    // The expiry reminder for one offer, written at `seq`; nothing when the offer or its application is gone.
    std::optional<CommittedRow> offerReminder(const QString& offerId, qint64 seq);

    static constexpr const char* kNoAddress = "no e-mail address";

private:
    QVector<CommittedRow> afterApplication(const QJsonObject& before, const QJsonObject& after, qint64 seq);
    QVector<CommittedRow> afterOffer(const QJsonObject& before, const QJsonObject& after, qint64 seq);
    void afterMessage(const QJsonObject& before, const QJsonObject& after);
    std::optional<CommittedRow> write(const QString& templateName, const StoredRow& application,
                                      const QJsonObject& offer, qint64 seq);
    // The rows the template's values come from (see MessageValues, shared with the client).
    // False when one of them lies outside the application's region.
    bool rowsFor(const QJsonObject& application, const QJsonObject& parent, const QJsonObject& offer,
                 MessageRows* rows);
    std::optional<StoredRow> regionRow(const QString& table, const QString& id, const QString& regionId);

    ServerStorage& m_storage;
    QString m_writerId;
};
