#include "demo/DemoPlaceBook.h"

QString DemoPlaceBook::statusFor(int count, int held, int accepted)
{
    if (accepted >= count)
        return QStringLiteral("filled");
    return held >= count ? QStringLiteral("reserved") : QStringLiteral("open");
}

bool DemoPlaceBook::fits(const Place& place, const QDate& birth)
{
    int months = (place.availableFrom.year() - birth.year()) * 12 + place.availableFrom.month() - birth.month();
    if (place.availableFrom.day() < birth.day())
        --months;
    return months >= place.ageMinMonths && months <= place.ageMaxMonths;
}

QString DemoPlaceBook::plan(const Place& place, int sent, int accepted)
{
    Place planned = place;
    planned.freeSent = place.withdrawn ? 0 : sent;
    planned.freeAccepted = place.withdrawn ? 0 : accepted;
    planned.seededStatus = place.withdrawn
                               ? QStringLiteral("withdrawn")
                               : statusFor(place.count, planned.freeSent + planned.freeAccepted, planned.freeAccepted);
    m_byRegion[place.regionId].append(int(m_places.size()));
    m_places.append(planned);
    return planned.seededStatus;
}

const DemoPlaceBook::Place* DemoPlaceBook::takeSeat(const QString& regionId, bool accepted, const QDate& birth,
                                                    DemoRandom& rng)
{
    QVector<int> candidates;
    for (int i : m_byRegion.value(regionId)) {
        if ((accepted ? m_places.at(i).freeAccepted : m_places.at(i).freeSent) > 0)
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return nullptr;
    const int start = rng.between(0, int(candidates.size()) - 1);
    int chosen = candidates.at(start);
    for (int k = 0; k < candidates.size(); ++k) {
        const int i = candidates.at((start + k) % candidates.size());
        if (fits(m_places.at(i), birth)) {
            chosen = i;
            break;
        }
    }
    Place& place = m_places[chosen];
    if (accepted) {
        --place.freeAccepted;
        ++place.accepted;
    } else {
        --place.freeSent;
        ++place.sent;
    }
    return &place;
}

const DemoPlaceBook::Place* DemoPlaceBook::anyPlace(const QString& regionId, DemoRandom& rng) const
{
    QVector<int> open;
    for (int i : m_byRegion.value(regionId)) {
        if (!m_places.at(i).withdrawn)
            open.append(i);
    }
    return open.isEmpty() ? nullptr : &m_places.at(open.at(rng.between(0, int(open.size()) - 1)));
}

QVector<QPair<QString, QString>> DemoPlaceBook::unsettled() const
{
    QVector<QPair<QString, QString>> out;
    for (const Place& p : m_places) {
        if (p.withdrawn)
            continue;
        const QString status = statusFor(p.count, p.sent + p.accepted, p.accepted);
        if (status != p.seededStatus)
            out.append({p.id, status});
    }
    return out;
}

QVector<DemoPlaceBook::Place> DemoPlaceBook::unoffered() const
{
    QVector<Place> out;
    for (const Place& p : m_places) {
        if (!p.withdrawn && p.sent == 0 && p.accepted == 0)
            out.append(p);
    }
    return out;
}
