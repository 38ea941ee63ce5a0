#include "store/search/GlobalSearch.h"

#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/derived/SearchIndex.h"
#include "store/derived/SearchText.h"
#include "store/search/MatchRanking.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

QString joinName(const QVariant& first, const QVariant& last)
{
    return QStringList{first.toString(), last.toString()}.join(QLatin1Char(' ')).trimmed();
}

// "Çelik, Elif" — the way a counter worker files people.
QString fileName(const QVariant& first, const QVariant& last)
{
    const QString f = first.toString().trimmed();
    const QString l = last.toString().trimmed();
    if (f.isEmpty() || l.isEmpty())
        return f + l;
    return l + QStringLiteral(", ") + f;
}

void setGroupTotal(SearchGroup* group, int counted)
{
    group->totalCapped = counted > GlobalSearch::kCountCap;
    group->total = qMin(counted, GlobalSearch::kCountCap);
}

// Rowids come from the database as integers, so they can be written into the SQL as a list.
QString rowidList(const QVector<qint64>& rowids)
{
    QStringList out;
    out.reserve(rowids.size());
    for (const qint64 rowid : rowids)
        out.append(QString::number(rowid));
    return out.join(QLatin1Char(','));
}

} // namespace

GlobalSearch::GlobalSearch(const LocalCache& cache)
    : m_cache(cache)
{
}

QStringList GlobalSearch::queryWords(const QString& text)
{
    QStringList words;
    for (const QString& word : SearchText::words(text)) {
        if (word.size() >= kMinimumLength)
            words.append(word);
    }
    return words;
}

bool GlobalSearch::isNumber(const QString& text)
{
    return !SearchText::applicationNumber(text).isEmpty() || !SearchText::digits(text).isEmpty();
}

QString GlobalSearch::matchFor(const QString& text)
{
    if (isNumber(text))
        return SearchIndex::matchExpression(text);
    return SearchIndex::matchExpression(queryWords(text).join(QLatin1Char(' ')));
}

bool GlobalSearch::isSearchable(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < kMinimumLength)
        return false;
    if (!SearchText::applicationNumber(trimmed).isEmpty())
        return true;
    const QString digits = SearchText::digits(trimmed);
    if (!digits.isEmpty()) {
        const bool phone = digits.startsWith(QLatin1Char('0')) || trimmed.startsWith(QLatin1Char('+')) ||
                           trimmed.startsWith(QLatin1String("00"));
        return digits.size() >= (phone ? kMinimumPhoneDigits : kMinimumLength);
    }
    // "MEC-2025-0" is every application of that year, "MEC-2" the start of every number: an application
    // number waits for its whole year, and then for a third digit of the serial.
    static const QRegularExpression partialNumber(
        QStringLiteral(R"(^[A-Za-z]{3}[- ]?([0-9]{1,3}|[0-9]{4}[- ]?0[0-9]?)$)"));
    if (partialNumber.match(trimmed).hasMatch())
        return false;
    return !matchFor(trimmed).isEmpty();
}

QVector<SearchGroup> GlobalSearch::search(const QString& text, int perGroup) const
{
    m_lastError.clear();
    QVector<SearchGroup> groups;
    if (!isSearchable(text))
        return groups;
    const QString match = matchFor(text);
    const QVector<qint64> parentRowids = matchingRowids(QStringLiteral("fts_parents"), match);
    // A number (phone, national or application number, postcode) is one token that every match starts with: no text
    // tells one match from another, so the newest come first without reading the documents (reading and scanning
    // them was most of a phone prefix's keystroke).
    const bool rankByText = !isNumber(text);
    for (const SearchGroup& group :
         {parents(match, parentRowids, perGroup, rankByText), children(text, parentRowids, perGroup),
          applications(match, perGroup, rankByText)}) {
        if (!group.hits.isEmpty())
            groups.append(group);
    }
    return groups;
}

bool GlobalSearch::run(QSqlQuery& q) const
{
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    qCWarning(lcStore) << "global search failed:" << m_lastError;
    return false;
}

QVector<qint64> GlobalSearch::matchingRowids(const QString& ftsTable, const QString& match) const
{
    QVector<qint64> rowids;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT ?").arg(ftsTable));
    q.addBindValue(match);
    q.addBindValue(kCountCap + 1);
    if (!run(q))
        return rowids;
    while (q.next())
        rowids.append(q.value(0).toLongLong());
    return rowids;
}

QVector<qint64> GlobalSearch::bestRowids(const QString& ftsTable, const QString& match, const QVector<qint64>& matching,
                                         int perGroup, bool rankByText) const
{
    if (matching.size() > kCountCap || !rankByText || matching.isEmpty())
        return matching.mid(0, perGroup);
    // The matched documents' text, without evaluating the MATCH again, ranked here (MatchRanking says why). Read from
    // the table's FTS5 content table (id = rowid, c0 = body): a rowid list on the FTS5 table itself scans it whole.
    QVector<MatchRanking::Document> documents;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, c0 FROM %1_content WHERE id IN (%2)").arg(ftsTable, rowidList(matching)));
    if (!run(q))
        return {};
    while (q.next())
        documents.append({q.value(0).toLongLong(), q.value(1).toString()});
    return MatchRanking::best(documents, MatchRanking::termsOf(match), perGroup);
}

