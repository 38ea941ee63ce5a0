#pragma once

#include "protocol/MutationStatus.h"

#include <QJsonObject>
#include <QString>

class LocalCache;
class UiTestData;

// Changes the server did not apply, made exactly as a sync makes them: a local edit through LocalWriter,
// then OutboxBatch::settle with the server's answer, and its corrections applied by PullApplier.
// One of each kind: a conflict, a refused new parent, a change to a deleted parent, a duplicate application.
class ConflictTestData
{
public:
    bool fill(LocalCache& cache, const UiTestData& data, QString* error);

    // Ayşe Çelik: this client changed e-mail and phone; someone else changed both, and the street.
    QString conflictParentId;
    QString myEmail = QStringLiteral("ayse.celik@telenet.be");
    QString theirEmail = QStringLiteral("a.celik@gmail.com");
    QString myPhone = QStringLiteral("+32470999888");
    QString theirPhone = QStringLiteral("+32471555444");
    QString theirStreet = QStringLiteral("Lange Nieuwstraat");
    // Jan Peeters, filed here; the server refused his e-mail address.
    QString refusedParentId;
    QString refusedEmail = QStringLiteral("jan.peeters@exampel.be");
    // Family 5's parent: this client added a note, but the parent was deleted on the server meanwhile.
    QString goneParentId;
    QString goneNote = QStringLiteral("Belt terug na 16 uur");
    // A second application for Noor Çelik; the server has ANT-2026-000001 for her already.
    QString duplicateApplicationId;
    // Who made the server's side of the conflict (a synced account).
    QString writerAccountId;
    QString writerName = QStringLiteral("Els Janssens");

    // One more entry, not made by fill(): "Ayse Celik" filed here with Ayşe Çelik's national number, with a
    // child (which the server took) and an application (which it refused: its parent did not exist there).
    bool fillDuplicateParent(LocalCache& cache, const UiTestData& data, QString* error);
    QString duplicateParentId;
    QString duplicateChildId;
    QString refusedApplicationId;
    QString duplicateNotes = QStringLiteral("Spreekt Turks en Nederlands");

    // Answers the newest outbox entry with this result, as SyncEngine does with a push answer.
    static bool settleLast(LocalCache& cache, Protocol::MutationStatus status, const QJsonObject& serverRow,
                           const QString& reason, QString* error);
};
