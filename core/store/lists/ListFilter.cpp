#include "store/lists/ListFilter.h"

#include "domain/AgeBand.h"
#include "store/cache/StoreLog.h"

namespace {

const QStringList kChannels{QStringLiteral("online"), QStringLiteral("counter"), QStringLiteral("referrer"),
                            QStringLiteral("phone")};

QString readText(const QVariantMap& map, const QString& key)
{
    const QVariant value = map.value(key);
    if (!value.isValid())
        return QString();
    if (value.typeId() != QMetaType::QString || value.toString().size() > 200) {
        qCWarning(lcStore) << "stored list filter: ignored a bad value for" << key;
        return QString();
    }
    return value.toString();
}

QDate readDate(const QVariantMap& map, const QString& key)
{
    const QString text = readText(map, key);
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        qCWarning(lcStore) << "stored list filter: ignored a bad date for" << key;
    return date;
}

bool readFlag(const QVariantMap& map, const QString& key)
{
    const QVariant value = map.value(key);
    if (!value.isValid())
        return false;
    const QString text = value.toString();
    if (text != QLatin1String("true") && text != QLatin1String("false")) {
        qCWarning(lcStore) << "stored list filter: ignored a bad value for" << key;
        return false;
    }
    return text == QLatin1String("true");
}

QString readChoice(const QVariantMap& map, const QString& key, const QStringList& known)
{
    const QString value = readText(map, key);
    if (value.isEmpty() || known.contains(value))
        return value;
    qCWarning(lcStore) << "stored list filter: ignored an unknown value for" << key;
    return QString();
}

void putText(QVariantMap* map, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        map->insert(key, value);
}

void putDate(QVariantMap* map, const QString& key, const QDate& value)
{
    if (value.isValid())
        map->insert(key, value.toString(Qt::ISODate));
}

} // namespace

QStringList ListFilter::priorityFlags()
{
    return {QStringLiteral("work_or_training"), QStringLiteral("single_parent"), QStringLiteral("low_income"),
            QStringLiteral("foster_child"),     QStringLiteral("sibling"),       QStringLiteral("social_reasons")};
}

QStringList ListFilter::reasons()
{
    return {QStringLiteral("work_start"), QStringLiteral("medical"), QStringLiteral("social"), QStringLiteral("other")};
}

QStringList ListFilter::followUps()
{
    return {QStringLiteral("overdue"), QStringLiteral("today"), QStringLiteral("week")};
}

QStringList ListFilter::offerStates()
{
    return {QStringLiteral("with"), QStringLiteral("without")};
}

QStringList ListFilter::kinds()
{
    return {QStringLiteral("group"), QStringLiteral("family")};
}

bool ListFilter::isEmpty() const
{
    return *this == ListFilter();
}

ListFilter ListFilter::withoutSearch() const
{
    ListFilter f = *this;
    f.search.clear();
    return f;
}

QVariantMap ListFilter::toMap() const
{
    QVariantMap map;
    putText(&map, QStringLiteral("search"), search);
    putText(&map, QStringLiteral("status"), status);
    putText(&map, QStringLiteral("municipality"), municipality);
    putText(&map, QStringLiteral("location"), location);
    if (!priority.isEmpty())
        map.insert(QStringLiteral("priority"), priority.join(QLatin1Char(',')));
    putText(&map, QStringLiteral("channel"), channel);
    putDate(&map, QStringLiteral("desiredFrom"), desiredFrom);
    putDate(&map, QStringLiteral("desiredTo"), desiredTo);
    putDate(&map, QStringLiteral("submittedFrom"), submittedFrom);
    putDate(&map, QStringLiteral("submittedTo"), submittedTo);
    if (assignedToMe)
        map.insert(QStringLiteral("assignedToMe"), QStringLiteral("true"));
    if (onEmergencyList)
        map.insert(QStringLiteral("onEmergencyList"), QStringLiteral("true"));
    if (hasOpenApplication)
        map.insert(QStringLiteral("hasOpenApplication"), QStringLiteral("true"));
    putText(&map, QStringLiteral("language"), language);
    putText(&map, QStringLiteral("urgency"), urgency);
    putText(&map, QStringLiteral("reason"), reason);
    putText(&map, QStringLiteral("followUp"), followUp);
    putText(&map, QStringLiteral("offer"), offer);
    putText(&map, QStringLiteral("kind"), kind);
    putText(&map, QStringLiteral("ageBand"), ageBand);
    putDate(&map, QStringLiteral("childBorn"), childBorn);
    putDate(&map, QStringLiteral("ageOn"), ageOn);
    putDate(&map, QStringLiteral("startFrom"), startFrom);
    putDate(&map, QStringLiteral("startTo"), startTo);
    return map;
}

