#pragma once

#include "store/conflicts/ConflictEntry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class RecordQuery;

// A change the server did not apply, in the words of a counter worker: which record, what happened and
// why, instead of wire statuses and server reasons.
class ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictText)

public:
    static QString kindLabel(ConflictEntry::Kind kind);
    // What happened and what the person can do about it, in one or two sentences.
    static QString explanation(const ConflictEntry& entry);
    // The server's reason ("invalid: email: ...", "changed meanwhile: phone") in plain words.
    static QString reason(const ConflictEntry& entry);
    static QString tableLabel(const QString& table);
    // "Ayşe Çelik", "ANT-2026-000001", "application for Noor Çelik": the record as people name it.
    static QString recordLabel(const ConflictEntry& entry, const RecordQuery& records);
    // The fields the server named as changed by someone else meanwhile; empty when it named none.
    static QStringList changedMeanwhile(const ConflictEntry& entry);
    // The validator's "email: is not a valid e-mail address; phone: ..." in the window's language.
    static QString invalidReason(const QString& details);

private:
    static QString personName(const QJsonObject& row);
    static QString validatorText(const QString& message);
    // The plain words for the server's "<kind> <id> does not exist"; empty for any other text.
    static QString missingReference(const QString& part);
};
