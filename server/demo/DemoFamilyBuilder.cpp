#include "demo/DemoFamilyBuilder.h"

#include "demo/DemoData.h"
#include "domain/NoteLog.h"

#include <QHash>
#include <QJsonArray>

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}
bool isOpen(const QString& status)
{
    return status == QLatin1String("submitted") || status == QLatin1String("in_review") ||
           status == QLatin1String("offered");
}
} // namespace

DemoFamilyBuilder::DemoFamilyBuilder(DemoRandom& rng, DemoPlaceBook& places)
    : m_rng(rng)
    , m_places(places)
{
}

QDate DemoFamilyBuilder::around(int from, int to)
{
    const QDate reference(DemoRandom::kReferenceYear, DemoRandom::kReferenceMonth, DemoRandom::kReferenceDayOfMonth);
    return m_rng.dateBetween(reference.addDays(from), reference.addDays(to));
}

QJsonObject DemoFamilyBuilder::common(const QString& regionId)
{
    return QJsonObject{{s("id"), m_rng.uuid()},
                       {s("region_id"), regionId},
                       {s("version"), 1},
                       {s("updated_at"), m_rng.timestamp(qint64(m_familyIndex) * 60 + m_rowInFamily++)}};
}

QString DemoFamilyBuilder::nationalNumber(const QDate& birth)
{
    const QString first9 = birth.toString(QStringLiteral("yyMMdd")) +
                           QStringLiteral("%1").arg(m_rng.between(1, 997), 3, 10, QLatin1Char('0'));
    const qint64 base = first9.toLongLong() + (birth.year() >= 2000 ? 2000000000LL : 0);
    return first9 + QStringLiteral("%1").arg(97 - base % 97, 2, 10, QLatin1Char('0'));
}

QJsonObject DemoFamilyBuilder::parent(const DemoRegionContext& region, const QString& referrerId)
{
    QJsonObject row = common(region.regionId);
    const QString first = m_rng.pick(DemoData::firstNames());
    const QString last = m_rng.pick(DemoData::lastNames());
    const DemoPlace& place = m_rng.pick(DemoData::places(region.regionId));
    const int lang = m_rng.between(1, 100);
    const QString language = lang <= 70   ? s("nl")
                             : lang <= 78 ? s("fr")
                             : lang <= 85 ? s("en")
                             : lang <= 93 ? s("ar")
                                          : s("tr");
    const bool byPhone = m_rng.chance(25);
    row.insert(s("first_name"), first);
    row.insert(s("last_name"), last);
    row.insert(s("national_number"),
               m_rng.chance(30) ? QJsonValue(nationalNumber(m_rng.dateBetween(QDate(1980, 1, 1), QDate(1998, 12, 31))))
                                : QJsonValue());
    row.insert(s("email"), QStringLiteral("%1.%2%3@%4")
                               .arg(DemoData::asciiName(first), DemoData::asciiName(last))
                               .arg(m_rng.between(1, 99))
                               .arg(m_rng.chance(60) ? s("example.be") : s("example.com")));
    row.insert(s("phone"), QStringLiteral("+3247%1").arg(m_rng.between(0, 9999999), 7, 10, QLatin1Char('0')));
    row.insert(s("street"), m_rng.pick(place.streets));
    row.insert(s("house_number"), QString::number(m_rng.between(1, 180)));
    row.insert(s("postcode"), place.postcode);
    row.insert(s("municipality"), place.municipality);
    row.insert(s("language"), language);
    row.insert(s("contact_preference"), byPhone ? s("phone") : s("email"));
    row.insert(s("referrer_account_id"), referrerId.isEmpty() ? QJsonValue() : QJsonValue(referrerId));
    row.insert(s("notes"), QJsonValue());
    return row;
}

QJsonObject DemoFamilyBuilder::child(const QJsonObject& parent)
{
    QJsonObject row = common(str(parent, "region_id"));
    const bool born = m_rng.chance(60);
    row.insert(s("parent_id"), parent.value(s("id")));
    row.insert(s("first_name"), born ? m_rng.pick(DemoData::firstNames()) : s("baby"));
    row.insert(s("last_name"), parent.value(s("last_name")));
    const QDate birth = born ? m_rng.dateBetween(QDate(2024, 3, 1), QDate(2025, 11, 30))
                             : m_rng.dateBetween(QDate(2026, 2, 1), QDate(2026, 9, 30));
    row.insert(s("birth_date"), born ? QJsonValue(birth.toString(Qt::ISODate)) : QJsonValue());
    row.insert(s("expected_birth_date"), born ? QJsonValue() : QJsonValue(birth.toString(Qt::ISODate)));
    row.insert(s("national_number"), born && m_rng.chance(40) ? QJsonValue(nationalNumber(birth)) : QJsonValue());
    return row;
}

