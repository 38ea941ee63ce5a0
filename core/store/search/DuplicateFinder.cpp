#include "store/search/DuplicateFinder.h"

#include "domain/ContactRules.h"
#include "domain/NationalNumber.h"
#include "store/cache/LocalCache.h"
#include "store/derived/SearchIndex.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

void add(QVector<DuplicateCandidate>& found, const QString& parentId, const QString& reason, int strength)
{
    for (DuplicateCandidate& c : found) {
        if (c.parentId == parentId) {
            c.reasons.append(reason);
            c.strength += strength;
            return;
        }
    }
    found.append({parentId, {reason}, strength});
}

} // namespace

DuplicateFinder::DuplicateFinder(const LocalCache& cache)
    : m_cache(cache)
{
}

QString DuplicateFinder::foldName(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded().simplified();
}

QVector<DuplicateCandidate> DuplicateFinder::find(const ParentIdentity& who) const
{
    QVector<DuplicateCandidate> found;
    for (const QString& id : byNationalNumber(who.nationalNumber))
        add(found, id, tr("same national number"), 100);
    const bool withDate = !who.childBirthDate.isEmpty();
    for (const QString& id : byName(who)) {
        if (!withDate)
            add(found, id, tr("same name"), 20);
        else if (hasChildBornOn(id, who.childBirthDate))
            add(found, id, tr("same name and a child born on the same date"), 60);
    }
    if (ContactRules::isValidEmail(who.email.trimmed())) {
        const QString sql = QStringLiteral("SELECT id FROM parents WHERE lower(email) = lower(?)");
        for (const QString& id : byColumn(sql, who.email.trimmed()))
            add(found, id, tr("same e-mail address"), 40);
    }
    const QString phone = ContactRules::normalizePhone(who.phone);
    if (!phone.isEmpty()) {
        for (const QString& id : byColumn(QStringLiteral("SELECT id FROM parents WHERE phone = ?"), phone))
            add(found, id, tr("same phone number"), 40);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const DuplicateCandidate& a, const DuplicateCandidate& b) { return a.strength > b.strength; });
    return found;
}

QStringList DuplicateFinder::byNationalNumber(const QString& input) const
{
    const QString digits = NationalNumber::normalize(input);
    if (!NationalNumber::isValid(digits))
        return {};
    // Stored numbers are normalised by the forms, but rows from elsewhere may still carry dots or dashes.
    return byColumn(QStringLiteral("SELECT id FROM parents WHERE replace(replace(replace(national_number, '.', ''),"
                                   " '-', ''), ' ', '') = ?"),
                    digits);
}

QStringList DuplicateFinder::byName(const ParentIdentity& who) const
{
    const QString first = foldName(who.firstName);
    const QString last = foldName(who.lastName);
    if (first.isEmpty() || last.isEmpty())
        return {};
    // The search index ignores accents, so it narrows the candidates; the exact comparison happens here.
    const QString match = SearchIndex::matchExpression(who.lastName);
    if (match.isEmpty())
        return {};
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT p.id, p.first_name, p.last_name FROM parents p WHERE p.rowid IN "
                             "(SELECT rowid FROM fts_parents WHERE fts_parents MATCH ?)"));
    q.addBindValue(match);
    QStringList ids;
    if (!q.exec())
        return ids;
    while (q.next()) {
        if (foldName(q.value(1).toString()) == first && foldName(q.value(2).toString()) == last)
            ids.append(q.value(0).toString());
    }
    return ids;
}

bool DuplicateFinder::hasChildBornOn(const QString& parentId, const QString& date) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(
        QStringLiteral("SELECT 1 FROM children WHERE parent_id = ? AND (birth_date = ? OR expected_birth_date = ?)"
                       " LIMIT 1"));
    q.addBindValue(parentId);
    q.addBindValue(date);
    q.addBindValue(date);
    return q.exec() && q.next();
}

QStringList DuplicateFinder::byColumn(const QString& sql, const QString& value) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(sql);
    q.addBindValue(value);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}
