#include "AuditText.h"

#include "common/DisplayFormat.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

QStringList AuditText::knownActions()
{
    return {QStringLiteral("auth.login"),
            QStringLiteral("auth.login_failed"),
            QStringLiteral("auth.login_refused"),
            QStringLiteral("auth.logout"),
            QStringLiteral("auth.password_change"),
            QStringLiteral("push.insert.applied"),
            QStringLiteral("push.update.applied"),
            QStringLiteral("push.delete.applied"),
            QStringLiteral("derive.update"),
            QStringLiteral("export.csv"),
            QStringLiteral("export.pdf"),
            QStringLiteral("export.print"),
            QStringLiteral("account.create"),
            QStringLiteral("account.update"),
            QStringLiteral("account.enable"),
            QStringLiteral("account.disable"),
            QStringLiteral("account.reset_password"),
            QStringLiteral("account.sign_out"),
            QStringLiteral("allocation.draft"),
            QStringLiteral("allocation.confirm"),
            QStringLiteral("allocation.discard"),
            QStringLiteral("allocation.offer")};
}

QStringList AuditText::knownEntities()
{
    return {QStringLiteral("applications"),      QStringLiteral("parents"),  QStringLiteral("children"),
            QStringLiteral("emergency_entries"), QStringLiteral("offers"),   QStringLiteral("free_places"),
            QStringLiteral("locations"),         QStringLiteral("messages"), QStringLiteral("regions"),
            QStringLiteral("accounts"),          QStringLiteral("session"),  QStringLiteral("allocation_runs"),
            QStringLiteral("audit_events")};
}

bool AuditText::isRecordTable(const QString& table)
{
    static const QStringList tables{QStringLiteral("applications"), QStringLiteral("parents"),
                                    QStringLiteral("children"),     QStringLiteral("emergency_entries"),
                                    QStringLiteral("offers"),       QStringLiteral("free_places"),
                                    QStringLiteral("locations"),    QStringLiteral("messages")};
    return tables.contains(table);
}

QString AuditText::pushAction(const QString& op, const QString& status)
{
    if (status == QLatin1String("applied")) {
        if (op == QLatin1String("insert"))
            return tr("Added");
        if (op == QLatin1String("delete"))
            return tr("Deleted");
        return tr("Changed");
    }
    if (status == QLatin1String("conflict"))
        return tr("Change in conflict");
    if (status == QLatin1String("rejected"))
        return tr("Change refused");
    if (status == QLatin1String("gone"))
        return tr("Change to a record no longer there");
    if (status == QLatin1String("duplicate"))
        return tr("Change sent twice");
    return QString();
}

QString AuditText::action(const QString& code)
{
    const QStringList parts = code.split(QLatin1Char('.'));
    if (parts.size() == 3 && parts.first() == QLatin1String("push")) {
        const QString words = pushAction(parts.at(1), parts.at(2));
        return words.isEmpty() ? code : words;
    }
    const QHash<QString, QString> words{{QStringLiteral("auth.login"), tr("Signed in")},
                                        {QStringLiteral("auth.login_failed"), tr("Sign-in failed")},
                                        {QStringLiteral("auth.login_refused"), tr("Sign-in refused")},
                                        {QStringLiteral("auth.logout"), tr("Signed out")},
                                        {QStringLiteral("auth.refresh"), tr("Session renewed")},
                                        {QStringLiteral("auth.refresh_reused"), tr("Old sign-in token used again")},
                                        {QStringLiteral("auth.password_change"), tr("Own password changed")},
                                        {QStringLiteral("derive.update"), tr("Changed as a consequence")},
                                        {QStringLiteral("export.csv"), tr("Exported (CSV)")},
                                        {QStringLiteral("export.pdf"), tr("Exported (PDF)")},
                                        {QStringLiteral("export.print"), tr("Printed")},
                                        {QStringLiteral("account.create"), tr("Account created")},
                                        {QStringLiteral("account.update"), tr("Account changed")},
                                        {QStringLiteral("account.enable"), tr("Account enabled")},
                                        {QStringLiteral("account.disable"), tr("Account disabled")},
                                        {QStringLiteral("account.reset_password"), tr("Password reset")},
                                        {QStringLiteral("account.sign_out"), tr("Signed out everywhere")},
                                        {QStringLiteral("account.passwd"), tr("Password set by the operator")},
                                        {QStringLiteral("account.password_mail_failed"), tr("Password mail failed")},
                                        {QStringLiteral("anonymisation.dry_run"), tr("Anonymisation tried (dry run)")},
                                        {QStringLiteral("anonymisation.run"), tr("Old data anonymised")},
                                        {QStringLiteral("anonymisation.retention"), tr("Retention changed")},
                                        {QStringLiteral("allocation.draft"), tr("Allocation draft made")},
                                        {QStringLiteral("allocation.confirm"), tr("Allocation confirmed")},
                                        {QStringLiteral("allocation.discard"), tr("Allocation discarded")},
                                        {QStringLiteral("allocation.offer"), tr("Offer from the allocation")},
                                        {QStringLiteral("epoch.rotate"), tr("Server restored from a backup")},
                                        {QStringLiteral("tombstones.purge"), tr("Old deletions cleaned up")}};
    if (words.contains(code))
        return words.value(code);
    if (code.startsWith(QLatin1String("demo.")))
        return tr("Demo data");
    return code;
}