QString DemoFamilyBuilder::status()
{
    const int r = m_rng.between(1, 100);
    if (r <= 25)
        return s("submitted");
    if (r <= 50)
        return s("in_review");
    if (r <= 58)
        return s("offered");
    if (r <= 65)
        return s("accepted");
    if (r <= 85)
        return s("placed");
    return r <= 93 ? s("cancelled") : s("expired");
}

QJsonObject DemoFamilyBuilder::days()
{
    static const QStringList names{s("mon"), s("tue"), s("wed"), s("thu"), s("fri")};
    QJsonObject days;
    const int count = m_rng.between(2, 5);
    for (int i = 0; i < count; ++i)
        days.insert(names.at(i), m_rng.chance(75) ? s("full") : s("half"));
    return days;
}

QJsonObject DemoFamilyBuilder::application(const DemoRegionContext& region, const QJsonObject& child,
                                           const QString& referrerId)
{
    QJsonObject row = common(region.regionId);
    const QString st = status();
    const QString birth =
        str(child, "birth_date").isEmpty() ? str(child, "expected_birth_date") : str(child, "birth_date");
    QJsonArray prefs;
    const int count = qMin(int(region.locationIds.size()), m_rng.between(1, 5));
    for (int i = 0; i < count; ++i) {
        const QString id = m_rng.pick(region.locationIds);
        if (!prefs.contains(id))
            prefs.append(id);
    }
    const int channel = m_rng.between(1, 100);
    row.insert(s("number"), QJsonValue());
    row.insert(s("child_id"), child.value(s("id")));
    row.insert(s("parent_id"), child.value(s("parent_id")));
    row.insert(s("status"), st);
    // A few months after birth; a family still waiting wants a start from about now on (no open application asks
    // for a start that passed long ago), without drawing another number, so the rest of the demo stays the same.
    const int months = m_rng.between(3, 12);
    const QDate born = QDate::fromString(birth, Qt::ISODate);
    QDate start = born.addMonths(months);
    if (isOpen(st))
        start = qMax(born.addMonths(3), m_rng.anchor().addDays((months - 3) * 30 - 14));
    row.insert(s("desired_start"), start.toString(Qt::ISODate));
    row.insert(s("start_flexibility_weeks"), m_rng.between(0, 8));
    row.insert(s("days"), days());
    row.insert(s("preferences"), prefs);
    row.insert(s("priority"), QJsonObject{{s("work_or_training"), m_rng.chance(70)},
                                          {s("single_parent"), m_rng.chance(15)},
                                          {s("low_income"), m_rng.chance(20)},
                                          {s("foster_child"), m_rng.chance(2)},
                                          {s("sibling_location_ids"), QJsonArray()},
                                          {s("social_reasons"), m_rng.chance(8)}});
    row.insert(s("channel"), !referrerId.isEmpty() ? s("referrer")
                             : channel <= 50       ? s("online")
                             : channel <= 85       ? s("counter")
                                                   : s("phone"));
    row.insert(s("referrer_account_id"), referrerId.isEmpty() ? QJsonValue() : QJsonValue(referrerId));
    row.insert(s("assigned_account_id"), st == s("submitted") ? QJsonValue() : QJsonValue(region.counterAccountId));
    row.insert(s("submitted_at"), m_rng.dateBetween(QDate(2025, 3, 1), QDate(2026, 1, 4)).toString(Qt::ISODate) +
                                      QStringLiteral("T%1:%2:00.000Z")
                                          .arg(m_rng.between(8, 17), 2, 10, QLatin1Char('0'))
                                          .arg(m_rng.between(0, 59), 2, 10, QLatin1Char('0')));
    row.insert(s("closed_reason"), st == s("cancelled") ? QJsonValue(s("parent_withdrew"))
                                   : st == s("expired") ? QJsonValue(s("no_response"))
                                                        : QJsonValue());
    row.insert(s("notes"), QJsonValue());
    return row;
}

