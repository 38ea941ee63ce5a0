#include "store/derived/SearchText.h"

#include <QRegularExpression>

#include <algorithm>

QString SearchText::digits(const QString& text)
{
    static const QRegularExpression numberLike(QStringLiteral(R"(^\+?[0-9][0-9 ./()\-]*$)"));
    const QString trimmed = text.trimmed();
    if (!numberLike.match(trimmed).hasMatch())
        return QString();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
    }
    // International prefix "00" (and "+", already gone); a country code never starts with 0, so "000123"
    // is an application's serial, not a phone.
    const bool doubleZero =
        digits.size() > 2 && digits.startsWith(QLatin1String("00")) && digits.at(2) != QLatin1Char('0');
    if (doubleZero)
        digits = digits.mid(2);
    // A Belgian number typed internationally is searched in its national form, which the index holds too:
    // "+32 4…" then narrows like "04…" does, instead of scanning every phone's international form.
    const bool international = trimmed.startsWith(QLatin1Char('+')) || doubleZero;
    if (international && digits.startsWith(QLatin1String("32")))
        digits = QLatin1Char('0') + digits.mid(2);
    return digits;
}

QString SearchText::applicationNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral(R"(^([A-Za-z]{3})[- ]?([0-9]{4})[- ]?([1-9][0-9]{0,4})$)"));
    const auto match = number.match(text.trimmed());
    if (!match.hasMatch())
        return QString();
    return match.captured(1).toUpper() + match.captured(2) + match.captured(3).rightJustified(6, QLatin1Char('0'));
}

QStringList SearchText::words(const QString& text)
{
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    QStringList out;
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        word.remove(QLatin1Char('*'));
        if (!word.isEmpty())
            out.append(word);
    }
    return out;
}

QString SearchText::fold(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        return text.toLower(); // most names: no need to decompose (this runs for every candidate child)
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

bool SearchText::isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('@') || c == QLatin1Char('.');
}

QStringList SearchText::foldedWords(const QString& text)
{
    // As FTS5's unicode61 tokenizer with tokenchars '@.' splits: "Van-Dam" is two words.
    QStringList out;
    QString current;
    for (const QChar c : fold(text)) {
        if (isWordChar(c)) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

bool SearchText::startWordsOf(const QStringList& starts, const QString& text)
{
    if (starts.isEmpty())
        return false;
    const QStringList tokens = foldedWords(text);
    return std::all_of(starts.cbegin(), starts.cend(), [&tokens](const QString& start) {
        return std::any_of(tokens.cbegin(), tokens.cend(),
                           [&start](const QString& token) { return token.startsWith(start); });
    });
}
