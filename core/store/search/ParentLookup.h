#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

class LocalCache;

// Finds parents in the cache by what a person at the counter says: a name, a national number, an e-mail
// address or a phone number (any spelling the search index understands). Whole parent rows, by name.
class ParentLookup
{
public:
    explicit ParentLookup(const LocalCache& cache);

    QVector<QJsonObject> search(const QString& text, int limit = 50) const;
    QVector<QJsonObject> childrenOf(const QString& parentId) const;

private:
    const LocalCache& m_cache;
};
