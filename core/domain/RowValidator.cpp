#include "RowValidator.h"

#include "ApplicationStatus.h"
#include "ContactRules.h"
#include "InfoSheet.h"
#include "MessageTemplates.h"
#include "NationalNumber.h"
#include "RegionCatalog.h"
#include "Uuid.h"
#include "allocation/RuleSetCatalog.h"
#include "protocol/ApiConstants.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

// Member functions' tr() calls are found by lupdate in the context "RowValidator"; the helpers below use the
// same context through QCoreApplication::translate() and QT_TRANSLATE_NOOP, which lupdate reads too.
QString tr(const char* text)
{
    return QCoreApplication::translate("RowValidator", text);
}

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

void require(const QJsonObject& row, const char* field, const char* message, QVector<FieldError>& errors)
{
    if (str(row, field).trimmed().isEmpty())
        errors.append({QString::fromLatin1(field), tr(message)});
}

void requireOneOf(const QJsonObject& row, const char* field, const QStringList& allowed, bool optional,
                  QVector<FieldError>& errors)
{
    const QString value = str(row, field);
    if (value.isEmpty() && optional)
        return;
    if (!allowed.contains(value))
        errors.append(
            {QString::fromLatin1(field),
             QCoreApplication::translate("RowValidator", "must be one of: %1").arg(allowed.join(QLatin1String(", ")))});
}

void checkDate(const QJsonObject& row, const char* field, QVector<FieldError>& errors)
{
    const QString value = str(row, field);
    if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
        errors.append({QString::fromLatin1(field),
                       QCoreApplication::translate("RowValidator", "is not a valid date (expected YYYY-MM-DD)")});
}

void checkNationalNumber(const QJsonObject& row, QVector<FieldError>& errors)
{
    const QString nn = str(row, "national_number");
    if (!nn.isEmpty() && !NationalNumber::isValid(nn))
        errors.append({QStringLiteral("national_number"),
                       QCoreApplication::translate("RowValidator", "is not a valid Belgian national number")});
}

void checkRegion(const QJsonObject& row, QVector<FieldError>& errors)
{
    if (!RegionCatalog::isRegionId(str(row, "region_id")))
        errors.append({QStringLiteral("region_id"),
                       QCoreApplication::translate("RowValidator", "must be antwerpen, mechelen or turnhout")});
}

void checkDays(const QJsonObject& row, QVector<FieldError>& errors)
{
    const QJsonValue value = row.value(QLatin1String("days"));
    if (value.isNull() || value.isUndefined())
        return;
    if (!value.isObject()) {
        errors.append({QStringLiteral("days"),
                       QCoreApplication::translate("RowValidator", "must list weekdays with full or half")});
        return;
    }
    const QStringList weekdays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                               QStringLiteral("thu"), QStringLiteral("fri")};
    const QJsonObject days = value.toObject();
    for (auto it = days.begin(); it != days.end(); ++it) {
        const QString v = it.value().toString();
        if (!weekdays.contains(it.key()) || (v != QLatin1String("full") && v != QLatin1String("half"))) {
            errors.append(
                {QStringLiteral("days"),
                 QCoreApplication::translate("RowValidator", "only mon to fri, each full or half, are allowed")});
            return;
        }
    }
}

void checkLanguageTag(const QJsonObject& row, QVector<FieldError>& errors)
{
    // BCP 47 as parents' languages are written: a primary language and optional subtags ("nl", "nl-BE").
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    const QString value = str(row, "language");
    if (!value.isEmpty() && !tag.match(value).hasMatch())
        errors.append({QStringLiteral("language"),
                       QCoreApplication::translate("RowValidator", "must be a language code, like nl or fr")});
}

void checkCount(const QJsonObject& row, const char* field, int max, QVector<FieldError>& errors)
{
    const QJsonValue value = row.value(QLatin1String(field));
    if (!value.isNull() && !value.isUndefined() && (value.toDouble() < 0 || value.toDouble() > max))
        errors.append({QString::fromLatin1(field),
                       QCoreApplication::translate("RowValidator", "must be between 0 and %1").arg(max)});
}

