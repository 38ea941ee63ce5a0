#include "ApplicationsView.h"

#include "ApplicationsModel.h"
#include "common/DisplayFormat.h"
#include "domain/ApplicationStatus.h"

ApplicationsView::ApplicationsView(const LocalCache& cache, QWidget* parent)
    : ListPage(new ApplicationsModel(cache), parent)
{
    setUp();
}

QString ApplicationsView::countText(int total) const
{
    return tr("%Ln application(s)", nullptr, total);
}

QString ApplicationsView::searchPlaceholder() const
{
    return tr("Name, number, phone or postcode… (Ctrl+F)");
}

QString ApplicationsView::searchToolTip() const
{
    return tr("Search by the child's or parent's name (accents optional), application number, national number, "
              "phone in any notation, postcode or e-mail.");
}

QStringList ApplicationsView::columnSamples() const
{
    QStringList states;
    for (const QString& name : ApplicationStatus::allNames())
        states.append(DisplayFormat::statusLabel(name));
    const QStringList channels{
        DisplayFormat::channel(QStringLiteral("online")), DisplayFormat::channel(QStringLiteral("counter")),
        DisplayFormat::channel(QStringLiteral("referrer")), DisplayFormat::channel(QStringLiteral("phone"))};
    // number, child, parent, status, municipality, desired start, submitted, channel
    return {QStringLiteral("ANT-2026-000000"),      QStringLiteral("Mohamed Goossens"),
            QStringLiteral("Van de Velde, Olivia"), longest(states),
            QStringLiteral("Berendrecht-Za"),       QStringLiteral("00-00-0000"),
            QStringLiteral("00-00-0000"),           longest(channels)};
}

QString ApplicationsView::exportName() const
{
    //: Start of the suggested file name of an export; lower case, no spaces.
    return tr("applications");
}

FilterBar::Fields ApplicationsView::filterFields() const
{
    return FilterBar::Status | FilterBar::Municipality | FilterBar::Location | FilterBar::Channel |
           FilterBar::Priority | FilterBar::DesiredStart | FilterBar::Submitted | FilterBar::AssignedToMe |
           FilterBar::ChildAgeToday | FilterBar::Waiting | FilterBar::EmergencyList;
}

QString ApplicationsView::printTitle() const
{
    return tr("Applications");
}