QJsonObject DemoFamilyBuilder::emergency(const DemoRegionContext& region, const QJsonObject& application)
{
    QJsonObject row = common(region.regionId);
    const QString app = str(application, "status");
    const int urgency = m_rng.between(1, 100);
    const int why = m_rng.between(1, 100);
    const QString reason = why <= 45   ? s("work_start")
                           : why <= 60 ? s("medical")
                           : why <= 85 ? s("social")
                                       : s("other");
    QString status = s("resolved");
    QJsonValue resolution = s("placed");
    if (isOpen(app)) {
        const int r = m_rng.between(1, 100);
        status = r <= 85 ? s("open") : r <= 93 ? s("resolved") : s("withdrawn");
        static const QStringList endings{s("care_elsewhere"), s("not_needed"), s("unreachable")};
        resolution = status == s("resolved") ? QJsonValue(m_rng.pick(endings)) : QJsonValue();
    } else if (app == s("cancelled") || app == s("expired")) {
        resolution = app; // closed with the application (the server resolves it so)
    }
    // Open entries are called back around the day the demo is seeded: some overdue, some today, most ahead.
    const int when = m_rng.between(1, 100);
    const QDate followUp = status != s("open") ? around(-60, -5)
                           : when <= 15        ? around(-10, -1)
                           : when <= 25        ? around(0, 0)
                                               : around(1, 21);
    row.insert(s("application_id"), application.value(s("id")));
    row.insert(s("parent_id"), application.value(s("parent_id")));
    row.insert(s("urgency"), urgency <= 25 ? 1 : urgency <= 70 ? 2 : 3);
    row.insert(s("reason"), reason);
    row.insert(s("follow_up_on"), followUp.toString(Qt::ISODate));
    row.insert(s("status"), status);
    row.insert(s("resolution"), resolution);
    row.insert(s("notes"), emergencyNotes(region, reason, followUp));
    row.insert(s("added_by"), region.counterAccountId);
    listingDays(application, row.value(s("urgency")).toInt(), row);
    return row;
}

void DemoFamilyBuilder::listingDays(const QJsonObject& application, int urgency, QJsonObject& entry) const
{
    // No draws of their own (the rest of the data stays as it was for a given day and seed): a family goes on the list
    // one to seven weeks after filing, the most urgent sooner; a placed one comes off on the day it accepted, another
    // closed one three weeks to six months after it went on. What would fall after the day the demo is seeded falls in
    // the days before it instead, spread as the rest (never piled up on that day).
    const QDate today = m_rng.anchor();
    const QDate filed = qMin(QDate::fromString(str(application, "submitted_at").left(10), Qt::ISODate), today);
    const auto within = [](const QDate& from, qint64 days, const QDate& last) {
        return from.addDays(days <= from.daysTo(last) ? days : days % (from.daysTo(last) + 1));
    };
    QDate listed = within(filed, 7 * urgency + m_familyIndex % 7, today);
    const bool open = str(entry, "status") == s("open");
    QDate resolved;
    if (!open) {
        const QDate answered = QDate::fromString(str(application, "updated_at").left(10), Qt::ISODate);
        const bool placed = str(entry, "resolution") == s("placed") && answered.isValid() && answered <= today;
        resolved = placed ? answered : within(listed, 20 + (m_familyIndex * 7) % 150, today);
        listed = qMin(listed, resolved);
    }
    entry.insert(s("listed_on"), listed.toString(Qt::ISODate));
    entry.insert(s("resolved_on"), open ? QJsonValue() : QJsonValue(resolved.toString(Qt::ISODate)));
}

QString DemoFamilyBuilder::emergencyNotes(const DemoRegionContext& region, const QString& reason, const QDate& followUp)
{
    // A short follow-up log as the counter writes it: why the family is on the list, then a call or two.
    static const QHash<QString, QString> intake{
        {s("work_start"), s("Ouder start binnenkort met een nieuwe job; grootouders vangen tijdelijk op.")},
        {s("medical"), s("Huisarts bevestigt dat opvang om medische redenen dringend is.")},
        {s("social"), s("Doorverwezen door het OCMW; de maatschappelijk werker volgt het gezin op.")},
        {s("other"), s("Gezin kwam langs aan het loket; alle voorkeurlocaties zijn volzet.")}};
    static const QStringList calls{
        s("Opgebeld: nog geen plaats gevonden, gezin is ook flexibel in een andere gemeente"),
        s("Geen antwoord, voicemail ingesproken"), s("Gezin kan ook halve dagen; voorkeuren aangevuld"),
        s("Besproken met de coördinator, blijft op de lijst")};
    // The last call set the follow-up day (a few days before it when that has passed); the others came before.
    const int entries = m_rng.between(1, 3);
    const qint64 followUpAgo = followUp.daysTo(m_rng.anchor());
    qint64 daysAgo = followUpAgo > 0 ? followUpAgo + m_rng.between(3, 10) : m_rng.between(1, 6);
    QVector<Note> notes(entries);
    for (int i = entries - 1; i >= 0; --i) {
        QString text = i == 0 ? intake.value(reason) : m_rng.pick(calls) + s(".");
        if (i == entries - 1)
            text += s(" Volgende opvolging: ") + followUp.toString(s("dd-MM-yyyy")) + s(".");
        const QString at = m_rng.timestamp(-(daysAgo - 2) * 86400 + m_rng.between(3600, 28000));
        notes[i] = {at, region.counterAccountId, region.counterName, text};
        daysAgo += m_rng.between(5, 9);
    }
    return NoteLog::format(notes);
}

