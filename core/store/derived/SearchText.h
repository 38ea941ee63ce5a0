#pragma once

#include <QString>
#include <QStringList>

// How a person's search text is read, shared by the FTS5 query (SearchIndex) and the checks done outside
// FTS5 (GlobalSearch's children): a phone or national number becomes its digits, an application number its
// compact form, anything else words compared without case and accents, each as the start of a word.
class SearchText
{
public:
    // The digits of a phone or national number: "0470/12.34" -> "04701234"; a Belgian number written
    // internationally becomes national ("+32 470 12", "0032 470 12" -> "047012"), other "00" prefixes are
    // dropped ("0031 6…" -> "316…"). Empty when the text is not number-like.
    static QString digits(const QString& text);
    // "ant-2026-123" -> "ANT2026000123": an application number typed without its leading zeros, in the
    // compact form the index holds; empty when the text is not such a number (or keeps its zeros).
    static QString applicationNumber(const QString& text);
    // The words of the text, quotes and stars removed.
    static QStringList words(const QString& text);
    // "Çelik" -> "celik": lower case without diacritics, as FTS5's unicode61 remove_diacritics reads it.
    static QString fold(const QString& text);
    // The words of a text as the index sees them: folded, split at anything but letters, digits, '@' and '.'.
    static QStringList foldedWords(const QString& text);
    // Whether c belongs to a word as the index splits them (tokenchars '@.' besides letters and digits).
    static bool isWordChar(QChar c);
    // Whether each of starts (from foldedWords()) begins some word of text: the FTS5 prefix query's meaning.
    static bool startWordsOf(const QStringList& starts, const QString& text);
};
