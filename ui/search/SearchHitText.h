#pragma once

#include "store/search/SearchGroup.h"

#include <QCoreApplication>
#include <QString>

// The words of the search popup: group titles, a hit's line of context, "n more", the empty message.
class SearchHitText
{
    Q_DECLARE_TR_FUNCTIONS(SearchHitText)

public:
    static QString groupTitle(SearchHit::Kind kind);
    // "Parents (3)", "Applications (1000+)".
    static QString groupHeading(const SearchGroup& group);
    // What tells two hits with the same name apart: place, phone, e-mail; status and child; birth date.
    static QString context(const SearchHit& hit);
    static QString more(const SearchGroup& group);
    static QString nothingFound(const QString& text);
    // "Çelik, Elif — Parent: 2000 Antwerpen · 0470 12 34 56", for screen readers.
    static QString accessibleText(const SearchHit& hit);

private:
    static QString parentContext(const SearchHit& hit);
    static QString childContext(const SearchHit& hit);
    static QString applicationContext(const SearchHit& hit);
    static QString kindName(SearchHit::Kind kind);
};
