#pragma once

#include <QStringList>

class LocalCache;

// What the application wizard needs beyond UiTestData: six published locations of Antwerpen with a
// position, an age range and a tariff (UiTestData's four have none of these), so "nearest first" and the
// limit of five preferences can be tried.
class WizardTestData
{
public:
    bool addLocatedLocations(LocalCache& cache, QString* error);
    QStringList locationIds; // Berchem Noord, Berchem Zuid, Deurne Centrum, Antwerpen Zuid, Antwerpen Eilandje,
                             // Wilrijk Park
};
