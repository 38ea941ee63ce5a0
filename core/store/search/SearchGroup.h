#pragma once

#include "store/search/SearchHit.h"

#include <QVector>

// The hits of one kind, at most a few, and how many there were in all (counted up to a cap, so a very
// common prefix stays fast; totalCapped then says "at least").
struct SearchGroup {
    SearchHit::Kind kind = SearchHit::Kind::Parent;
    QVector<SearchHit> hits;
    int total = 0;
    bool totalCapped = false;

    int more() const { return qMax(0, total - int(hits.size())); }
};
