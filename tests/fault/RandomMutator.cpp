#include "RandomMutator.h"

#include "TestMutations.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

#include <QDate>
#include <QDebug>
#include <QSqlQuery>

namespace {

// How many rows at the start of each table every client of a region keeps coming back to.
int hotRows(const QString& table)
{
    return table == QLatin1String("emergency_entries") ? 6 : 15;
}

QStringList fieldsOf(const QString& table)
{
    // notes twice: the field clerks change most, and the one where two clients' edits collide.
    if (table == QLatin1String("parents"))
        return {QStringLiteral("notes"),      QStringLiteral("notes"),   QStringLiteral("phone"),
                QStringLiteral("email"),      QStringLiteral("street"),  QStringLiteral("house_number"),
                QStringLiteral("first_name"), QStringLiteral("language")};
    if (table == QLatin1String("children"))
        return {QStringLiteral("first_name"), QStringLiteral("last_name")};
    if (table == QLatin1String("applications"))
        return {QStringLiteral("notes"),         QStringLiteral("notes"), QStringLiteral("start_flexibility_weeks"),
                QStringLiteral("desired_start"), QStringLiteral("days"),  QStringLiteral("status")};
    return {QStringLiteral("notes"), QStringLiteral("notes"), QStringLiteral("urgency"), QStringLiteral("follow_up_on"),
            QStringLiteral("status")};
}

} // namespace

RandomMutator::RandomMutator(quint32 seed)
    : m_rng(seed)
{
}

QVector<RecordedMutation> RandomMutator::mutateOnce(int client, const QStringList& regions, LocalCache& cache)
{
    const qint64 before = highestMid(cache);
    const QString region = regions.at(int(m_rng.bounded(regions.size())));
    if (!write(client, cache, region))
        return {};
    return entriesAfter(cache, before, client);
}

