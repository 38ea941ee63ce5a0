#include "dashboard/DashboardView.h"

#include "common/DisplayFormat.h"
#include "dashboard/ChartCard.h"
#include "dashboard/DashboardCharts.h"
#include "domain/RegionCatalog.h"
#include "protocol/AccountInfo.h"
#include "report/PeriodReportExport.h"
#include "store/cache/LocalCache.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

DashboardView::DashboardView(LocalCache& cache, const AccountInfo& account, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_region(new QComboBox(this))
    , m_municipality(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_asOf(new QLabel(this))
    , m_emergency(new QLabel(this))
{
    buildFilters(account);
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    for (int i = 0; i < DashboardCharts::count(); ++i) {
        auto* card = new ChartCard(this);
        connect(card, &ChartCard::drillRequested, this, [this](const ListFilter& f) { emit applicationsRequested(f); });
        grid->addWidget(card, i / 2, i % 2);
        m_cards.append(card);
    }
    auto* content = new QWidget(this);
    content->setLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(scroll, 1);
}

void DashboardView::buildFilters(const AccountInfo& account)
{
    QStringList regions = account.regionIds;
    if (account.role == QLatin1String("admin")) {
        regions.clear();
        for (const Region& r : RegionCatalog::regions())
            regions.append(r.id);
    }
    if (regions.size() > 1)
        m_region->addItem(tr("All my regions"), regions.join(QLatin1Char(',')));
    for (const QString& id : qAsConst(regions)) {
        const Region* region = RegionCatalog::find(id);
        m_region->addItem(region ? region->name : id, id);
    }
    m_region->setAccessibleName(tr("Region"));
    m_region->setVisible(regions.size() > 1); // one region: nothing to choose
    m_municipality->setAccessibleName(tr("Municipality"));
    fillMunicipalities();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("Until"));
    setPeriodPreset(12);
    auto* report = new QPushButton(tr("Report…"), this);
    report->setToolTip(tr("The period report for the agency: per child, small counts hidden, as PDF or CSV"));
    connect(report, &QPushButton::clicked, this, &DashboardView::askReport);
    auto* last12 = new QPushButton(tr("Last 12 months"), this);
    auto* thisYear = new QPushButton(tr("This year"), this);
    connect(last12, &QPushButton::clicked, this, [this]() { setPeriodPreset(12); });
    connect(thisYear, &QPushButton::clicked, this, [this]() { setPeriodPreset(0); });
    connect(m_region, qOverload<int>(&QComboBox::currentIndexChanged), this, [this]() {
        fillMunicipalities();
        refresh();
    });
    connect(m_municipality, qOverload<int>(&QComboBox::currentIndexChanged), this, &DashboardView::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardView::refresh);
    auto* row = new QHBoxLayout;
    row->addWidget(m_region);
    row->addWidget(m_municipality);
    row->addWidget(new QLabel(tr("Filed from"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("until"), this));
    row->addWidget(m_to);
    row->addWidget(last12);
    row->addWidget(thisYear);
    row->addWidget(report);
    row->addStretch(1);
    row->addWidget(m_asOf);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    QFont bigger = m_emergency->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_emergency->setFont(bigger);
    layout->addWidget(m_emergency);
}

void DashboardView::fillMunicipalities()
{
    const QSignalBlocker block(m_municipality);
    const QString kept = m_municipality->currentData().toString();
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"), QString());
    QStringList names;
    for (const QString& id : m_region->currentData().toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const Region* region = RegionCatalog::find(id)) {
            for (const Municipality& m : region->municipalities)
                names.append(m.name);
        }
    }
    names.sort();
    for (const QString& name : qAsConst(names))
        m_municipality->addItem(name, name);
    const int at = m_municipality->findData(kept);
    m_municipality->setCurrentIndex(at >= 0 ? at : 0);
}

void DashboardView::setPeriodPreset(int months)
{
    const QDate today = QDate::currentDate();
    {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        // Twelve whole months back (this month included), or the calendar year so far.
        m_from->setDate(months > 0 ? QDate(today.year(), today.month(), 1).addMonths(1 - months)
                                   : QDate(today.year(), 1, 1));
        m_to->setDate(today);
    }
    refresh();
}

DashboardFilter DashboardView::filter() const
{
    return {m_region->currentData().toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
            m_municipality->currentData().toString(), m_from->date(), m_to->date()};
}

void DashboardView::setFilter(const DashboardFilter& f)
{
    {
        const QSignalBlocker blocks[] = {QSignalBlocker(m_region), QSignalBlocker(m_municipality),
                                         QSignalBlocker(m_from), QSignalBlocker(m_to)};
        const int region = m_region->findData(f.regionIds.join(QLatin1Char(',')));
        if (region >= 0)
            m_region->setCurrentIndex(region);
        fillMunicipalities();
        m_municipality->setCurrentIndex(qMax(0, m_municipality->findData(f.municipality)));
        m_from->setDate(f.from);
        m_to->setDate(f.to);
    }
    refresh();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardView::refresh()
{
    // Off screen the page waits: a sync in the background must not count charts nobody looks at.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDateTime synced = QDateTime::fromString(m_cache.state(QStringLiteral("last_sync_at")), Qt::ISODate);
    m_asOf->setText(synced.isValid() ? tr("Data as of %1").arg(DisplayFormat::time(synced)) : tr("Nothing synced yet"));
    const DashboardFilter f = filter();
    DashboardFigures::All all;
    if (f.from > f.to) {
        m_emergency->setText(tr("The period ends before it starts: choose an earlier start date."));
        return;
    }
    if (!DashboardFigures(m_cache).compute(f, QDate::currentDate(), &all, &m_error)) {
        m_emergency->setText(tr("The figures could not be read from this computer's copy of the data."));
        return;
    }
    const auto count = [](qint64 n) {
        return n < 5 ? tr("< 5") : QLocale().toString(n);
    };
    m_emergency->setText(tr("On the emergency list now: %1 families, %2 of them overdue for a call back.")
                             .arg(count(all.emergency.open), count(all.emergency.overdue)));
    const QVector<ChartData> charts = DashboardCharts::make(all, f);
    for (int i = 0; i < charts.size() && i < m_cards.size(); ++i)
        m_cards.at(i)->setData(charts.at(i));
}

bool DashboardView::writeReport(const QString& path, QString* error)
{
    const DashboardFilter f = filter();
    if (f.from > f.to) {
        *error = tr("The period ends before it starts: choose an earlier start date.");
        return false;
    }
    const auto format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? PeriodReportExport::Format::Csv
                                                                                  : PeriodReportExport::Format::Pdf;
    int figures = 0;
    return PeriodReportExport::write(m_cache, f.regionIds, f.from, f.to, format, path, &figures, error);
}

void DashboardView::askReport()
{
    const DashboardFilter f = filter();
    const QString name =
        QStringLiteral("report-%1-%2-%3.pdf")
            .arg(f.regionIds.join(QLatin1Char('-')), f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Period report"), name,
                                                      tr("PDF document (*.pdf);;CSV file for the agency (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeReport(path, &error))
        QMessageBox::warning(this, tr("Period report"), error);
}