QVector<QJsonObject> DemoFamilyBuilder::offers(const DemoRegionContext& region, QJsonObject& application,
                                               const QJsonObject& child)
{
    QVector<QJsonObject> made;
    const QString birthText =
        str(child, "birth_date").isEmpty() ? str(child, "expected_birth_date") : str(child, "birth_date");
    const QDate birth = QDate::fromString(birthText, Qt::ISODate);
    const QString status = str(application, "status");
    const auto prefer = [&application](const QString& locationId) {
        QJsonArray prefs = application.value(s("preferences")).toArray();
        if (prefs.contains(locationId))
            return;
        if (prefs.size() >= 5)
            prefs.removeLast();
        prefs.append(locationId);
        application.insert(s("preferences"), prefs);
    };
    if (status == s("offered")) {
        // Offered only with a sent offer on a seat of a place; none left in the region: back in review.
        const DemoPlaceBook::Place* place = m_places.takeSeat(region.regionId, false, birth, m_rng);
        if (!place) {
            application.insert(s("status"), s("in_review"));
            return offers(region, application, child);
        }
        if (m_rng.chance(20))
            addLooseOffer(region, application, s("declined"), &made);
        made.append(offer(application, *place, s("sent"), around(1, 14)));
        prefer(place->locationId);
    } else if (status == s("accepted") || status == s("placed")) {
        if (const DemoPlaceBook::Place* place = m_places.takeSeat(region.regionId, true, birth, m_rng)) {
            made.append(offer(application, *place, s("accepted"), around(-30, -3)));
            prefer(place->locationId);
            if (m_rng.chance(30)) // sent at the same time, withdrawn when the family said yes to the other
                addLooseOffer(region, application, s("withdrawn"), &made);
        }
    } else if (status == s("in_review")) {
        const int r = m_rng.between(1, 100);
        if (r <= 28)
            addLooseOffer(region, application,
                          r <= 12   ? s("declined")
                          : r <= 18 ? s("expired")
                          : r <= 22 ? s("withdrawn")
                                    : s("proposed"),
                          &made);
    } else if ((status == s("submitted") && m_rng.chance(4)) || (status == s("cancelled") && m_rng.chance(10))) {
        addLooseOffer(region, application, status == s("submitted") ? s("proposed") : s("withdrawn"), &made);
    }
    return made;
}

void DemoFamilyBuilder::addLooseOffer(const DemoRegionContext& region, const QJsonObject& application,
                                      const QString& status, QVector<QJsonObject>* offers)
{
    const DemoPlaceBook::Place* place = m_places.anyPlace(region.regionId, m_rng);
    if (!place)
        return;
    // A proposed offer is still to be sent; the others were answered (or let pass) in the weeks before.
    offers->append(offer(application, *place, status, status == s("proposed") ? around(3, 14) : around(-45, -1)));
}

QDate DemoFamilyBuilder::answerDay(const QDate& filed)
{
    // Three weeks to ten months after filing, before today; a family that filed lately answered lately.
    const int span = qMin(300, int(filed.daysTo(m_rng.anchor().addDays(-1))));
    return span <= 0 ? filed : filed.addDays(m_rng.between(qMin(20, span), span));
}

QString DemoFamilyBuilder::workingHours(const QDate& day)
{
    return day.toString(Qt::ISODate) + QStringLiteral("T%1:%2:00.000Z")
                                           .arg(m_rng.between(8, 16), 2, 10, QLatin1Char('0'))
                                           .arg(m_rng.between(0, 59), 2, 10, QLatin1Char('0'));
}

