#pragma once

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
    QStringList freePlaceIds;
    QStringList freePlaceLocationIds; // parallel to freePlaceIds
    QString counterAccountId;
};

// Builds the rows of one demo family: a parent, one or two children, an application per child in a
// state drawn from a fixed distribution, and sometimes an emergency entry, an offer and a message.
// Application numbers are left empty: DemoSeeder numbers them in commit order.
class DemoFamilyBuilder
{
public:
    explicit DemoFamilyBuilder(DemoRandom& rng);

    // referrerId non-empty: the family is filed by that referrer.
    QVector<DemoRow> build(const DemoRegionContext& region, int familyIndex, const QString& referrerId,
                           int maxApplications);

private:
    QJsonObject parent(const DemoRegionContext& region, const QString& referrerId);
    QJsonObject child(const QJsonObject& parent);
    QJsonObject application(const DemoRegionContext& region, const QJsonObject& child, const QString& referrerId);
    QJsonObject emergency(const QJsonObject& application, const QString& addedBy);
    QJsonObject offer(const DemoRegionContext& region, const QJsonObject& application);
    QJsonObject message(const QJsonObject& parent, const QJsonObject& application);
    QString nationalNumber(const QDate& birth);
    QString status();
    QJsonObject days();
    QJsonObject common(const QString& regionId);

    DemoRandom& m_rng;
    int m_familyIndex = 0;
    int m_rowInFamily = 0;
};
