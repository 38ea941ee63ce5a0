#include "NoteLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QVector<Note> NoteLog::parse(const QString& stored)
{
    QVector<Note> notes;
    if (stored.trimmed().isEmpty())
        return notes;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        notes.append({QString(), QString(), QString(), stored}); // plain text from before the log
        return notes;
    }
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        notes.append({o.value(QLatin1String("at")).toString(), o.value(QLatin1String("author_id")).toString(),
                      o.value(QLatin1String("author")).toString(), o.value(QLatin1String("text")).toString()});
    }
    return notes;
}

QString NoteLog::format(const QVector<Note>& notes)
{
    if (notes.isEmpty())
        return QString();
    QJsonArray array;
    for (const Note& n : notes) {
        array.append(QJsonObject{{QStringLiteral("at"), n.at},
                                 {QStringLiteral("author_id"), n.authorId},
                                 {QStringLiteral("author"), n.author},
                                 {QStringLiteral("text"), n.text}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString NoteLog::append(const QString& stored, const Note& note)
{
    QVector<Note> notes = parse(stored);
    notes.append(note);
    return format(notes);
}

bool NoteLog::startsWith(const QVector<Note>& notes, const QVector<Note>& prefix)
{
    if (notes.size() < prefix.size())
        return false;
    for (int i = 0; i < prefix.size(); ++i) {
        if (!notes.at(i).sameEntry(prefix.at(i)))
            return false;
    }
    return true;
}

bool NoteLog::isLog(const QString& stored)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && doc.isArray();
}

bool NoteLog::mergeAppends(const QString& base, const QString& mine, const QString& current, QString* merged)
{
    // Both sides must be logs: two plain texts typed over the same base are two edits, not two appends.
    if (!isLog(mine) || !isLog(current))
        return false;
    const QVector<Note> before = parse(base);
    const QVector<Note> ours = parse(mine);
    QVector<Note> result = parse(current);
    if (!startsWith(ours, before) || !startsWith(result, before))
        return false;
    for (int i = before.size(); i < ours.size(); ++i) {
        if (!contains(result, ours.at(i)))
            result.append(ours.at(i));
    }
    *merged = format(result);
    return true;
}

bool NoteLog::contains(const QVector<Note>& notes, const Note& note)
{
    for (const Note& n : notes) {
        if (n.sameEntry(note))
            return true;
    }
    return false;
}

QString NoteLog::signNewEntries(const QString& before, const QString& after, const Note& writer)
{
    if (!isLog(after))
        return after;
    const QVector<Note> kept = parse(before);
    QVector<Note> notes = parse(after);
    for (Note& note : notes) {
        bool known = false;
        for (const Note& k : kept) {
            if (k.sameEntry(note) && (k.authorId == note.authorId || note.authorId.isEmpty())) {
                note = k;
                known = true;
                break;
            }
        }
        if (!known)
            note = {writer.at, writer.authorId, writer.author, note.text};
    }
    return format(notes);
}