// Both ends present (unless the band is optional and neither is), within 0..max months, the lower below the upper.
void checkAgeBand(const QJsonObject& row, int max, bool optional, QVector<FieldError>& errors)
{
    const QJsonValue low = row.value(QLatin1String("age_min_months"));
    const QJsonValue high = row.value(QLatin1String("age_max_months"));
    const auto absent = [](const QJsonValue& v) {
        return v.isNull() || v.isUndefined();
    };
    if (optional && absent(low) && absent(high))
        return;
    if (!low.isDouble() || !high.isDouble() || low.toDouble() < 0 || high.toDouble() > max ||
        low.toDouble() >= high.toDouble())
        errors.append({QStringLiteral("age_max_months"),
                       QCoreApplication::translate("RowValidator",
                                                   "the ages must lie between 0 and %1 months, the youngest first")
                           .arg(max)});
}

void checkEmail(const QJsonObject& row, QVector<FieldError>& errors)
{
    const QString value = str(row, "email");
    if (!value.isEmpty() && !ContactRules::isValidEmail(value))
        errors.append(
            {QStringLiteral("email"), QCoreApplication::translate("RowValidator", "is not a valid e-mail address")});
}

void checkPriority(const QJsonObject& row, QVector<FieldError>& errors)
{
    const QJsonValue value = row.value(QLatin1String("priority"));
    if (value.isNull() || value.isUndefined())
        return;
    static const QStringList flags{QStringLiteral("work_or_training"), QStringLiteral("single_parent"),
                                   QStringLiteral("low_income"),       QStringLiteral("foster_child"),
                                   QStringLiteral("social_reasons"),   QStringLiteral("sworn_statement")};
    bool ok = value.isObject();
    const QJsonObject priority = value.toObject();
    for (auto it = priority.begin(); ok && it != priority.end(); ++it) {
        if (it.key() == QLatin1String("sibling_location_ids"))
            ok = it.value().isArray() && it.value().toArray().size() <= Protocol::kMaxPreferences;
        else
            ok = flags.contains(it.key()) && it.value().isBool();
    }
    if (!ok)
        errors.append({QStringLiteral("priority"),
                       QCoreApplication::translate("RowValidator", "holds only the known priority grounds")});
}

} // namespace

QStringList RowValidator::offerStates()
{
    return {QStringLiteral("proposed"), QStringLiteral("sent"),    QStringLiteral("accepted"),
            QStringLiteral("declined"), QStringLiteral("expired"), QStringLiteral("withdrawn")};
}

QVector<FieldError> RowValidator::validate(const QString& table, const QJsonObject& row)
{
    QVector<FieldError> errors;
    if (table == QLatin1String("regions")) {
        validateRegion(row, errors);
        return errors;
    }
    if (!Uuid::isValid(str(row, "id")))
        errors.append({QStringLiteral("id"), tr("must be a UUID")});
    checkRegion(row, errors);
    if (table == QLatin1String("locations"))
        validateLocation(row, errors);
    else if (table == QLatin1String("free_places"))
        validateFreePlace(row, errors);
    else if (table == QLatin1String("offers"))
        validateOffer(row, errors);
    else if (table == QLatin1String("messages"))
        validateMessage(row, errors);
    else if (table == QLatin1String("parents"))
        validateParent(row, errors);
    else if (table == QLatin1String("children"))
        validateChild(row, errors);
    else if (table == QLatin1String("applications"))
        validateApplication(row, errors);
    else if (table == QLatin1String("emergency_entries"))
        validateEmergencyEntry(row, errors);
    return errors;
}

QStringList RowValidator::messagesWithValue()
{
    return {QStringLiteral("must be one of: %1"), QStringLiteral("must be between 0 and %1"),
            QStringLiteral("the ages must lie between 0 and %1 months, the youngest first"),
            QStringLiteral("is longer than %1 characters")};
}

QString RowValidator::summary(const QVector<FieldError>& errors)
{
    QStringList parts;
    for (const FieldError& e : errors)
        parts.append(e.field + QLatin1String(": ") + e.message);
    return parts.join(QLatin1String("; "));
}

