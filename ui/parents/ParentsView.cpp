#include "ParentsView.h"

#include "ParentsModel.h"

ParentsView::ParentsView(const LocalCache& cache, QWidget* parent)
    : ListPage(new ParentsModel(cache), parent)
{
    setUp();
}

QString ParentsView::countText(int total) const
{
    return tr("%Ln parent(s)", nullptr, total);
}

QString ParentsView::searchPlaceholder() const
{
    return tr("Name, phone, e-mail or postcode… (Ctrl+F)");
}

QString ParentsView::searchToolTip() const
{
    return tr("Search by name (accents optional), phone in any notation, e-mail, national number or postcode.");
}

QStringList ParentsView::columnSamples() const
{
    // name, phone, e-mail, postcode, municipality, language, applications
    return {QStringLiteral("Van de Velde, Olivia"),
            QStringLiteral("0470 00 00 00"),
            QStringLiteral("olivia.vandevelde@example.be"),
            QStringLiteral("0000"),
            QStringLiteral("Berendrecht-Za"),
            QStringLiteral("Nederlands"),
            QStringLiteral("00")};
}

QString ParentsView::exportName() const
{
    //: Start of the suggested file name of an export; lower case, no spaces.
    return tr("parents");
}

FilterBar::Fields ParentsView::filterFields() const
{
    return FilterBar::Status | FilterBar::Municipality | FilterBar::Language | FilterBar::OpenApplication |
           FilterBar::EmergencyList;
}

QString ParentsView::printTitle() const
{
    return tr("Parents");
}
