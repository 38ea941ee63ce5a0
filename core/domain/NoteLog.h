#pragma once

#include <QString>
#include <QVector>

// The `notes` field as a log of dated entries, so that two workers adding a note at the same time both keep
// theirs (the server merges two appends instead of reporting a conflict, see UpdateMerge).
//
// Stored format (a text field on the wire): a compact JSON array, oldest first, of
//   {"at": "2026-12-01T10:15:00Z", "author_id": "<account id>", "author": "<display name>", "text": "..."}
// Notes written before this format (plain text) read as one entry with only a text; null or empty text is an
// empty log.
struct Note {
    QString at; // UTC ISO-8601
    QString authorId;
    QString author; // display name at the time of writing
    QString text;

    // One entry written once, whatever time a copy of it carries: the server signs each entry it takes over, so the
    // writer's copy and the stored one may differ in `at`, the name shown and (for an unsigned copy) the author.
    bool sameEntry(const Note& other) const
    {
        return text == other.text && (authorId.isEmpty() || other.authorId.isEmpty() || authorId == other.authorId);
    }

    bool operator==(const Note& other) const
    {
        return at == other.at && authorId == other.authorId && author == other.author && text == other.text;
    }
};

class NoteLog
{
public:
    static QVector<Note> parse(const QString& stored);
    static QString format(const QVector<Note>& notes); // empty for an empty log
    static QString append(const QString& stored, const Note& note);
    // True for the stored log format (a JSON array), false for plain text and for empty.
    static bool isLog(const QString& stored);
    // Two concurrent appends to the same `base`: true with *merged = current plus the entries `mine` appended
    // that current does not hold yet. False when either side did more than append (an edit or removal) or is
    // not a log (plain text typed in a form), which stays a conflict for a person to decide.
    static bool mergeAppends(const QString& base, const QString& mine, const QString& current, QString* merged);

    // `after` with every entry that `before` does not hold written by `writer` (its id, name and time), the entries
    // `before` holds as they were: the server signs notes from the token, so nobody can sign in another's name or
    // date an entry (docs/PROTOCOL.md "References"). `after` unchanged when it is not a log.
    static QString signNewEntries(const QString& before, const QString& after, const Note& writer);

private:
    static bool contains(const QVector<Note>& notes, const Note& note);
    static bool startsWith(const QVector<Note>& notes, const QVector<Note>& prefix);
};
