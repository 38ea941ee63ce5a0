#include "OfferDialog.h"

#include "common/DisplayFormat.h"
#include "store/records/OfferActions.h"
#include "store/records/RecordQuery.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kIdRole = Qt::UserRole;

QString priorityText(const QStringList& grounds)
{
    return grounds.isEmpty() ? QString() : OfferDialog::tr("%n priority ground(s)", nullptr, int(grounds.size()));
}

} // namespace

OfferDialog::OfferDialog(LocalCache& cache, From from, const QString& id, QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_from(from)
    , m_id(id)
    , m_table(new QTableWidget(this))
    , m_respondBy(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const RecordQuery records(cache);
    QString heading;
    if (from == From::Place) {
        const QJsonObject place = records.row(QStringLiteral("free_places"), id);
        const QJsonObject location =
            records.row(QStringLiteral("locations"), place.value(QLatin1String("location_id")).toString());
        setWindowTitle(tr("Offer this place"));
        heading = tr("%1, from %2: the open applications this place fits, best first (priority grounds, then the "
                     "emergency list, then the earliest submitted).")
                      .arg(location.value(QLatin1String("name")).toString(),
                           DisplayFormat::date(place.value(QLatin1String("available_from"))));
        fillFamilies(OfferCandidates(cache).forPlace(id));
    } else {
        const QJsonObject app = records.row(QStringLiteral("applications"), id);
        setWindowTitle(tr("Offer a place"));
        heading = tr("Application %1: the open places among the family's preferences that fit, soonest first.")
                      .arg(app.value(QLatin1String("number")).toString());
        fillPlaces(OfferCandidates(cache).forApplication(id));
    }
    auto* title = new QLabel(heading, this);
    title->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_respondBy->setCalendarPopup(true);
    m_respondBy->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_respondBy->setMinimumDate(QDate::currentDate().addDays(1));
    m_respondBy->setDate(OfferActions::defaultRespondBy(QDate::currentDate()));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto* offer = m_buttons->addButton(tr("&Offer"), QDialogButtonBox::AcceptRole);
    offer->setEnabled(false);
    auto* form = new QFormLayout;
    form->addRow(tr("&Answer by:"), m_respondBy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    if (candidateCount() == 0) {
        auto* none = new QLabel(from == From::Place ? tr("No open application fits this place.")
                                                    : tr("No open place fits this application."),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, offer]() { offer->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OfferDialog::onAccepted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 460);
}

int OfferDialog::candidateCount() const
{
    return m_table->rowCount();
}

void OfferDialog::fillFamilies(const QVector<OfferCandidates::Family>& families)
{
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Child"), tr("Parent"), tr("Application"), tr("Priority"), tr("Emergency list"), tr("Desired start")});
    m_table->setRowCount(int(families.size()));
    for (int r = 0; r < families.size(); ++r) {
        const OfferCandidates::Family& f = families.at(r);
        const QStringList cells{f.child,
                                f.parent,
                                f.number,
                                priorityText(f.priority),
                                f.onEmergencyList ? tr("yes") : QString(),
                                DisplayFormat::date(f.desiredStart)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(kIdRole, f.applicationId);
            m_table->setItem(r, c, item);
        }
    }
}

void OfferDialog::fillPlaces(const QVector<OfferCandidates::Place>& places)
{
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Location"), tr("Municipality"), tr("Available from"), tr("Ages"), tr("Places left")});
    m_table->setRowCount(int(places.size()));
    for (int r = 0; r < places.size(); ++r) {
        const OfferCandidates::Place& p = places.at(r);
        const QStringList cells{p.location, p.municipality, DisplayFormat::date(p.availableFrom),
                                DisplayFormat::ageBand(p.ageMin, p.ageMax), QString::number(p.free)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(kIdRole, p.freePlaceId);
            m_table->setItem(r, c, item);
        }
    }
}

bool OfferDialog::offerRow(int row)
{
    const QTableWidgetItem* item = m_table->item(row, 0);
    if (!item) {
        m_problem->setText(tr("Choose a family or a place first."));
        return false;
    }
    const QString chosen = item->data(kIdRole).toString();
    const QString applicationId = m_from == From::Place ? chosen : m_id;
    const QString placeId = m_from == From::Place ? m_id : chosen;
    QString error;
    if (!OfferActions(m_cache).offer(applicationId, placeId, m_respondBy->date(), &m_offerId, &error)) {
        m_problem->setText(error);
        return false;
    }
    return true;
}

void OfferDialog::onAccepted()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (!selected.isEmpty() && offerRow(selected.first()->row()))
        accept();
}
