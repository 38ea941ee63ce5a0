#pragma once

#include <QStringList>
#include <QVector>

// Which of the documents a search matched are shown first, decided from their text: FTS5's bm25 rank first counts,
// for every query term, the documents of the whole index that hold it (its IDF), which for a short common prefix
// ("de", "ma") took most of a keystroke's time. Here a term that is a whole word of the document counts twice, one
// that only starts a word once; then a shorter document (a name that is mostly the query) comes first; then the
// newer one.
class MatchRanking
{
public:
    struct Document {
        qint64 rowid = 0;
        QString body;
    };

    // terms: what the query looks for, folded as the index folds (SearchText::foldedWords).
    static QVector<qint64> best(const QVector<Document>& documents, const QStringList& terms, int count);
    // The terms of an FTS5 expression made by SearchIndex::matchExpression ("marie"* "de"* → marie, de).
    static QStringList termsOf(const QString& match);
};