void RowValidator::validateParent(const QJsonObject& row, QVector<FieldError>& errors)
{
    checkLanguageTag(row, errors);
    require(row, "first_name", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    require(row, "last_name", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    checkNationalNumber(row, errors);
    const QString email = str(row, "email");
    if (!email.isEmpty() && !ContactRules::isValidEmail(email))
        errors.append({QStringLiteral("email"), tr("is not a valid e-mail address")});
    const QString phone = str(row, "phone");
    if (!phone.isEmpty() && !ContactRules::isValidE164(phone))
        errors.append({QStringLiteral("phone"), tr("must be a phone number in international form, like +32470123456")});
    const QString postcode = str(row, "postcode");
    if (!postcode.isEmpty() && (postcode.size() != 4 || postcode.toInt() < 1000))
        errors.append({QStringLiteral("postcode"), tr("must be a Belgian postcode of four digits")});
    requireOneOf(row, "contact_preference", {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("post")},
                 true, errors);
    if (str(row, "contact_preference") == QLatin1String("email") && email.isEmpty())
        errors.append({QStringLiteral("email"), tr("is required when the parent prefers e-mail")});
    if (str(row, "contact_preference") == QLatin1String("phone") && phone.isEmpty())
        errors.append({QStringLiteral("phone"), tr("is required when the parent prefers the phone")});
}

void RowValidator::validateChild(const QJsonObject& row, QVector<FieldError>& errors)
{
    if (!Uuid::isValid(str(row, "parent_id")))
        errors.append({QStringLiteral("parent_id"), tr("must name the parent")});
    require(row, "first_name", QT_TRANSLATE_NOOP("RowValidator", "is required (use \"baby\" for an expected child)"),
            errors);
    checkDate(row, "birth_date", errors);
    checkDate(row, "expected_birth_date", errors);
    const bool born = !str(row, "birth_date").isEmpty();
    const bool expected = !str(row, "expected_birth_date").isEmpty();
    if (born == expected)
        errors.append({QStringLiteral("birth_date"), tr("give either the birth date or the expected birth date")});
    if (born && QDate::fromString(str(row, "birth_date"), Qt::ISODate) > QDate::currentDate())
        errors.append({QStringLiteral("birth_date"), tr("lies in the future; use the expected birth date")});
    checkNationalNumber(row, errors);
}

void RowValidator::validateApplication(const QJsonObject& row, QVector<FieldError>& errors)
{
    if (!Uuid::isValid(str(row, "child_id")))
        errors.append({QStringLiteral("child_id"), tr("must name the child")});
    if (!Uuid::isValid(str(row, "parent_id")))
        errors.append({QStringLiteral("parent_id"), tr("must name the parent")});
    if (ApplicationStatus::fromString(str(row, "status")) == ApplicationStatus::Invalid)
        errors.append({QStringLiteral("status"), tr("is not a known application state")});
    require(row, "desired_start", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    checkDate(row, "desired_start", errors);
    const QJsonValue flex = row.value(QLatin1String("start_flexibility_weeks"));
    if (!flex.isNull() && !flex.isUndefined() && (!flex.isDouble() || flex.toInt() < 0 || flex.toInt() > 52))
        errors.append({QStringLiteral("start_flexibility_weeks"), tr("must be between 0 and 52 weeks")});
    checkDays(row, errors);
    checkPriority(row, errors);
    const QJsonValue prefs = row.value(QLatin1String("preferences"));
    if (!prefs.isNull() && !prefs.isUndefined()) {
        if (!prefs.isArray() || prefs.toArray().size() > Protocol::kMaxPreferences)
            errors.append({QStringLiteral("preferences"), tr("choose at most 5 locations")});
    }
    requireOneOf(
        row, "channel",
        {QStringLiteral("online"), QStringLiteral("counter"), QStringLiteral("referrer"), QStringLiteral("phone")},
        false, errors);
}

void RowValidator::validateEmergencyEntry(const QJsonObject& row, QVector<FieldError>& errors)
{
    const int urgency = row.value(QLatin1String("urgency")).toInt();
    if (urgency < 1 || urgency > 3)
        errors.append({QStringLiteral("urgency"), tr("must be 1 (high), 2 or 3 (low)")});
    requireOneOf(
        row, "reason",
        {QStringLiteral("work_start"), QStringLiteral("medical"), QStringLiteral("social"), QStringLiteral("other")},
        false, errors);
    requireOneOf(row, "status", {QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("withdrawn")},
                 false, errors);
    // A resolved entry says how it ended: a counter's choice, or the application's end the server wrote.
    requireOneOf(row, "resolution",
                 {QStringLiteral("placed"), QStringLiteral("care_elsewhere"), QStringLiteral("not_needed"),
                  QStringLiteral("unreachable"), QStringLiteral("cancelled"), QStringLiteral("expired")},
                 str(row, "status") != QLatin1String("resolved"), errors);
    checkDate(row, "follow_up_on", errors);
}

void RowValidator::validateRegion(const QJsonObject& row, QVector<FieldError>& errors)
{
    // A region's id is its slug, the value every other row's region_id holds.
    const QString id = str(row, "id");
    if (!RegionCatalog::isRegionId(id) || str(row, "region_id") != id)
        errors.append({QStringLiteral("id"), tr("must be antwerpen, mechelen or turnhout")});
    require(row, "name", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    // The priority rule set of the region's allocations: one of the shipped sets, or none (the set in force).
    const QJsonValue ruleSet = row.value(QLatin1String("rule_set_id"));
    if (!ruleSet.isNull() && !ruleSet.isUndefined() && !RuleSetCatalog::builtIn().find(ruleSet.toString()))
        errors.append({QStringLiteral("rule_set_id"), tr("is not a known priority rule set")});
}

void RowValidator::validateLocation(const QJsonObject& row, QVector<FieldError>& errors)
{
    require(row, "name", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    requireOneOf(row, "kind", {QStringLiteral("group"), QStringLiteral("family")}, false, errors);
    requireOneOf(row, "tariff", {QStringLiteral("income_related"), QStringLiteral("free_price")}, true, errors);
    checkCount(row, "capacity", 1000, errors);
    checkAgeBand(row, kLocationMaxAgeMonths, true, errors);
    const double lat = row.value(QLatin1String("lat")).toDouble(51.0);
    const double lon = row.value(QLatin1String("lon")).toDouble(4.5);
    if (lat < 49.0 || lat > 52.0 || lon < 2.0 || lon > 7.0) // Belgium with a margin: a swapped pair shows here
        errors.append({QStringLiteral("lat"), tr("the location is not in Belgium")});
    checkEmail(row, errors);
    errors += InfoSheet::validate(row.value(QLatin1String("info")));
}

void RowValidator::validateFreePlace(const QJsonObject& row, QVector<FieldError>& errors)
{
    require(row, "location_id", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    requireOneOf(
        row, "status",
        {QStringLiteral("open"), QStringLiteral("reserved"), QStringLiteral("filled"), QStringLiteral("withdrawn")},
        false, errors);
    require(row, "available_from", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    checkDate(row, "available_from", errors);
    checkDays(row, errors);
    if (row.value(QLatin1String("days")).toObject().isEmpty())
        errors.append({QStringLiteral("days"), tr("choose at least one day")});
    const int count = row.value(QLatin1String("count")).toInt(0);
    if (!row.value(QLatin1String("count")).isDouble() || count < 1 || count > 100)
        errors.append({QStringLiteral("count"), tr("must be between 1 and 100")});
    checkAgeBand(row, kPlaceMaxAgeMonths, false, errors);
}

void RowValidator::validateOffer(const QJsonObject& row, QVector<FieldError>& errors)
{
    requireOneOf(row, "status", offerStates(), false, errors);
    require(row, "application_id", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    require(row, "free_place_id", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    require(row, "location_id", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    checkDate(row, "respond_by", errors);
    // A parent can only answer an offer that says by when.
    if (str(row, "status") == QLatin1String("sent"))
        require(row, "respond_by", QT_TRANSLATE_NOOP("RowValidator", "is required for an offer that is sent"), errors);
}

void RowValidator::validateMessage(const QJsonObject& row, QVector<FieldError>& errors)
{
    requireOneOf(row, "channel", {QStringLiteral("email"), QStringLiteral("app")}, false, errors);
    requireOneOf(row, "status", {QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("failed")}, false,
                 errors);
    requireOneOf(row, "language", MessageTemplates::languages(), true, errors);
    requireOneOf(row, "template", MessageTemplates::names(), true, errors);
    require(row, "parent_id", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    // A message of the worker's own has no template: then it needs words of its own.
    if (str(row, "template").isEmpty()) {
        require(row, "subject", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
        require(row, "body", QT_TRANSLATE_NOOP("RowValidator", "is required"), errors);
    }
}
