#pragma once

#include "demo/DemoPlaceBook.h"
#include "demo/DemoRandom.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

struct DemoRow {
    QString table;
    QJsonObject row;
    QString filedBy;
};

// What a family of one region may refer to.
struct DemoRegionContext {
    QString regionId;
    QStringList locationIds;
    QString counterAccountId;
    QString counterName; // display name: the author of the counter's notes
};

// Builds the rows of one demo family: a parent, one or two children, an application per child in a state drawn
// from a fixed distribution, and sometimes an emergency entry, offers and a message. The offers obey the offer rules
// (docs/PROTOCOL.md "Offers and the emergency list"): an offered application has a sent offer on a seat of a place
// (DemoPlaceBook), or goes back to review when its region has no seat left; an accepted or placed one often has an
// accepted offer; applications in review carry declined, expired, withdrawn or proposed ones; an emergency entry is
// open only while its application is open. Application numbers are left empty: DemoSeeder numbers them in commit
// order.
class DemoFamilyBuilder
{
public:
    DemoFamilyBuilder(DemoRandom& rng, DemoPlaceBook& places);

    // referrerId non-empty: the family is filed by that referrer.
    QVector<DemoRow> build(const DemoRegionContext& region, int familyIndex, const QString& referrerId,
                           int maxApplications);

private:
    QJsonObject parent(const DemoRegionContext& region, const QString& referrerId);
    QJsonObject child(const QJsonObject& parent);
    QJsonObject application(const DemoRegionContext& region, const QJsonObject& child, const QString& referrerId);
    QJsonObject emergency(const DemoRegionContext& region, const QJsonObject& application);
    void listingDays(const QJsonObject& application, int urgency, QJsonObject& entry) const;
    QString emergencyNotes(const DemoRegionContext& region, const QString& reason, const QDate& followUp);
    // The offers of one application; may take it back to review (no seat left) and adds an offered location to its
    // preferences.
    QVector<QJsonObject> offers(const DemoRegionContext& region, QJsonObject& application, const QJsonObject& child);
    QJsonObject offer(const QJsonObject& application, const DemoPlaceBook::Place& place, const QString& status,
                      const QDate& respondBy);
    // An offer that holds no seat (proposed, declined, expired, withdrawn) on any place of the region.
    void addLooseOffer(const DemoRegionContext& region, const QJsonObject& application, const QString& status,
                       QVector<QJsonObject>* offers);
    QJsonObject message(const QJsonObject& parent, const QJsonObject& application);
    QString nationalNumber(const QDate& birth);
    QString status();
    QJsonObject days();
    QJsonObject common(const QString& regionId);
    // A day `from`..`to` days after the reference day, moved to the anchor (DemoRandom::dateBetween).
    QDate around(int from, int to);
    // The day a family answered an offer filed on `filed`, and a time of that day in office hours (UTC ISO).
    QDate answerDay(const QDate& filed);
    QString workingHours(const QDate& day);
    // A placed application's last change: the day the place was taken.
    void settle(QJsonObject& application, const QVector<QJsonObject>& offers);

    DemoRandom& m_rng;
    DemoPlaceBook& m_places;
    int m_familyIndex = 0;
    int m_rowInFamily = 0;
};
