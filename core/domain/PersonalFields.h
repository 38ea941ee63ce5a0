#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

// Which fields of a synced row hold personal data and what anonymisation leaves in them (docs/PROTOCOL.md
// "Anonymisation"). One list for both sides: the server's run writes it, the client recognises an anonymised row
// by it (and then clears what its search index and write-ahead log still hold of the old values).
class PersonalFields
{
public:
    // What a field holding a value becomes; a field that is null stays null.
    struct Rule {
        QString field;
        QJsonValue replacement; // null, or kPlaceholder
    };

    // The text left where a name, a closing reason or a message subject was: plainly not a value a person typed.
    static const QString kPlaceholder;

    // The rules of a table; empty for tables without personal data (regions, locations, free places, accounts).
    static QVector<Rule> of(const QString& table);
    // The row with every personal field anonymised; *changed (if given) tells whether a field differed.
    static QJsonObject anonymised(const QString& table, const QJsonObject& row, bool* changed = nullptr);
    // Whether the row's personal fields are already what anonymisation leaves.
    static bool isAnonymised(const QString& table, const QJsonObject& row);
    // Whether the row's placeholder marks it as anonymised: a parent, child or message whose name or subject is the
    // placeholder. Tables whose fields anonymisation only empties cannot be told from rows never filled.
    static bool carriesPlaceholder(const QString& table, const QJsonObject& row);
};
