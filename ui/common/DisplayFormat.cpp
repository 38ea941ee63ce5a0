#include "common/DisplayFormat.h"

#include "common/UiLanguage.h"
#include "domain/ApplicationStatus.h"

#include <QLocale>
#include <QStringList>

namespace {

// Wire codes and their words, for the lists of codes that read as one word each (translated in the context
// "DisplayFormat" with the disambiguation given, if any).
struct Word {
    const char* code;
    struct {
        const char* source;
        const char* comment; // "" for none
    } text;
};
using Words = std::initializer_list<Word>;

QString wordFor(Words words, const QString& code)
{
    for (const Word& w : words) {
        if (code == QLatin1String(w.code))
            return QCoreApplication::translate("DisplayFormat", w.text.source,
                                               *w.text.comment ? w.text.comment : nullptr);
    }
    return code;
}

const QString kDateFormat = QStringLiteral("dd-MM-yyyy");

QString grouped(const QString& digits, std::initializer_list<int> sizes)
{
    QStringList parts;
    int at = 0;
    for (int size : sizes) {
        parts.append(digits.mid(at, size));
        at += size;
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

QString DisplayFormat::date(const QVariant& isoValue)
{
    const QString text = isoValue.toString();
    if (text.isEmpty())
        return QString();
    if (text.size() <= 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? d.toString(kDateFormat) : text;
    }
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toLocalTime().date().toString(kDateFormat) : text;
}

QString DisplayFormat::time(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QString DisplayFormat::phone(const QString& e164)
{
    if (!e164.startsWith(QLatin1String("+32")))
        return e164;
    const QString rest = e164.mid(3);
    if (rest.size() == 9 && rest.startsWith(QLatin1Char('4')))
        return grouped(QLatin1Char('0') + rest, {4, 2, 2, 2}); // mobile: 0470 12 34 56
    if (rest.size() != 8)
        return e164;
    // Brussels, Antwerp, Liège and Ghent have one-digit zones: 03 123 45 67; the rest two: 014 12 34 56.
    if (QStringLiteral("2349").contains(rest.at(0)))
        return grouped(QLatin1Char('0') + rest, {2, 3, 2, 2});
    return grouped(QLatin1Char('0') + rest, {3, 2, 2, 2});
}

QString DisplayFormat::statusLabel(const QString& status)
{
    const QString label = ApplicationStatus::label(ApplicationStatus::fromString(status), UiLanguage::code());
    return label.isEmpty() ? status : label;
}

QString DisplayFormat::statusExplanation(const QString& status)
{
    return ApplicationStatus::explanation(ApplicationStatus::fromString(status), UiLanguage::code());
}

QString DisplayFormat::channel(const QString& channel)
{
    if (channel == QLatin1String("online"))
        return tr("Online form");
    if (channel == QLatin1String("counter"))
        return tr("At the counter");
    if (channel == QLatin1String("referrer"))
        return tr("Via a referrer");
    if (channel == QLatin1String("phone"))
        return tr("By phone");
    return channel;
}

QString DisplayFormat::messageStatus(const QString& status)
{
    if (status == QLatin1String("queued"))
        return tr("Waiting to be sent");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("failed"))
        return tr("Not delivered");
    return status;
}

QString DisplayFormat::messageTemplate(const QString& name)
{
    if (name == QLatin1String("acknowledgement"))
        return tr("Application received");
    if (name == QLatin1String("application_changed"))
        return tr("Application changed");
    if (name == QLatin1String("state_changed"))
        return tr("State changed");
    if (name == QLatin1String("offer_made"))
        return tr("Offer made");
    if (name == QLatin1String("offer_expiring"))
        return tr("Offer expires soon");
    if (name == QLatin1String("application_cancelled"))
        return tr("Application cancelled");
    return name.isEmpty() ? tr("Own message") : name;
}

QString DisplayFormat::languageName(const QString& bcp47)
{
    const QString primary = bcp47.section(QLatin1Char('-'), 0, 0).toLower();
    if (primary == QLatin1String("nl"))
        return tr("Dutch");
    if (primary == QLatin1String("fr"))
        return tr("French");
    if (primary == QLatin1String("en"))
        return tr("English");
    if (primary == QLatin1String("de"))
        return tr("German");
    const QString other = otherLanguageName(primary);
    if (!other.isEmpty() || primary.isEmpty())
        return other;
    // A rare language: its own name for itself beats an English one.
    const QLocale locale(primary);
    return locale.language() == QLocale::C ? bcp47 : locale.nativeLanguageName();
}

QString DisplayFormat::otherLanguageName(const QString& primary)
{
    // The languages families at a Flemish city counter speak most, besides the three of the client.
    if (primary == QLatin1String("ar"))
        return tr("Arabic");
    if (primary == QLatin1String("tr"))
        return tr("Turkish");
    if (primary == QLatin1String("pl"))
        return tr("Polish");
    if (primary == QLatin1String("ro"))
        return tr("Romanian");
    if (primary == QLatin1String("bg"))
        return tr("Bulgarian");
    if (primary == QLatin1String("es"))
        return tr("Spanish");
    if (primary == QLatin1String("it"))
        return tr("Italian");
    if (primary == QLatin1String("pt"))
        return tr("Portuguese");
    if (primary == QLatin1String("ru"))
        return tr("Russian");
    if (primary == QLatin1String("uk"))
        return tr("Ukrainian");
    if (primary == QLatin1String("so"))
        return tr("Somali");
    if (primary == QLatin1String("ti"))
        return tr("Tigrinya");
    if (primary == QLatin1String("fa"))
        return tr("Persian");
    if (primary == QLatin1String("ps"))
        return tr("Pashto");
    return QString();
}

QString DisplayFormat::contactPreference(const QString& preference)
{
    if (preference == QLatin1String("email"))
        return tr("E-mail");
    if (preference == QLatin1String("phone"))
        return tr("Phone");
    if (preference == QLatin1String("post"))
        return tr("Post");
    return preference;
}

QString DisplayFormat::locationKind(const QString& kind)
{
    if (kind == QLatin1String("group"))
        return tr("Group childcare");
    if (kind == QLatin1String("family"))
        return tr("Family childcare");
    return kind;
}

QString DisplayFormat::urgency(int urgency)
{
    switch (urgency) {
    case 1:
        return tr("High");
    case 2:
        return tr("Medium");
    case 3:
        return tr("Low");
    default:
        return QString();
    }
}

QString DisplayFormat::emergencyReason(const QString& reason)
{
    static const Words words{{"work_start", QT_TRANSLATE_NOOP3("DisplayFormat", "Work or training", "")},
                             {"medical", QT_TRANSLATE_NOOP3("DisplayFormat", "Medical", "")},
                             {"social", QT_TRANSLATE_NOOP3("DisplayFormat", "Social", "")},
                             {"other", QT_TRANSLATE_NOOP3("DisplayFormat", "Other", "")}};
    return wordFor(words, reason);
}

QString DisplayFormat::resolution(const QString& resolution)
{
    static const Words words{{"placed", QT_TRANSLATE_NOOP3("DisplayFormat", "Placed", "")},
                             {"care_elsewhere", QT_TRANSLATE_NOOP3("DisplayFormat", "Found care elsewhere", "")},
                             {"not_needed", QT_TRANSLATE_NOOP3("DisplayFormat", "No longer needed", "")},
                             {"unreachable", QT_TRANSLATE_NOOP3("DisplayFormat", "Unreachable", "")},
                             {"cancelled", QT_TRANSLATE_NOOP3("DisplayFormat", "Application cancelled", "")},
                             {"expired", QT_TRANSLATE_NOOP3("DisplayFormat", "Application expired", "")}};
    return wordFor(words, resolution);
}

QString DisplayFormat::offerStatus(const QString& status)
{
    static const Words words{{"proposed", QT_TRANSLATE_NOOP3("DisplayFormat", "Proposed", "")},
                             {"sent", QT_TRANSLATE_NOOP3("DisplayFormat", "Offer sent", "")},
                             {"accepted", QT_TRANSLATE_NOOP3("DisplayFormat", "Offer accepted", "")},
                             {"declined", QT_TRANSLATE_NOOP3("DisplayFormat", "Declined", "")},
                             {"expired", QT_TRANSLATE_NOOP3("DisplayFormat", "Not answered in time", "")},
                             {"withdrawn", QT_TRANSLATE_NOOP3("DisplayFormat", "Withdrawn", "")}};
    return wordFor(words, status);
}

QString DisplayFormat::placeStatus(const QString& status)
{
    static const Words words{{"open", QT_TRANSLATE_NOOP3("DisplayFormat", "Open", "free place status")},
                             {"reserved", QT_TRANSLATE_NOOP3("DisplayFormat", "Reserved", "")},
                             {"filled", QT_TRANSLATE_NOOP3("DisplayFormat", "Filled", "")},
                             {"withdrawn", QT_TRANSLATE_NOOP3("DisplayFormat", "Withdrawn", "")}};
    return wordFor(words, status);
}

QString DisplayFormat::role(const QString& role)
{
    static const Words words{{"admin", QT_TRANSLATE_NOOP3("DisplayFormat", "Administrator", "account role")},
                             {"coordinator", QT_TRANSLATE_NOOP3("DisplayFormat", "Coordinator", "account role")},
                             {"counter", QT_TRANSLATE_NOOP3("DisplayFormat", "Counter worker", "account role")},
                             {"referrer", QT_TRANSLATE_NOOP3("DisplayFormat", "Referrer", "account role")}};
    return wordFor(words, role);
}

QString DisplayFormat::dateTime(const QString& iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return dt.isValid() ? tr("%1 %2", "date, then time").arg(date(iso), time(dt)) : QString();
}

QString DisplayFormat::allocationStatus(const QString& status)
{
    static const Words words{{"draft", QT_TRANSLATE_NOOP3("DisplayFormat", "Draft", "allocation run")},
                             {"confirmed", QT_TRANSLATE_NOOP3("DisplayFormat", "Confirmed", "allocation run")},
                             {"discarded", QT_TRANSLATE_NOOP3("DisplayFormat", "Discarded", "allocation run")}};
    return wordFor(words, status);
}

QString DisplayFormat::days(const QJsonObject& days)
{
    const QStringList keys{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                           QStringLiteral("fri")};
    const QStringList names{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri")};
    QStringList parts;
    for (int i = 0; i < keys.size(); ++i) {
        const QString value = days.value(keys.at(i)).toString();
        if (value == QLatin1String("full"))
            parts.append(tr("%1 full", "day of the week, whole day").arg(names.at(i)));
        else if (value == QLatin1String("half"))
            parts.append(tr("%1 half", "day of the week, half day").arg(names.at(i)));
    }
    return parts.join(QStringLiteral(", "));
}

QString DisplayFormat::daysShort(const QJsonObject& days)
{
    const QStringList keys{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                           QStringLiteral("fri")};
    const QStringList names{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri")};
    QStringList parts;
    for (int i = 0; i < keys.size(); ++i) {
        const QString value = days.value(keys.at(i)).toString();
        if (value == QLatin1String("full"))
            parts.append(names.at(i));
        else if (value == QLatin1String("half"))
            parts.append(names.at(i) + QChar(0x00BD)); // ½
    }
    return parts.join(QLatin1Char(' '));
}

QString DisplayFormat::ageBand(int minMonths, int maxMonths)
{
    //: Age band of a free place, in months.
    return tr("%1–%2 months").arg(minMonths).arg(maxMonths);
}

QString DisplayFormat::priorityGround(const QString& flag)
{
    if (flag == QLatin1String("work_or_training"))
        return tr("Working or in training");
    if (flag == QLatin1String("single_parent"))
        return tr("Single parent");
    if (flag == QLatin1String("low_income"))
        return tr("Low income");
    if (flag == QLatin1String("foster_child"))
        return tr("Foster child");
    if (flag == QLatin1String("sibling"))
        return tr("Sibling in a location");
    if (flag == QLatin1String("social_reasons"))
        return tr("Social reasons");
    return flag;
}

QString DisplayFormat::childAge(const QString& band)
{
    if (band == QLatin1String("unborn"))
        return tr("Not born yet");
    if (band == QLatin1String("0"))
        return tr("Under 1 year");
    if (band == QLatin1String("1"))
        return tr("1 year");
    if (band == QLatin1String("2_plus"))
        return tr("2 years or older");
    return band;
}
