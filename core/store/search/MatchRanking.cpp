#include "store/search/MatchRanking.h"

#include "store/derived/SearchText.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

struct Scored {
    qint64 rowid;
    int score;
    int length;
};

// 2 when term is a whole word of the folded text, 1 when it only starts one (the MATCH guarantees one of the two).
int termScore(QStringView text, const QString& term)
{
    for (qsizetype at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
        if (at > 0 && SearchText::isWordChar(text.at(at - 1)))
            continue;
        const qsizetype end = at + term.size();
        if (end == text.size() || !SearchText::isWordChar(text.at(end)))
            return 2;
    }
    return 1;
}

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool w = SearchText::isWordChar(c);
        words += w && !inWord;
        inWord = w;
    }
    return words;
}

} // namespace

QVector<qint64> MatchRanking::best(const QVector<Document>& documents, const QStringList& terms, int count)
{
    // Scanned in place rather than split into words: this runs for up to a thousand documents per keystroke.
    QVector<Scored> scored;
    scored.reserve(documents.size());
    for (const Document& d : documents) {
        const QString text = SearchText::fold(d.body);
        int score = 0;
        for (const QString& term : terms)
            score += termScore(text, term);
        scored.append({d.rowid, score, wordCount(text)});
    }
    const auto before = [](const Scored& a, const Scored& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.length != b.length)
            return a.length < b.length;
        return a.rowid > b.rowid;
    };
    const qsizetype n = qMin<qsizetype>(count, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + n, scored.end(), before);
    QVector<qint64> out;
    for (qsizetype i = 0; i < n; ++i)
        out.append(scored.at(i).rowid);
    return out;
}

QStringList MatchRanking::termsOf(const QString& match)
{
    static const QRegularExpression term(QStringLiteral("\"([^\"]*)\""));
    QStringList out;
    for (auto it = term.globalMatch(match); it.hasNext();)
        out += SearchText::foldedWords(it.next().captured(1));
    return out;
}
