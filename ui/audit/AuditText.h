#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The audit log's codes in words for the audit page (docs/PROTOCOL.md "Audit"): what happened ("auth.login" ->
// "Signed in") and to which kind of record ("emergency_entries" -> "Emergency list entry"). A code this client does
// not know yet is shown as it is, so a newer server's events are never hidden or renamed wrongly.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString action(const QString& code);
    static QString entity(const QString& table);
    // The server's summary (English, counts and codes only) in words where its form is known, else as it is.
    static QString summary(const QString& text);
    // The actions and record kinds the filters offer, in the order shown.
    static QStringList knownActions();
    static QStringList knownEntities();
    // Whether a record of this kind can be shown in the detail panel (through itself or its family's record).
    static bool isRecordTable(const QString& table);

private:
    static QString pushAction(const QString& op, const QString& status);
    static QString accountFields(const QString& text);
    static QString role(const QString& code);
};
