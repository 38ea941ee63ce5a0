#pragma once

#include <QJsonObject>

// The row a refused or lost insert is sent with again: what this client had, with the person's corrections, and
// without what the server sets itself. Shared by ConflictResolver (resend, recreate) and DuplicateMerge (records
// moved under the existing parent), which so need not know each other.
class ResendRow
{
public:
    static QJsonObject build(QJsonObject row, const QJsonObject& values);
};
