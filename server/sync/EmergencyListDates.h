#pragma once

#include <QDate>
#include <QJsonObject>

// The days an emergency entry went on the list and came off it (`listed_on`, `resolved_on`), so the dashboard can
// draw the list's size over time from any client's cache. The server stamps them on every write that opens or closes
// an entry — a push, or what follows an offer or an application's end — never a client (docs/PROTOCOL.md "Offers and
// the emergency list").
class EmergencyListDates
{
public:
    // Sets the days in `after` as the step from `before` (empty for an insert) asks, `today` being the server's date:
    // opening (new, or reopened) lists it today and clears resolved_on; closing an open entry resolves it today.
    static void stamp(const QJsonObject& before, QJsonObject& after, const QDate& today = QDate::currentDate());
};
