#pragma once

#include <QString>

// What a person narrowed a list down to. Empty members do not filter.
struct ListFilter {
    QString status;
    QString municipality;
    QString search; // free text, matched with full-text search
};