ListFilter ListFilter::fromMap(const QVariantMap& map)
{
    ListFilter f;
    f.search = readText(map, QStringLiteral("search"));
    f.status = readText(map, QStringLiteral("status"));
    f.municipality = readText(map, QStringLiteral("municipality"));
    f.location = readText(map, QStringLiteral("location"));
    const QStringList known = priorityFlags();
    const QString flags = readText(map, QStringLiteral("priority"));
    for (const QString& flag : flags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (known.contains(flag) && !f.priority.contains(flag))
            f.priority.append(flag);
        else
            qCWarning(lcStore) << "stored list filter: ignored an unknown priority flag";
    }
    f.channel = readText(map, QStringLiteral("channel"));
    if (!f.channel.isEmpty() && !kChannels.contains(f.channel)) {
        qCWarning(lcStore) << "stored list filter: ignored an unknown channel";
        f.channel.clear();
    }
    f.desiredFrom = readDate(map, QStringLiteral("desiredFrom"));
    f.desiredTo = readDate(map, QStringLiteral("desiredTo"));
    f.submittedFrom = readDate(map, QStringLiteral("submittedFrom"));
    f.submittedTo = readDate(map, QStringLiteral("submittedTo"));
    f.assignedToMe = readFlag(map, QStringLiteral("assignedToMe"));
    f.onEmergencyList = readFlag(map, QStringLiteral("onEmergencyList"));
    f.hasOpenApplication = readFlag(map, QStringLiteral("hasOpenApplication"));
    f.language = readText(map, QStringLiteral("language"));
    f.urgency =
        readChoice(map, QStringLiteral("urgency"), {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    f.reason = readChoice(map, QStringLiteral("reason"), reasons());
    f.followUp = readChoice(map, QStringLiteral("followUp"), followUps());
    f.offer = readChoice(map, QStringLiteral("offer"), offerStates());
    f.kind = readChoice(map, QStringLiteral("kind"), kinds());
    f.ageBand = readChoice(map, QStringLiteral("ageBand"), AgeBand::all());
    f.childBorn = readDate(map, QStringLiteral("childBorn"));
    f.ageOn = readDate(map, QStringLiteral("ageOn"));
    f.startFrom = readDate(map, QStringLiteral("startFrom"));
    f.startTo = readDate(map, QStringLiteral("startTo"));
    return f;
}

bool ListFilter::operator==(const ListFilter& o) const
{
    return search == o.search && status == o.status && municipality == o.municipality && location == o.location &&
           priority == o.priority && channel == o.channel && desiredFrom == o.desiredFrom && desiredTo == o.desiredTo &&
           submittedFrom == o.submittedFrom && submittedTo == o.submittedTo && assignedToMe == o.assignedToMe &&
           onEmergencyList == o.onEmergencyList && hasOpenApplication == o.hasOpenApplication &&
           language == o.language && urgency == o.urgency && reason == o.reason && followUp == o.followUp &&
           offer == o.offer && kind == o.kind && ageBand == o.ageBand && childBorn == o.childBorn && ageOn == o.ageOn &&
           startFrom == o.startFrom && startTo == o.startTo;
}