SearchGroup GlobalSearch::parents(const QString& match, const QVector<qint64>& rowids, int perGroup,
                                  bool rankByText) const
{
    SearchGroup group;
    group.kind = SearchHit::Kind::Parent;
    setGroupTotal(&group, rowids.size());
    const QVector<qint64> best = bestRowids(QStringLiteral("fts_parents"), match, rowids, perGroup, rankByText);
    if (best.isEmpty())
        return group;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.rowid, p.id, p.first_name, p.last_name, p.postcode, p.municipality, p.phone, "
                             "p.email FROM parents p WHERE p.rowid IN (%1)")
                  .arg(rowidList(best)));
    if (!run(q))
        return group;
    group.hits.resize(best.size());
    while (q.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Parent;
        hit.id = q.value(1).toString();
        hit.label = fileName(q.value(2), q.value(3));
        hit.values = {{QStringLiteral("postcode"), q.value(4)},
                      {QStringLiteral("municipality"), q.value(5)},
                      {QStringLiteral("phone"), q.value(6)},
                      {QStringLiteral("email"), q.value(7)}};
        hit.openTable = QStringLiteral("parents");
        hit.openId = hit.id;
        group.hits[best.indexOf(q.value(0).toLongLong())] = hit;
    }
    group.hits.removeIf([](const SearchHit& hit) { return hit.id.isEmpty(); });
    return group;
}

SearchGroup GlobalSearch::children(const QString& text, const QVector<qint64>& parentRowids, int perGroup) const
{
    // Children have no index of their own: their names and national numbers are part of their parent's
    // document, so the children of the matching parents are the candidates, and each is checked by its own
    // text (a parent's name alone does not make a child a hit).
    SearchGroup group;
    group.kind = SearchHit::Kind::Child;
    if (parentRowids.isEmpty())
        return group;
    const QString digits = SearchText::digits(text);
    if (!SearchText::applicationNumber(text).isEmpty())
        return group;
    const QStringList starts = SearchText::foldedWords(queryWords(text).join(QLatin1Char(' ')));
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.birth_date, c.expected_birth_date, "
                             "c.national_number, p.id, p.first_name, p.last_name "
                             "FROM children c JOIN parents p ON p.id = c.parent_id "
                             "WHERE p.rowid IN (%1) ORDER BY p.rowid DESC, c.rowid")
                  .arg(rowidList(parentRowids.mid(0, kChildCandidateParents))));
    if (!run(q))
        return group;
    int counted = 0;
    while (q.next()) {
        const QString ownText = q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString();
        const bool hit = digits.isEmpty() ? SearchText::startWordsOf(starts, ownText)
                                          : SearchText::digits(q.value(5).toString()).startsWith(digits);
        if (!hit)
            continue;
        ++counted;
        if (group.hits.size() >= perGroup)
            continue;
        SearchHit child;
        child.kind = SearchHit::Kind::Child;
        child.id = q.value(0).toString();
        child.label = fileName(q.value(1), q.value(2));
        child.values = {{QStringLiteral("birth_date"), q.value(3)},
                        {QStringLiteral("expected_birth_date"), q.value(4)},
                        {QStringLiteral("parent"), joinName(q.value(7), q.value(8))}};
        child.openTable = QStringLiteral("parents");
        child.openId = q.value(6).toString();
        group.hits.append(child);
    }
    openApplicationsOf(&group.hits);
    // Only the newest matching parents' children were looked at: there may be more.
    setGroupTotal(&group, counted);
    group.totalCapped = group.totalCapped || parentRowids.size() > kChildCandidateParents;
    return group;
}

void GlobalSearch::openApplicationsOf(QVector<SearchHit>* children) const
{
    // Only for the few children shown: a child with an application opens it (the newest, if several).
    QHash<QString, int> byChild;
    QStringList marks;
    for (int i = 0; i < children->size(); ++i) {
        byChild.insert(children->at(i).id, i);
        marks.append(QStringLiteral("?"));
    }
    if (marks.isEmpty())
        return;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT child_id, id FROM applications WHERE child_id IN (%1) ORDER BY rowid")
                  .arg(marks.join(QLatin1Char(','))));
    for (const SearchHit& child : *children)
        q.addBindValue(child.id);
    if (!run(q))
        return;
    while (q.next()) {
        SearchHit& child = (*children)[byChild.value(q.value(0).toString())];
        child.openTable = QStringLiteral("applications");
        child.openId = q.value(1).toString();
    }
}

SearchGroup GlobalSearch::applications(const QString& match, int perGroup, bool rankByText) const
{
    SearchGroup group;
    group.kind = SearchHit::Kind::Application;
    const QVector<qint64> rowids = matchingRowids(QStringLiteral("fts_applications"), match);
    setGroupTotal(&group, rowids.size());
    const QVector<qint64> best = bestRowids(QStringLiteral("fts_applications"), match, rowids, perGroup, rankByText);
    if (best.isEmpty())
        return group;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.rowid, a.id, a.number, a.status, a.desired_start, c.first_name, c.last_name, "
                             "p.first_name, p.last_name, p.municipality FROM applications a "
                             "LEFT JOIN children c ON c.id = a.child_id LEFT JOIN parents p ON p.id = a.parent_id "
                             "WHERE a.rowid IN (%1)")
                  .arg(rowidList(best)));
    if (!run(q))
        return group;
    group.hits.resize(best.size());
    while (q.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Application;
        hit.id = q.value(1).toString();
        hit.label = q.value(2).toString();
        hit.values = {{QStringLiteral("status"), q.value(3)},
                      {QStringLiteral("desired_start"), q.value(4)},
                      {QStringLiteral("child"), joinName(q.value(5), q.value(6))},
                      {QStringLiteral("parent"), joinName(q.value(7), q.value(8))},
                      {QStringLiteral("municipality"), q.value(9)}};
        hit.openTable = QStringLiteral("applications");
        hit.openId = hit.id;
        group.hits[best.indexOf(q.value(0).toLongLong())] = hit;
    }
    group.hits.removeIf([](const SearchHit& hit) { return hit.id.isEmpty(); });
    return group;
}
