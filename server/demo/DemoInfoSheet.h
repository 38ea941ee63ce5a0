#pragma once

#include <QJsonObject>

// The info sheet of a demo location (docs/PROTOCOL.md "Info sheets"), written from what the location row already
// holds (kind, tariff, languages, contact), so the sheet draws nothing from the seeded random stream. Dutch is
// always complete; French and English lack a field now and then, so the website's fall-back to Dutch shows.
class DemoInfoSheet
{
public:
    static QJsonObject forLocation(const QJsonObject& location, int index);
};
