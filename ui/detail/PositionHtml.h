#pragma once

#include "store/records/ApplicationPosition.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The "Position" section of an open application's detail (docs/ARCHITECTURE.md "Joint allocation", "Position"):
// what a counter worker can tell a family about its place in the queue, in plain words — per preferred location
// how many families rank ahead and how many share the priority, and how long families waited there lately. Its own
// class so RecordHtml stays about the record; it shows counts only, never who.
class PositionHtml
{
    Q_DECLARE_TR_FUNCTIONS(PositionHtml)

public:
    // Empty when the application has no position (not open, no preferred location).
    static QString section(const ApplicationPosition::Result& position, const QString& language);
    // Two lines: the families ahead, the families in the same tier.
    static QStringList queue(const ApplicationPosition::AtLocation& at);
    static QString expectedWait(const ApplicationPosition::ExpectedWait& wait);
};
