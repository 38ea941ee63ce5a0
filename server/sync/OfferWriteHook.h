#pragma once

#include "sync/WriteHook.h"

class ServerStorage;

// The offer rules' part in a push (docs/ARCHITECTURE.md "Write hooks"): after a pushed offer, application or free
// place was written, OfferEffects writes what follows it (the application's state, the place's status, withdrawn
// offers, the resolved emergency entry) in the same transaction and at the same seq, so it commits with its cause or
// not at all. SyncServer registers it before the mail hook, so a mail reads the rows as the rules left them.
class OfferWriteHook : public WriteHook
{
public:
    explicit OfferWriteHook(ServerStorage& storage);

    QVector<CommittedRow> afterWrite(const QString& accountId, const QString& table, const QJsonObject& before,
                                     const QJsonObject& after, qint64 seq) override;

private:
    ServerStorage& m_storage;
};