QString AuditText::entity(const QString& table)
{
    const QHash<QString, QString> words{{QStringLiteral("applications"), tr("Application")},
                                        {QStringLiteral("parents"), tr("Parent")},
                                        {QStringLiteral("children"), tr("Child")},
                                        {QStringLiteral("emergency_entries"), tr("Emergency list entry")},
                                        {QStringLiteral("offers"), tr("Offer")},
                                        {QStringLiteral("free_places"), tr("Free place")},
                                        {QStringLiteral("locations"), tr("Location")},
                                        {QStringLiteral("messages"), tr("Message")},
                                        {QStringLiteral("regions"), tr("Region")},
                                        {QStringLiteral("accounts"), tr("Account")},
                                        {QStringLiteral("session"), tr("Sign-in session")},
                                        {QStringLiteral("allocation_runs"), tr("Allocation run")},
                                        {QStringLiteral("audit_events"), tr("Audit log")},
                                        {QStringLiteral("meta"), tr("Server")},
                                        {QStringLiteral("tombstones"), tr("Deleted records")},
                                        {QStringLiteral("anonymisation"), tr("Anonymisation")},
                                        {QStringLiteral("retention"), tr("Retention")}};
    return words.value(table, table);
}

QString AuditText::summary(const QString& text)
{
    const QHash<QString, QString> fixed{
        {QStringLiteral("wrong password"), tr("wrong password")},
        {QStringLiteral("unknown user name"), tr("unknown user name")},
        {QStringLiteral("account disabled"), tr("account disabled")},
        {QStringLiteral("rate limited"), tr("too many failed attempts")},
        {QStringLiteral("draft discarded"), tr("draft discarded")},
        {QStringLiteral("demo data"), tr("demo data")},
        {QStringLiteral("demo family filed"), tr("demo family filed")},
        {QStringLiteral("demo places settled"), tr("demo places settled")},
        {QStringLiteral("demo places fitted to waiting families"), tr("demo places fitted to waiting families")},
        {QStringLiteral("the one-time password could not be mailed; it was shown instead"),
         tr("the one-time password could not be mailed; it was shown instead")}};
    if (fixed.contains(text))
        return fixed.value(text);
    static const QRegularExpression exportForm(QStringLiteral("^rows: (\\d+), format: (\\w+)(?:, exported at (.+))?$"));
    QRegularExpressionMatch m = exportForm.match(text);
    if (m.hasMatch()) {
        QString words = tr("%n row(s)", nullptr, m.captured(1).toInt());
        const QDateTime at = QDateTime::fromString(m.captured(3), Qt::ISODateWithMs);
        if (at.isValid())
            words += QLatin1String(", ") +
                     tr("made offline on %1").arg(at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")));
        return words;
    }
    static const QRegularExpression sessions(QStringLiteral("^(\\d+) (?:other )?session\\(s\\) revoked$"));
    if ((m = sessions.match(text)).hasMatch())
        return tr("%n session(s) ended", nullptr, m.captured(1).toInt());
    static const QRegularExpression offers(QStringLiteral("^(\\d+) offers sent$"));
    if ((m = offers.match(text)).hasMatch())
        return tr("%n offer(s) sent", nullptr, m.captured(1).toInt());
    static const QRegularExpression draft(QStringLiteral("^(\\d+) applications, (\\d+) matched, rule set (.+)$"));
    if ((m = draft.match(text)).hasMatch())
        return tr("%1 applications, %2 matched, rules %3").arg(m.captured(1), m.captured(2), m.captured(3));
    static const QRegularExpression created(
        QStringLiteral("^role (\\w+), (\\d+) region\\(s\\)(, one-time password( sent by mail)?)?$"));
    if ((m = created.match(text)).hasMatch()) {
        QString words = tr("role %1").arg(role(m.captured(1))) + QLatin1String(", ") +
                        tr("%n region(s)", nullptr, m.captured(2).toInt());
        if (!m.captured(3).isEmpty())
            words += QLatin1String(", ") +
                     (m.captured(4).isEmpty() ? tr("one-time password") : tr("one-time password sent by mail"));
        return words;
    }
    static const QRegularExpression reset(
        QStringLiteral("^one-time password( sent by mail)?; (\\d+) session\\(s\\) revoked$"));
    if ((m = reset.match(text)).hasMatch())
        return (m.captured(1).isEmpty() ? tr("one-time password") : tr("one-time password sent by mail")) +
               QLatin1String("; ") + tr("%n session(s) ended", nullptr, m.captured(2).toInt());
    static const QRegularExpression anonymised(QStringLiteral("^closed before (\\S+), messages before (\\S+): (.*)$"));
    if ((m = anonymised.match(text)).hasMatch()) {
        // "parents 2, children 2, …": each table by its record kind in words.
        QStringList counts;
        for (const QString& part : m.captured(3).split(QStringLiteral(", "), Qt::SkipEmptyParts))
            counts.append(entity(part.section(QLatin1Char(' '), 0, 0)) + QLatin1String(": ") +
                          part.section(QLatin1Char(' '), 1));
        return tr("families closed before %1, messages before %2: %3")
            .arg(DisplayFormat::date(m.captured(1)), DisplayFormat::date(m.captured(2)),
                 counts.join(QLatin1String(", ")));
    }
    static const QRegularExpression kept(QStringLiteral("^family_years (\\d+), message_years (\\d+)$"));
    if ((m = kept.match(text)).hasMatch())
        return tr("families %1 years, message texts %2 years").arg(m.captured(1), m.captured(2));
    if (text.startsWith(QLatin1String("changed: ")))
        return tr("changed: %1").arg(accountFields(text.mid(9)));
    return text;
}

QString AuditText::accountFields(const QString& text)
{
    // "display_name, role; role counter -> coordinator; 2 region(s)": the field names in words, the rest as it is.
    const QHash<QString, QString> words{{QStringLiteral("display_name"), tr("name")},
                                        {QStringLiteral("email"), tr("e-mail")},
                                        {QStringLiteral("role"), tr("role")},
                                        {QStringLiteral("region_ids"), tr("regions")},
                                        {QStringLiteral("organisation"), tr("organisation")},
                                        {QStringLiteral("active"), tr("active")}};
    QStringList parts = text.split(QStringLiteral("; "));
    QStringList fields = parts.takeFirst().split(QStringLiteral(", "));
    for (QString& field : fields)
        field = words.value(field, field);
    static const QRegularExpression roleChange(QStringLiteral("^role (\\w+) -> (\\w+)$"));
    static const QRegularExpression regions(QStringLiteral("^(\\d+) region\\(s\\)$"));
    for (QString& part : parts) {
        QRegularExpressionMatch m;
        if ((m = roleChange.match(part)).hasMatch())
            part = tr("role %1 → %2").arg(role(m.captured(1)), role(m.captured(2)));
        else if ((m = regions.match(part)).hasMatch())
            part = tr("%n region(s)", nullptr, m.captured(1).toInt());
        else if (part == QLatin1String("enabled"))
            part = tr("enabled");
        else if (part == QLatin1String("disabled"))
            part = tr("disabled");
    }
    return (QStringList{fields.join(QLatin1String(", "))} + parts).join(QLatin1String("; "));
}

QString AuditText::role(const QString& code)
{
    const QHash<QString, QString> words{{QStringLiteral("admin"), tr("administrator")},
                                        {QStringLiteral("coordinator"), tr("coordinator")},
                                        {QStringLiteral("counter"), tr("counter worker")},
                                        {QStringLiteral("referrer"), tr("referrer")}};
    return words.value(code, code);
}
