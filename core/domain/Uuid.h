#pragma once

#include <QString>

// UUID version 7 (RFC 9562): time-ordered, so ids created offline on different PCs still sort by creation.
class Uuid
{
public:
    static QString v7();
    static bool isValid(const QString& text);
};
