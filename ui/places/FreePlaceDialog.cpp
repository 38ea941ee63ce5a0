#include "FreePlaceDialog.h"

#include "common/DisplayFormat.h"
#include "domain/RegionCatalog.h"
#include "domain/Uuid.h"
#include "store/records/FreePlaceActions.h"
#include "store/records/RecordQuery.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QStringList kWeekdays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                            QStringLiteral("fri")};

QSpinBox* monthsBox(QWidget* parent, int value)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, 48);
    box->setSuffix(FreePlaceDialog::tr(" months"));
    box->setValue(value);
    return box;
}

} // namespace

FreePlaceDialog::FreePlaceDialog(LocalCache& cache, const QJsonObject& existing, QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_existing(existing)
    , m_location(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_ageMin(monthsBox(this, 0))
    , m_ageMax(monthsBox(this, 36))
    , m_count(new QSpinBox(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing.isEmpty() ? tr("Add a free place") : tr("Change a free place"));
    QVector<QJsonObject> locations = RecordQuery(cache).allRows(QStringLiteral("locations"));
    std::sort(locations.begin(), locations.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("name")).toString().localeAwareCompare(b.value(QLatin1String("name")).toString()) <
               0;
    });
    m_location->addItem(tr("Choose a location…"), QString());
    for (const QJsonObject& l : locations)
        m_location->addItem(QStringLiteral("%1 — %2").arg(l.value(QLatin1String("name")).toString(),
                                                          l.value(QLatin1String("municipality")).toString()),
                            l.value(QLatin1String("id")).toString());
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_from->setDate(QDate::currentDate());
    m_count->setRange(1, 100);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto* ages = new QHBoxLayout;
    ages->addWidget(m_ageMin);
    ages->addWidget(new QLabel(tr("to"), this));
    ages->addWidget(m_ageMax);
    ages->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Available &from:"), m_from);
    auto* agesLabel = new QLabel(tr("&Ages:"), this);
    agesLabel->setBuddy(m_ageMin); // a row that is a layout gets no buddy from the form itself
    form->addRow(agesLabel, ages);
    form->addRow(tr("&Days:"), buildDays());
    form->addRow(tr("&Number of places:"), m_count);
    if (!existing.isEmpty()) {
        m_status = new QComboBox(this);
        for (const char* code : {"open", "reserved", "filled", "withdrawn"})
            m_status->addItem(DisplayFormat::placeStatus(QString::fromLatin1(code)), QString::fromLatin1(code));
        form->addRow(tr("&Status:"), m_status);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!existing.isEmpty())
        show(existing);
    for (QComboBox* box : findChildren<QComboBox*>())
        connect(box, &QComboBox::currentIndexChanged, this, &FreePlaceDialog::check);
    for (QSpinBox* box : {m_ageMin, m_ageMax, m_count})
        connect(box, &QSpinBox::valueChanged, this, &FreePlaceDialog::check);
    connect(m_from, &QDateEdit::dateChanged, this, &FreePlaceDialog::check);
    check();
}

QWidget* FreePlaceDialog::buildDays()
{
    auto* days = new QWidget(this);
    auto* grid = new QGridLayout(days);
    grid->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int d = 0; d < kWeekdays.size(); ++d) {
        auto* box = new QComboBox(days);
        box->addItem(QStringLiteral("—"), QString());
        box->addItem(tr("full day"), QStringLiteral("full"));
        box->addItem(tr("half day"), QStringLiteral("half"));
        box->setCurrentIndex(1);
        box->setAccessibleName(locale.dayName(d + 1));
        grid->addWidget(new QLabel(locale.dayName(d + 1, QLocale::ShortFormat), days), 0, d);
        grid->addWidget(box, 1, d);
        m_days.append(box);
    }
    return days;
}

void FreePlaceDialog::show(const QJsonObject& place)
{
    m_location->setCurrentIndex(qMax(0, m_location->findData(place.value(QLatin1String("location_id")).toString())));
    m_from->setDate(QDate::fromString(place.value(QLatin1String("available_from")).toString(), Qt::ISODate));
    m_ageMin->setValue(place.value(QLatin1String("age_min_months")).toInt());
    m_ageMax->setValue(place.value(QLatin1String("age_max_months")).toInt());
    m_count->setValue(place.value(QLatin1String("count")).toInt(1));
    const QJsonObject days = place.value(QLatin1String("days")).toObject();
    for (int d = 0; d < kWeekdays.size(); ++d)
        m_days.at(d)->setCurrentIndex(qMax(0, m_days.at(d)->findData(days.value(kWeekdays.at(d)).toString())));
    m_status->setCurrentIndex(qMax(0, m_status->findData(place.value(QLatin1String("status")).toString())));
}

QJsonObject FreePlaceDialog::values() const
{
    QJsonObject days;
    for (int d = 0; d < kWeekdays.size(); ++d) {
        const QString kind = m_days.at(d)->currentData().toString();
        if (!kind.isEmpty())
            days.insert(kWeekdays.at(d), kind);
    }
    QJsonObject v{{QStringLiteral("location_id"), m_location->currentData().toString()},
                  {QStringLiteral("available_from"), m_from->date().toString(Qt::ISODate)},
                  {QStringLiteral("age_min_months"), m_ageMin->value()},
                  {QStringLiteral("age_max_months"), m_ageMax->value()},
                  {QStringLiteral("days"), days},
                  {QStringLiteral("count"), m_count->value()}};
    if (m_status)
        v.insert(QStringLiteral("status"), m_status->currentData().toString());
    return v;
}

void FreePlaceDialog::check()
{
    QJsonObject row = m_existing;
    const QJsonObject v = values();
    if (row.isEmpty()) { // a new place: id, region and status as FreePlaceActions::add() will give them
        const QJsonObject location =
            RecordQuery(m_cache).row(QStringLiteral("locations"), v.value(QLatin1String("location_id")).toString());
        const QString region = location.value(QLatin1String("region_id")).toString();
        row = {{QStringLiteral("id"), Uuid::v7()},
               {QStringLiteral("region_id"), region.isEmpty() ? RegionCatalog::regions().first().id : region},
               {QStringLiteral("status"), QStringLiteral("open")}};
    }
    for (auto it = v.begin(); it != v.end(); ++it)
        row.insert(it.key(), it.value());
    const QString problems = FreePlaceActions(m_cache).problems(row);
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}
