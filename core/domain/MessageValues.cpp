#include "MessageValues.h"

#include "ApplicationStatus.h"
#include "MessageTemplates.h"

#include <QDate>
#include <QLocale>

namespace {

QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}

void putIfSet(QHash<QString, QString>* values, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        values->insert(QLatin1String(key), value);
}

} // namespace

QHash<QString, QString> MessageValues::build(const MessageRows& rows, const QString& language)
{
    QHash<QString, QString> v;
    putIfSet(&v, "parent_name",
             (str(rows.parent, "first_name") + QLatin1Char(' ') + str(rows.parent, "last_name")).trimmed());
    // A child not born yet often has no first name: the mail then speaks of "your child".
    const QString childName = str(rows.child, "first_name").trimmed();
    if (!rows.application.isEmpty())
        v.insert(QStringLiteral("child_name"),
                 childName.isEmpty() ? MessageTemplates::unnamedChild(language) : childName);
    if (!rows.application.isEmpty()) {
        // Filed offline, an application has no number until the server gives it one.
        putIfSet(&v, "application_number", str(rows.application, "number"));
        const ApplicationStatus::State state = ApplicationStatus::fromString(str(rows.application, "status"));
        putIfSet(&v, "state", ApplicationStatus::label(state, language));
        putIfSet(&v, "state_explanation", ApplicationStatus::explanation(state, language));
    }
    if (!rows.location.isEmpty()) {
        const QString municipality = str(rows.location, "municipality");
        putIfSet(&v, "location",
                 str(rows.location, "name") +
                     (municipality.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(municipality)));
    }
    const QDate respondBy = QDate::fromString(str(rows.offer, "respond_by"), Qt::ISODate);
    if (respondBy.isValid())
        v.insert(QStringLiteral("respond_by"), QLocale(language).toString(respondBy, QStringLiteral("d MMMM yyyy")));
    return v;
}