QJsonObject DemoFamilyBuilder::offer(const QJsonObject& application, const DemoPlaceBook::Place& place,
                                     const QString& status, const QDate& respondBy)
{
    QJsonObject row = common(str(application, "region_id"));
    row.insert(s("application_id"), application.value(s("id")));
    row.insert(s("free_place_id"), place.id);
    row.insert(s("location_id"), place.locationId);
    row.insert(s("status"), status);
    QDate respond = respondBy;
    // An answered offer was answered on a day of its own between filing and yesterday, and that day is its last
    // change: placements then spread over the months as in a real office (the dashboard's placements per month and a
    // location's expected wait read it), instead of all on the day the demo was seeded.
    const QDate filed = QDate::fromString(str(application, "submitted_at").left(10), Qt::ISODate);
    QDate answered;
    if (status == s("accepted") || status == s("declined") || status == s("withdrawn")) {
        answered = answerDay(filed);
        respond = answered.addDays(m_rng.between(0, 7));
    } else if (status == s("expired")) {
        answered = qMin(respondBy.addDays(1), m_rng.anchor().addDays(-1));
    }
    if (answered.isValid() && filed.isValid() && answered >= filed)
        row.insert(s("updated_at"), workingHours(answered));
    row.insert(s("respond_by"), respond.toString(Qt::ISODate));
    // Demo offers are made by hand at the counter, as docs/PROTOCOL.md allows; no joint allocation ran for them, and
    // the sentence claims no more (a loose offer's place need not fit the wishes).
    row.insert(s("allocation_run_id"), QJsonValue());
    row.insert(s("explanation"), s("Met de hand aangeboden door het loket, niet via een gezamenlijke toewijzing."));
    return row;
}

QJsonObject DemoFamilyBuilder::message(const QJsonObject& parent, const QJsonObject& application)
{
    QJsonObject row = common(str(parent, "region_id"));
    row.insert(s("parent_id"), parent.value(s("id")));
    row.insert(s("application_id"), application.value(s("id")));
    row.insert(s("channel"), s("email"));
    row.insert(s("template"), s("acknowledgement"));
    // language, subject and body: DemoSeeder renders the template once the application has its number.
    row.insert(s("language"), QJsonValue());
    row.insert(s("subject"), QJsonValue());
    row.insert(s("body"), QJsonValue());
    row.insert(s("status"), s("sent"));
    row.insert(s("sent_at"), application.value(s("submitted_at")));
    row.insert(s("error"), QJsonValue());
    return row;
}

void DemoFamilyBuilder::settle(QJsonObject& application, const QVector<QJsonObject>& offers)
{
    // A placed application last changed when the family took the place (its accepted offer's answer); one without
    // an offer in the demo was placed on a day of its own. The dashboard counts placements by that day.
    if (str(application, "status") != s("placed"))
        return;
    for (const QJsonObject& o : offers) {
        if (str(o, "status") == s("accepted")) {
            application.insert(s("updated_at"), o.value(s("updated_at")));
            return;
        }
    }
    const QDate filed = QDate::fromString(str(application, "submitted_at").left(10), Qt::ISODate);
    if (filed.isValid())
        application.insert(s("updated_at"), workingHours(answerDay(filed)));
}

QVector<DemoRow> DemoFamilyBuilder::build(const DemoRegionContext& region, int familyIndex, const QString& referrerId,
                                          int maxApplications)
{
    m_familyIndex = familyIndex;
    m_rowInFamily = 0;
    const QString filedBy = referrerId.isEmpty() ? region.counterAccountId : referrerId;
    QVector<DemoRow> rows;
    const QJsonObject p = parent(region, referrerId);
    rows.append({s("parents"), p, filedBy});
    const int children = qMin(m_rng.chance(15) ? 2 : 1, maxApplications);
    for (int c = 0; c < children; ++c) {
        const QJsonObject ch = child(p);
        QJsonObject app = application(region, ch, referrerId);
        const QVector<QJsonObject> made = offers(region, app, ch); // may take the application back to review
        settle(app, made);
        rows.append({s("children"), ch, filedBy});
        rows.append({s("applications"), app, filedBy});
        for (const QJsonObject& o : made)
            rows.append({s("offers"), o, region.counterAccountId});
        if (familyIndex % 15 == 5 && c == 0)
            rows.append({s("emergency_entries"), emergency(region, app), region.counterAccountId});
        if (familyIndex % 10 == 0 && c == 0 && referrerId.isEmpty())
            rows.append({s("messages"), message(p, app), region.counterAccountId});
    }
    return rows;
}
