#pragma once

#include "storage/ServerStorage.h"

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

// The rows that follow an offer or an application state, written by the server in the same transaction and at the
// same seq as the write that caused them (docs/PROTOCOL.md "Offers and the emergency list"), so every client pulls
// them like any other row:
// - an offer sent: its application to `offered` (from submitted or in review), its place `reserved` once the sent
//   and accepted offers fill its count;
// - an offer accepted: its application to `accepted`, the place `filled` once accepted offers fill its count, the
//   application's other open offers withdrawn, its open emergency entry resolved as `placed`;
// - a sent offer declined, expired or withdrawn: its application back to `in_review` unless another offer of it is
//   still sent, its place back to `open` below its count;
// - a place's count changed: its status as its offers now give it;
// - an application placed, cancelled or expired: its open emergency entry resolved (`placed`, `cancelled`,
//   `expired`); cancelled or expired also withdraws its open offers.
// Used by OfferWriteHook after a pushed write and by OfferExpiry for the offers whose respond-by date passed. Each
// derived write is audited as `derive.update` with the fields it changed (never values).
class OfferEffects
{
public:
    // writerId: updated_by of the rows written (the pushing account; empty for the server's expiry round).
    OfferEffects(ServerStorage& storage, const QString& writerId, qint64 seq);

    // After an applied insert (before empty) or update of `table`: the rows written.
    QVector<CommittedRow> afterWrite(const QString& table, const QJsonObject& before, const QJsonObject& after);
    // A `sent` offer whose respond-by date passed becomes `expired`, with what follows as for a decline. Nothing when
    // the offer is gone or no longer sent.
    QVector<CommittedRow> expire(const QString& offerId);

private:
    void afterOffer(const QJsonObject& before, const QJsonObject& after);
    void afterApplication(const QJsonObject& before, const QJsonObject& after);
    void offerSent(const QJsonObject& offer);
    void offerAccepted(const QJsonObject& offer);
    void offerLeftSent(const QJsonObject& offer);
    // The status a place's offers give it: filled, reserved or open (a withdrawn place stays withdrawn).
    void settlePlace(const QString& placeId);
    void withdrawOpenOffers(const QString& applicationId, const QString& exceptOfferId);
    void resolveOpenEntries(const QString& applicationId, const QString& resolution);
    // Writes `changes` into the stored row: version + 1, updated_at now, updated_by the writer, at the seq.
    QJsonObject write(const QString& table, const StoredRow& stored, const QJsonObject& changes);
    std::optional<StoredRow> find(const QString& table, const QString& id);

    ServerStorage& m_storage;
    QString m_writerId;
    qint64 m_seq;
    QString m_cause; // "<table> <id>" of the write being followed, for the audit summary
    QVector<CommittedRow> m_rows;
};