qint64 RandomMutator::highestMid(const LocalCache& cache)
{
    // AUTOINCREMENT's high-water mark: higher than every mid ever queued, even when the outbox is empty.
    QSqlQuery q(cache.database());
    q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QVector<RecordedMutation> RandomMutator::entriesAfter(const LocalCache& cache, qint64 mid, int client)
{
    QVector<RecordedMutation> entries;
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT mid, table_name, op, row_id FROM outbox WHERE mid > ? ORDER BY mid"));
    q.addBindValue(mid);
    q.exec();
    while (q.next())
        entries.append({client, cache.state(QStringLiteral("client_id")), q.value(0).toLongLong(),
                        q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return entries;
}

bool RandomMutator::write(int client, LocalCache& cache, const QString& region)
{
    const int dice = int(m_rng.bounded(100));
    if (dice < 10)
        return insertParent(client, cache, region);
    if (dice < 20)
        return insertChild(client, cache, region);
    if (dice < 26)
        return insertApplication(client, cache, region);
    if (dice < 36 && deleteOwnRow(client, cache))
        return true;
    return updateRow(client, cache, region);
}

bool RandomMutator::insertParent(int client, LocalCache& cache, const QString& region)
{
    QJsonObject row = TestMutations::parentRow(region);
    row.insert(QStringLiteral("notes"), randomValue(client, QStringLiteral("parents"), QStringLiteral("notes")));
    return insertRow(client, cache, QStringLiteral("parents"), row);
}

bool RandomMutator::insertChild(int client, LocalCache& cache, const QString& region)
{
    const QString parent = pickRow(cache, QStringLiteral("parents"), region);
    if (parent.isEmpty())
        return false;
    QJsonObject row = TestMutations::childRow(region, parent);
    row.insert(QStringLiteral("first_name"),
               randomValue(client, QStringLiteral("children"), QStringLiteral("first_name")));
    return insertRow(client, cache, QStringLiteral("children"), row);
}

bool RandomMutator::insertApplication(int client, LocalCache& cache, const QString& region)
{
    // Often for a child that already has an open application: the server answers "duplicate".
    const QString child = pickRow(cache, QStringLiteral("children"), region);
    if (child.isEmpty())
        return false;
    const QString parent =
        RecordQuery(cache).row(QStringLiteral("children"), child).value(QStringLiteral("parent_id")).toString();
    if (parent.isEmpty())
        return false;
    return insertRow(client, cache, QStringLiteral("applications"),
                     TestMutations::applicationRow(region, parent, child));
}

bool RandomMutator::insertRow(int client, LocalCache& cache, const QString& table, const QJsonObject& row)
{
    QString error;
    if (!LocalWriter(cache).insert(table, row, &error)) {
        ++m_localRefusals;
        qDebug() << "local insert refused:" << table << error;
        return false;
    }
    const QString id = row.value(QStringLiteral("id")).toString();
    m_createdBy[client].append({table, id});
    m_created[table].append(id);
    return true;
}

bool RandomMutator::updateRow(int client, LocalCache& cache, const QString& region)
{
    const QString table = pickTable();
    const QString id = pickRow(cache, table, region);
    if (id.isEmpty())
        return false;
    QString error;
    if (!LocalWriter(cache).update(table, id, randomChanges(client, table), &error)) {
        ++m_localRefusals;
        qDebug() << "local update refused:" << table << error;
        return false;
    }
    return true;
}

bool RandomMutator::deleteOwnRow(int client, LocalCache& cache)
{
    const QVector<Created>& own = m_createdBy.value(client);
    if (own.isEmpty())
        return false;
    // From a random start, the first of its own rows the client still has (a refused delete brings one back).
    const int start = int(m_rng.bounded(own.size()));
    for (int i = 0; i < own.size(); ++i) {
        const Created& c = own.at((start + i) % own.size());
        if (RecordQuery(cache).row(c.table, c.id).isEmpty())
            continue;
        QString error;
        if (LocalWriter(cache).remove(c.table, c.id, &error))
            return true;
        ++m_localRefusals;
        qDebug() << "local delete refused:" << c.table << error;
        return false;
    }
    return false;
}

QString RandomMutator::pickRow(const LocalCache& cache, const QString& table, const QString& region)
{
    const int dice = int(m_rng.bounded(100));
    const int count = rowCount(cache, table, region);
    if (dice < 45 && count > 0)
        return rowAt(cache, table, region, int(m_rng.bounded(qMin(count, hotRows(table)))));
    const QStringList created = m_created.value(table);
    if (dice < 70 && !created.isEmpty()) {
        const QString id = oneOf(created);
        const QJsonObject row = RecordQuery(cache).row(table, id);
        if (row.value(QStringLiteral("region_id")).toString() == region)
            return id;
    }
    return count > 0 ? rowAt(cache, table, region, int(m_rng.bounded(count))) : QString();
}

QString RandomMutator::rowAt(const LocalCache& cache, const QString& table, const QString& region, int offset) const
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE region_id = ? ORDER BY id LIMIT 1 OFFSET ?").arg(table));
    q.addBindValue(region);
    q.addBindValue(offset);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int RandomMutator::rowCount(const LocalCache& cache, const QString& table, const QString& region) const
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE region_id = ?").arg(table));
    q.addBindValue(region);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString RandomMutator::pickTable()
{
    const int dice = int(m_rng.bounded(100));
    if (dice < 40)
        return QStringLiteral("parents");
    if (dice < 55)
        return QStringLiteral("children");
    if (dice < 85)
        return QStringLiteral("applications");
    return QStringLiteral("emergency_entries");
}

QJsonObject RandomMutator::randomChanges(int client, const QString& table)
{
    const QStringList fields = fieldsOf(table);
    QJsonObject changes;
    const int wanted = m_rng.bounded(3) == 0 ? 2 : 1;
    while (changes.size() < wanted) {
        const QString field = fields.at(int(m_rng.bounded(fields.size())));
        changes.insert(field, randomValue(client, table, field));
    }
    return changes;
}

QJsonValue RandomMutator::randomValue(int client, const QString& table, const QString& field)
{
    const QDate today = QDate::currentDate();
    if (field == QLatin1String("notes"))
        return QStringLiteral("Notitie %1.%2").arg(client).arg(++m_serial);
    if (field == QLatin1String("phone"))
        return QStringLiteral("+3247%1").arg(m_rng.bounded(1000000, 9999999));
    if (field == QLatin1String("email"))
        return QStringLiteral("ouder%1@example.be").arg(++m_serial);
    if (field == QLatin1String("street"))
        return oneOf<QString>({QStringLiteral("Kerkstraat"), QStringLiteral("Molenstraat"),
                               QStringLiteral("Stationsstraat"), QStringLiteral("Dorpsstraat")});
    if (field == QLatin1String("house_number"))
        return QString::number(m_rng.bounded(1, 300));
    if (field == QLatin1String("first_name"))
        return oneOf<QString>({QStringLiteral("Sara"), QStringLiteral("Noah"), QStringLiteral("Fatima"),
                               QStringLiteral("Lucas"), QStringLiteral("Yasmine"), QStringLiteral("Elias")});
    if (field == QLatin1String("last_name"))
        return oneOf<QString>({QStringLiteral("Peeters"), QStringLiteral("Janssens"), QStringLiteral("El Amrani"),
                               QStringLiteral("Maes")});
    if (field == QLatin1String("language"))
        return oneOf<QString>({QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("tr")});
    if (field == QLatin1String("start_flexibility_weeks"))
        return int(m_rng.bounded(0, 53));
    if (field == QLatin1String("desired_start") || field == QLatin1String("follow_up_on"))
        return today.addDays(m_rng.bounded(30, 400)).toString(Qt::ISODate);
    if (field == QLatin1String("days"))
        return QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")},
                           {oneOf<QString>({QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu")}),
                            m_rng.bounded(2) ? QStringLiteral("full") : QStringLiteral("half")}};
    if (field == QLatin1String("urgency"))
        return int(m_rng.bounded(1, 4));
    if (field == QLatin1String("status") && table == QLatin1String("applications"))
        // Any state: the server's state machine refuses the jumps it does not allow ("rejected").
        return oneOf<QString>({QStringLiteral("in_review"), QStringLiteral("offered"), QStringLiteral("accepted"),
                               QStringLiteral("placed"), QStringLiteral("cancelled"), QStringLiteral("expired")});
    return oneOf<QString>({QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("withdrawn")});
}
