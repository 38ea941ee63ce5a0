#include "PreferencesPicker.h"

#include "FieldMessage.h"
#include "WizardText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PreferencesPicker::PreferencesPicker(LocalCache& cache, QWidget* parent)
    : RecordForm(parent)
    , m_cache(cache)
{
    auto* columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(buildAvailable(), 1);
    columns->addWidget(buildChosen(), 1);
}

QWidget* PreferencesPicker::buildAvailable()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QGridLayout;
    m_nameFilter = new QLineEdit(box);
    m_nameFilter->setObjectName(QStringLiteral("locationFilter"));
    m_nameFilter->setPlaceholderText(tr("Name"));
    m_nameFilter->setAccessibleName(tr("Filter locations by name"));
    m_nameFilter->setClearButtonEnabled(true);
    m_municipality = new QComboBox(box);
    m_municipality->setObjectName(QStringLiteral("locationMunicipality"));
    m_municipality->setAccessibleName(tr("Filter locations by municipality"));
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("locationKind"));
    m_kind->setAccessibleName(tr("Filter locations by kind"));
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(WizardText::kind(QStringLiteral("group")), QStringLiteral("group"));
    m_kind->addItem(WizardText::kind(QStringLiteral("family")), QStringLiteral("family"));
    m_order = new QComboBox(box);
    m_order->setObjectName(QStringLiteral("locationOrder"));
    m_order->setAccessibleName(tr("Order of the locations"));
    filters->addWidget(m_nameFilter, 0, 0);
    filters->addWidget(m_municipality, 0, 1);
    filters->addWidget(m_kind, 1, 0);
    filters->addWidget(m_order, 1, 1);
    m_available = new QListWidget(box);
    m_available->setObjectName(QStringLiteral("availableLocations"));
    m_available->setAccessibleName(tr("Locations to choose from"));
    m_available->setWordWrap(true);
    m_available->setAlternatingRowColors(true);
    m_add = new QPushButton(tr("&Add to the preferences"), box);
    m_add->setObjectName(QStringLiteral("addLocation"));
    layout->addWidget(new QLabel(tr("Published locations of the region:"), box));
    layout->addLayout(filters);
    layout->addWidget(m_available, 1);
    layout->addWidget(m_add);
    connect(m_nameFilter, &QLineEdit::textChanged, this, &PreferencesPicker::fillAvailable);
    connect(m_municipality, &QComboBox::currentIndexChanged, this, &PreferencesPicker::fillAvailable);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PreferencesPicker::fillAvailable);
    connect(m_order, &QComboBox::currentIndexChanged, this, &PreferencesPicker::fillAvailable);
    connect(m_add, &QPushButton::clicked, this, &PreferencesPicker::addSelected);
    m_available->installEventFilter(this);
    connect(m_available, &QListWidget::itemDoubleClicked, this, &PreferencesPicker::addSelected);
    return box;
}

QWidget* PreferencesPicker::buildChosen()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chosen = new QListWidget(box);
    m_chosen->setObjectName(QStringLiteral("chosenLocations"));
    m_chosen->setAccessibleName(tr("Chosen locations, most wanted first"));
    m_chosen->setWordWrap(true);
    m_chosen->setAlternatingRowColors(true);
    m_chosen->setDragDropMode(QAbstractItemView::InternalMove);
    m_chosen->setDefaultDropAction(Qt::MoveAction);
    m_up = new QPushButton(tr("U&p"), box);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down = new QPushButton(tr("Do&wn"), box);
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_remove = new QPushButton(tr("&Remove"), box);
    m_remove->setObjectName(QStringLiteral("removeLocation"));
    m_limit = new FieldMessage(box);
    m_limit->setObjectName(QStringLiteral("preferenceLimit"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(new QLabel(tr("The parent's preferences (drag to reorder):"), box));
    layout->addWidget(m_chosen, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_limit);
    connect(m_up, &QPushButton::clicked, this, [this]() { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { moveSelected(1); });
    connect(m_remove, &QPushButton::clicked, this, &PreferencesPicker::removeSelected);
    connect(m_chosen->model(), &QAbstractItemModel::rowsMoved, this, &PreferencesPicker::chosenChanged);
    return box;
}

bool PreferencesPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_available && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addSelected();
            return true;
        }
    }
    return RecordForm::eventFilter(watched, event);
}

void PreferencesPicker::load(const QString& regionId, const QString& postcode, const QString& municipality)
{
    m_postcode = postcode;
    m_homeMunicipality = municipality;
    const QString orderBefore = m_order->currentData().toString();
    {
        const QSignalBlocker quiet(m_order);
        m_order->clear();
        m_order->addItem(tr("By name"), QStringLiteral("name"));
        if (!postcode.isEmpty())
            m_order->addItem(tr("Nearest to %1 first").arg(postcode), QStringLiteral("nearest"));
        m_order->setCurrentIndex(qMax(0, m_order->findData(orderBefore)));
    }
    if (regionId != m_loadedRegion) {
        m_loadedRegion = regionId;
        m_locations = LocationFinder(m_cache).published(regionId);
        m_chosen->clear();
        const QSignalBlocker quiet(m_municipality);
        m_municipality->clear();
        m_municipality->addItem(tr("All municipalities"), QString());
        QStringList places;
        for (const LocationChoice& l : m_locations) {
            if (!places.contains(l.municipality))
                places.append(l.municipality);
        }
        places.sort(Qt::CaseInsensitive);
        for (const QString& p : places)
            m_municipality->addItem(p, p);
    }
    fillAvailable();
    chosenChanged();
}

