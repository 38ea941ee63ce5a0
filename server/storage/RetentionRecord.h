#pragma once

#include <QString>

// How long one region keeps personal data (docs/PROTOCOL.md "Anonymisation"): families whose applications are all
// closed for more than familyYears lose it, and so do messages older than messageYears.
struct RetentionRecord {
    QString regionId;
    int familyYears = 5;
    int messageYears = 2;
    QString updatedAt; // empty: the default, never saved
    QString updatedBy;
};
