#include "FreePlacesView.h"

#include "FreePlaceDialog.h"
#include "FreePlacesModel.h"
#include "common/DisplayFormat.h"
#include "store/records/FreePlaceActions.h"
#include "store/records/RecordQuery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>

FreePlacesView::FreePlacesView(LocalCache& cache, QWidget* parent)
    : ListPage(new FreePlacesModel(cache), parent)
    , m_cache(cache)
{
    setUp();
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setAccessibleName(tr("Open places per municipality"));
    layout()->addWidget(m_totals);
    layout()->addWidget(buildActionBar());
    connect(this, &ListPage::recordSelected, this, [this](const QString&, const QString& id) { onSelected(id); });
    connect(model(), &ListModel::totalCountChanged, this, [this]() { m_totals->setText(places()->openPlacesText()); });
}

FreePlacesModel* FreePlacesView::places() const
{
    return static_cast<FreePlacesModel*>(model());
}

QWidget* FreePlacesView::buildActionBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(tr("&Add a place…"), bar);
    m_add->setToolTip(tr("A place an organiser reported by phone or mail"));
    m_edit = new QPushButton(tr("&Change…"), bar);
    m_withdraw = new QPushButton(tr("&Withdraw"), bar);
    m_withdraw->setToolTip(tr("The place is no longer free"));
    m_offer = new QPushButton(tr("&Offer to a family…"), bar);
    m_offer->setToolTip(tr("The open applications this place fits, best first"));
    m_allocate = new QPushButton(tr("&Joint allocation…"), bar);
    m_allocate->setObjectName(QStringLiteral("jointAllocation"));
    m_allocate->setToolTip(tr("Match the region's free places and open applications under the priority rules"));
    m_rules = new QPushButton(tr("&Priority rules…"), bar);
    m_rules->setToolTip(tr("Who comes first, in plain words"));
    m_note = new QLabel(bar);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Result of the last action"));
    for (QPushButton* button : {m_add, m_edit, m_withdraw, m_offer})
        row->addWidget(button);
    row->addWidget(m_note, 1);
    row->addWidget(m_allocate);
    row->addWidget(m_rules);
    for (QPushButton* button : {m_edit, m_withdraw, m_offer})
        button->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &FreePlacesView::askAdd);
    connect(m_edit, &QPushButton::clicked, this, &FreePlacesView::askChange);
    connect(m_withdraw, &QPushButton::clicked, this, &FreePlacesView::withdrawSelected);
    connect(m_offer, &QPushButton::clicked, this, [this]() { emit offerRequested(m_selected); });
    connect(m_allocate, &QPushButton::clicked, this, &FreePlacesView::allocationRequested);
    connect(m_rules, &QPushButton::clicked, this, &FreePlacesView::rulesRequested);
    return bar;
}

void FreePlacesView::setAccount(const AccountInfo& account)
{
    // The server refuses anyone else; the button says so before anyone tries.
    const bool may = account.role == QLatin1String("coordinator") || account.role == QLatin1String("admin");
    m_allocate->setEnabled(may);
    m_allocate->setToolTip(may ? tr("Match the region's free places and open applications under the priority rules")
                               : tr("Only a coordinator or an administrator runs the joint allocation."));
}

void FreePlacesView::onSelected(const QString& id)
{
    m_selected = id;
    const QString status =
        RecordQuery(m_cache).row(QStringLiteral("free_places"), id).value(QLatin1String("status")).toString();
    m_edit->setEnabled(!id.isEmpty());
    m_withdraw->setEnabled(status == QLatin1String("open") || status == QLatin1String("reserved"));
    m_offer->setEnabled(status == QLatin1String("open"));
    m_note->clear();
}

void FreePlacesView::askAdd()
{
    FreePlaceDialog dialog(m_cache, QJsonObject(), this);
    if (dialog.exec() == QDialog::Accepted)
        addPlace(dialog.values());
}

void FreePlacesView::askChange()
{
    FreePlaceDialog dialog(m_cache, RecordQuery(m_cache).row(QStringLiteral("free_places"), m_selected), this);
    if (dialog.exec() == QDialog::Accepted)
        changeSelected(dialog.values());
}

bool FreePlacesView::addPlace(const QJsonObject& values)
{
    QString error, id;
    if (!FreePlaceActions(m_cache).add(values, &id, &error)) {
        m_note->setText(error);
        return false;
    }
    done(tr("Place added; it goes to the server with the next sync."));
    return true;
}

bool FreePlacesView::changeSelected(const QJsonObject& values)
{
    QString error;
    if (m_selected.isEmpty() || !FreePlaceActions(m_cache).update(m_selected, values, &error)) {
        m_note->setText(error.isEmpty() ? tr("Choose a place first.") : error);
        return false;
    }
    done(tr("Place changed."));
    return true;
}

bool FreePlacesView::withdrawSelected()
{
    QString error;
    if (m_selected.isEmpty() || !FreePlaceActions(m_cache).withdraw(m_selected, &error)) {
        m_note->setText(error.isEmpty() ? tr("Choose a place first.") : error);
        return false;
    }
    done(tr("Place withdrawn."));
    return true;
}

void FreePlacesView::done(const QString& text)
{
    refresh();
    onSelected(m_selected);
    m_note->setText(text);
    emit placeChanged();
}

QString FreePlacesView::printTitle() const
{
    return tr("Free places");
}

QString FreePlacesView::countText(int total) const
{
    return tr("%Ln reported place(s)", nullptr, total);
}

QString FreePlacesView::searchPlaceholder() const
{
    return tr("Location, organiser or municipality… (Ctrl+F)");
}

QString FreePlacesView::searchToolTip() const
{
    return tr("Find the places of a location by its name, its organiser or its municipality.");
}

QStringList FreePlacesView::columnSamples() const
{
    // location, municipality, kind, from, ages, days, count, status, offers, updated
    return {QStringLiteral("Kinderdagverblijf De Kleine Reus"),
            QStringLiteral("Sint-Katelijne-Waver"),
            longest({DisplayFormat::locationKind(QStringLiteral("group")),
                     DisplayFormat::locationKind(QStringLiteral("family"))}),
            QStringLiteral("00-00-0000"),
            DisplayFormat::ageBand(48, 48),
            DisplayFormat::daysShort({{QStringLiteral("mon"), QStringLiteral("half")},
                                      {QStringLiteral("tue"), QStringLiteral("half")},
                                      {QStringLiteral("wed"), QStringLiteral("half")},
                                      {QStringLiteral("thu"), QStringLiteral("half")},
                                      {QStringLiteral("fri"), QStringLiteral("half")}}),
            QStringLiteral("000"),
            FreePlacesModel::toConfirmText(DisplayFormat::placeStatus(QStringLiteral("open"))),
            QStringLiteral("000"),
            QStringLiteral("00-00-0000"),
            QStringLiteral("Lotte Van Damme")};
}

QString FreePlacesView::exportName() const
{
    //: Start of the suggested file name of an export; lower case, no spaces.
    return tr("free-places");
}

FilterBar::Fields FreePlacesView::filterFields() const
{
    return FilterBar::PlaceStatus | FilterBar::Municipality | FilterBar::Kind | FilterBar::StartBetween |
           FilterBar::ChildAge;
}
