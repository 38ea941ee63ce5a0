#pragma once

#include <QString>
#include <QVariantMap>

// One record the global search found: what it is, a short label to show, and the raw values a view needs
// for a line of context (the view words and formats them, so the core stays free of display language).
struct SearchHit {
    enum class Kind { Parent, Child, Application };

    Kind kind = Kind::Parent;
    QString id;
    QString label;      // "Çelik, Elif" or "ANT-2026-000123"
    QVariantMap values; // e.g. postcode, municipality, phone, email, status, birth_date, child, parent
    // The record that opens for this hit: itself, or for a child its application (else its parent).
    QString openTable;
    QString openId;
};