void PreferencesPicker::fillAvailable()
{
    QVector<LocationChoice> ordered = m_locations;
    bool homeKnown = false;
    if (m_order->currentData().toString() == QLatin1String("nearest"))
        ordered = LocationFinder::nearestFirst(ordered, m_postcode, m_homeMunicipality, &homeKnown);
    m_available->clear();
    const QString name = m_nameFilter->text().trimmed();
    const QString place = m_municipality->currentData().toString();
    const QString kind = m_kind->currentData().toString();
    for (const LocationChoice& l : ordered) {
        if (!name.isEmpty() && !l.name.contains(name, Qt::CaseInsensitive))
            continue;
        if ((!place.isEmpty() && l.municipality != place) || (!kind.isEmpty() && l.kind != kind))
            continue;
        m_available->addItem(itemFor(l));
    }
    if (m_order->currentData().toString() == QLatin1String("nearest") && !homeKnown)
        m_available->setToolTip(tr("No location lies in this postcode or municipality, so the distance is unknown."));
    else
        m_available->setToolTip(QString());
    if (m_available->count() > 0)
        m_available->setCurrentRow(0);
}

QListWidgetItem* PreferencesPicker::itemFor(const LocationChoice& location) const
{
    // A location no longer published is known by id only: its name says so, without empty facts after it.
    auto* item = new QListWidgetItem(location.kind.isEmpty() ? location.name : WizardText::locationLine(location));
    item->setData(Qt::UserRole, location.id);
    item->setData(Qt::UserRole + 1, item->text());
    return item;
}

const LocationChoice* PreferencesPicker::find(const QString& id) const
{
    for (const LocationChoice& l : m_locations) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

bool PreferencesPicker::addLocation(const QString& id)
{
    const LocationChoice* location = find(id);
    if (!location || preferenceIds().contains(id))
        return false;
    if (m_chosen->count() >= kMaxPreferences) {
        m_limit->setProblem(tr("At most %1 locations can be chosen: remove one first.").arg(kMaxPreferences));
        return false;
    }
    m_chosen->addItem(itemFor(*location));
    m_chosen->setCurrentRow(m_chosen->count() - 1);
    chosenChanged();
    return true;
}

void PreferencesPicker::addSelected()
{
    if (QListWidgetItem* item = m_available->currentItem())
        addLocation(item->data(Qt::UserRole).toString());
}

void PreferencesPicker::moveSelected(int step)
{
    const int row = m_chosen->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_chosen->count())
        return;
    QListWidgetItem* item = m_chosen->takeItem(row);
    m_chosen->insertItem(to, item);
    m_chosen->setCurrentRow(to);
    chosenChanged();
}

void PreferencesPicker::removeSelected()
{
    delete m_chosen->takeItem(m_chosen->currentRow());
    chosenChanged();
}

void PreferencesPicker::chosenChanged()
{
    const int n = m_chosen->count();
    // The rank in front of each name, so the order of preference reads at a glance.
    for (int i = 0; i < n; ++i) {
        QListWidgetItem* item = m_chosen->item(i);
        item->setText(QStringLiteral("%1. %2").arg(i + 1).arg(item->data(Qt::UserRole + 1).toString()));
    }
    if (n > kMaxPreferences)
        m_limit->setProblem(
            tr("At most %1 locations can be chosen: remove %n.", "", n - kMaxPreferences).arg(kMaxPreferences));
    else if (n == kMaxPreferences)
        m_limit->setNote(tr("%1 locations chosen: that is the most an application can hold.").arg(n));
    else
        m_limit->setProblem(QString());
    m_add->setEnabled(n < kMaxPreferences);
    emit changed();
}

QString PreferencesPicker::problem() const
{
    if (m_chosen->count() == 0)
        return tr("Choose at least one location.");
    if (m_chosen->count() > kMaxPreferences)
        return tr("Choose at most %1 locations.").arg(kMaxPreferences);
    return QString();
}

QStringList PreferencesPicker::preferenceIds() const
{
    QStringList ids;
    for (int i = 0; i < m_chosen->count(); ++i)
        ids.append(m_chosen->item(i)->data(Qt::UserRole).toString());
    return ids;
}

QString PreferencesPicker::locationName(const QString& id) const
{
    const LocationChoice* l = find(id);
    return l ? l->name : tr("(a location no longer published)");
}

QJsonObject PreferencesPicker::values() const
{
    return {{QStringLiteral("preferences"), QJsonArray::fromStringList(preferenceIds())}};
}

void PreferencesPicker::setValues(const QJsonObject& row)
{
    m_chosen->clear();
    // A draft holds what was chosen, even more than allowed: it is shown, and the form says what to fix. A location
    // no longer published stays among a filed application's preferences until someone removes it.
    for (const QJsonValue& v : row.value(QLatin1String("preferences")).toArray()) {
        if (const LocationChoice* l = find(v.toString())) {
            m_chosen->addItem(itemFor(*l));
        } else if (isEditing()) {
            LocationChoice gone;
            gone.id = v.toString();
            gone.name = locationName(gone.id);
            m_chosen->addItem(itemFor(gone));
        }
    }
    chosenChanged();
}

QString PreferencesPicker::orderKey() const
{
    return m_order->currentData().toString();
}

void PreferencesPicker::setOrderKey(const QString& key)
{
    m_order->setCurrentIndex(qMax(0, m_order->findData(key)));
}

void PreferencesPicker::validate()
{
    chosenChanged();
}
