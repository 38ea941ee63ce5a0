#pragma once

#include "store/search/SearchGroup.h"

#include <QString>
#include <QStringList>
#include <QVector>

class LocalCache;
class QSqlQuery;

// The global search (Ctrl+K, docs/ARCHITECTURE.md "The desktop client") over the cache's FTS5 index: parents, children
// and applications by name (without case and accents), application number, national number, phone in any notation,
// e-mail and postcode. Few hits per kind, best first, with how many more there are: it runs at every keystroke.
class GlobalSearch
{
public:
    static constexpr int kPerGroup = 8;
    // Counting stops here, so a two-letter prefix costs no more than a precise name.
    static constexpr int kCountCap = 1000;
    // Children are looked for among the children of this many of the newest matching parents; beyond it
    // the count says "at least" (the search runs at every keystroke, and more candidates do not show).
    static constexpr int kChildCandidateParents = 300;
    // One letter finds a third of the cache and says nothing; searching starts at two characters.
    static constexpr int kMinimumLength = 2;
    // "04" or "047" is the start of every mobile number: it finds no one and costs a scan of all phones.
    static constexpr int kMinimumPhoneDigits = 5;
    // Words shorter than kMinimumLength ("Jan P") are left out of the query until they grow: a one-letter
    // prefix matches nearly every record and only slows the search down.

    explicit GlobalSearch(const LocalCache& cache);

    static bool isSearchable(const QString& text);
    // The FTS5 query: numbers as SearchIndex reads them, words without the one-letter ones.
    static QString matchFor(const QString& text);
    // Groups in the order parents, children, applications; kinds without hits are left out. Empty when
    // nothing matches or the text is not searchable.
    QVector<SearchGroup> search(const QString& text, int perGroup = kPerGroup) const;
    QString lastError() const { return m_lastError; }

private:
    SearchGroup parents(const QString& match, const QVector<qint64>& rowids, int perGroup, bool rankByText) const;
    SearchGroup children(const QString& text, const QVector<qint64>& parentRowids, int perGroup) const;
    SearchGroup applications(const QString& match, int perGroup, bool rankByText) const;
    static QStringList queryWords(const QString& text);
    void openApplicationsOf(QVector<SearchHit>* children) const;
    // The matching documents of an FTS table, newest first, at most kCountCap + 1 of them.
    QVector<qint64> matchingRowids(const QString& ftsTable, const QString& match) const;
    // The rowids to show: by relevance (MatchRanking) when at most kCountCap match and rankByText, else the newest.
    QVector<qint64> bestRowids(const QString& ftsTable, const QString& match, const QVector<qint64>& matching,
                               int perGroup, bool rankByText) const;
    // A phone, national or application number (or a postcode): searched as one token.
    static bool isNumber(const QString& text);
    bool run(QSqlQuery& q) const;

    const LocalCache& m_cache;
    mutable QString m_lastError;
};
