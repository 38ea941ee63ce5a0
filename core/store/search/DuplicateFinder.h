#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class LocalCache;

// What a counter worker typed about a parent who may already be in the cache.
struct ParentIdentity {
    QString firstName;
    QString lastName;
    QString nationalNumber; // as typed: dots, dashes and spaces are ignored
    QString email;
    QString phone;          // as typed: compared in E.164
    QString childBirthDate; // YYYY-MM-DD, optional: a child's birth or expected birth date
};

struct DuplicateCandidate {
    QString parentId;
    QStringList reasons; // plain words: "same national number", ...
    int strength = 0;    // higher = surer; candidates come sorted by it
};

// Finds parents in the cache that may be the person about to be created (docs/ARCHITECTURE.md "Domain": the same
// national number, the same name and birth date, the same e-mail or phone), so a second record is not made for someone
// the counter already knows. Names compare without case or accents ("Celik" = "Çelik"). With a child's date, a parent
// of the same name counts only when one of their children has that date; without one (the child is not known yet), the
// same name is enough to ask.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(const LocalCache& cache);

    QVector<DuplicateCandidate> find(const ParentIdentity& who) const;
    // Lower case, no accents, single spaces: how two spellings of a name are compared.
    static QString foldName(const QString& name);

private:
    QStringList byNationalNumber(const QString& input) const;
    QStringList byName(const ParentIdentity& who) const;
    bool hasChildBornOn(const QString& parentId, const QString& date) const;
    QStringList byColumn(const QString& sql, const QString& value) const;

    const LocalCache& m_cache;
};
