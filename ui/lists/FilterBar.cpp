#include "FilterBar.h"

#include "ListModel.h"
#include "common/DisplayFormat.h"
#include "domain/AgeBand.h"
#include "domain/ApplicationStatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// A date edit at its minimum shows "any": the date is not part of the filter.
const QDate kUnsetDate(2000, 1, 1);
} // namespace

FilterBar::FilterBar(Fields fields, ListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_fields(fields)
    , m_model(model)
{
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    QHBoxLayout* row = newRow();
    if (fields & Status) {
        m_status = addCombo(row, tr("Filter by state"));
        fillStatus();
    } else if (fields & MessageStatus) {
        m_status = addCombo(row, tr("Filter by delivery"));
        fillMessageStatus();
    } else if (fields & PlaceStatus) {
        addChoice(row, PlaceStatus, &ListFilter::status, tr("Status"), tr("Every status"),
                  {{QStringLiteral("open"), DisplayFormat::placeStatus(QStringLiteral("open"))},
                   {QStringLiteral("reserved"), DisplayFormat::placeStatus(QStringLiteral("reserved"))},
                   {QStringLiteral("filled"), DisplayFormat::placeStatus(QStringLiteral("filled"))},
                   {QStringLiteral("withdrawn"), DisplayFormat::placeStatus(QStringLiteral("withdrawn"))}});
    }
    if (fields & Municipality)
        m_municipality = addCombo(row, tr("Filter by municipality"));
    addChoices(row, Urgency | Reason | Kind);
    if (fields & Location) {
        m_location = addCombo(row, tr("Filter by preferred location"));
        m_location->setToolTip(tr("Applications that have this location among their preferences"));
    }
    if (fields & Channel) {
        m_channel = addCombo(row, tr("Filter by channel"));
        fillChannels();
    }
    if (fields & Language)
        m_language = addCombo(row, tr("Filter by language"));
    if (fields & Priority)
        buildPriorityMenu(row);
    if (fields & AssignedToMe)
        m_assignedToMe = addCheck(row, tr("Assigned to &me"));
    QHBoxLayout* first = row;
    // The choices on the first row; the dates, the other tick boxes and "Clear filters" on the second (an
    // application's age and waiting on a third, a place's fit for a child's age too): so no row makes the window wider
    // than a laptop screen in any language (a list page hidden in the stack counts too).
    if (fields & (DesiredStart | Submitted | StartBetween | OpenApplication | EmergencyList | FollowUp | Offer))
        row = newRow();
    QHBoxLayout* second = row;
    addDateFields(row);
    addChoices(row, FollowUp | Offer);
    if (fields & OpenApplication)
        m_openApplication = addCheck(row, tr("With an &open application"));
    if (fields & (ChildAgeToday | Waiting)) {
        row = newRow();
        addChoices(row, ChildAgeToday);
        if (fields & Waiting) {
            m_openApplication = addCheck(row, tr("&Waiting for a place"));
            m_openApplication->setToolTip(tr("Submitted, in review or with a place offered"));
        }
    }
    if (fields & EmergencyList)
        m_emergency = addCheck(row, tr("On the e&mergency list"));
    if (fields & ChildAge) {
        row = newRow();
        addChildAge(row);
    }
    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setToolTip(tr("Show every record again: clears the search and all filters"));
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clearRequested);
    row->addWidget(m_clear);
    first->addStretch(1);
    if (second != first)
        second->addStretch(1);
    if (row != second)
        row->addStretch(1);
    refreshChoices();
}

void FilterBar::addDateFields(QHBoxLayout* row)
{
    const auto range = [&](const QString& label, const QString& fromName, const QString& toName, QDateEdit** from,
                           QDateEdit** to) {
        row->addWidget(new QLabel(label, this));
        *from = addDate(row, fromName);
        row->addWidget(new QLabel(tr("to"), this));
        *to = addDate(row, toName);
        row->addSpacing(12);
    };
    if (m_fields & DesiredStart)
        range(tr("Desired start"), tr("Desired start from"), tr("Desired start until"), &m_desiredFrom, &m_desiredTo);
    if (m_fields & Submitted)
        range(tr("Submitted"), tr("Submitted from"), tr("Submitted until"), &m_submittedFrom, &m_submittedTo);
    if (m_fields & StartBetween)
        range(tr("Available from"), tr("Available from, earliest"), tr("Available from, latest"), &m_startFrom,
              &m_startTo);
}

void FilterBar::addChildAge(QHBoxLayout* row)
{
    //: Filter of free places: places whose age band fits a child born on <date> on <date>.
    row->addWidget(new QLabel(tr("Fits a child born"), this));
    m_childBorn = addDate(row, tr("Child's birth date"));
    //: Filter of free places: the day the child's age is counted on.
    row->addWidget(new QLabel(tr("age on"), this));
    m_ageOn = addDate(row, tr("Day the child's age is taken on"));
    m_ageOn->setToolTip(tr("\"any\": the day the place is available from"));
}

void FilterBar::addChoices(QHBoxLayout* row, Fields which)
{
    const auto items = [](const QStringList& codes, QString (*text)(const QString&)) {
        QVector<QPair<QString, QString>> list;
        for (const QString& code : codes)
            list.append({code, text(code)});
        return list;
    };
    if (m_fields & which & Urgency) {
        QVector<QPair<QString, QString>> levels;
        for (int level = 1; level <= 3; ++level)
            levels.append({QString::number(level), DisplayFormat::urgency(level)});
        addChoice(row, Urgency, &ListFilter::urgency, tr("Urgency"), tr("Any urgency"), levels);
    }
    if (m_fields & which & Reason)
        addChoice(row, Reason, &ListFilter::reason, tr("Reason"), tr("Any reason"),
                  items(ListFilter::reasons(), &DisplayFormat::emergencyReason));
    if (m_fields & which & FollowUp)
        addChoice(row, FollowUp, &ListFilter::followUp, tr("Follow-up"), tr("Any follow-up day"),
                  {{QStringLiteral("overdue"), tr("Overdue")},
                   {QStringLiteral("today"), tr("Due today or overdue")},
                   {QStringLiteral("week"), tr("Due within a week")}});
    if (m_fields & which & Offer)
        addChoice(
            row, Offer, &ListFilter::offer, tr("Offer"), tr("With or without an offer"),
            {{QStringLiteral("with"), tr("With an offer out")}, {QStringLiteral("without"), tr("Without an offer")}});
    if (m_fields & which & ChildAgeToday)
        addChoice(row, ChildAgeToday, &ListFilter::ageBand, tr("Age"), tr("Any age"),
                  items(AgeBand::all(), &DisplayFormat::childAge));
    if (m_fields & which & Kind)
        addChoice(row, Kind, &ListFilter::kind, tr("Kind"), tr("Every kind of care"),
                  items(ListFilter::kinds(), &DisplayFormat::locationKind));
}

void FilterBar::addChoice(QHBoxLayout* row, Field field, QString ListFilter::*member, const QString& label,
                          const QString& anyText, const QVector<QPair<QString, QString>>& items)
{
    QComboBox* box = addCombo(row, tr("Filter by %1").arg(label.toLower()));
    box->addItem(anyText, QString());
    for (const auto& item : items)
        box->addItem(item.second, item.first);
    m_choices.append({field, member, label, box});
}

QComboBox* FilterBar::choiceBox(Field field) const
{
    for (const Choice& choice : m_choices) {
        if (choice.field == field)
            return choice.box;
    }
    return nullptr;
}

QHBoxLayout* FilterBar::newRow()
{
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    return row;
}

QComboBox* FilterBar::addCombo(QHBoxLayout* row, const QString& accessibleName)
{
    auto* box = new QComboBox(this);
    box->setAccessibleName(accessibleName);
    // Wide enough for common values; a long location name is shown whole in the open list.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::announce);
    row->addWidget(box);
    return box;
}

QDateEdit* FilterBar::addDate(QHBoxLayout* row, const QString& accessibleName)
{
    auto* edit = new QDateEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kUnsetDate);
    edit->setSpecialValueText(tr("any"));
    edit->setDate(kUnsetDate);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    // The size hint fits a date only; "any" is longer in some languages ("om het even", "indifférent").
    const QFontMetrics metrics(edit->font());
    const int extra =
        metrics.horizontalAdvance(edit->specialValueText()) - metrics.horizontalAdvance(QStringLiteral("00-00-0000"));
    if (extra > 0)
        edit->setMinimumWidth(edit->sizeHint().width() + extra + metrics.averageCharWidth());
    edit->setToolTip(tr("Type or pick a day; Delete sets it back to \"any\""));
    edit->installEventFilter(this);
    connect(edit, &QDateEdit::dateChanged, this, &FilterBar::announce);
    row->addWidget(edit);
    return edit;
}

QCheckBox* FilterBar::addCheck(QHBoxLayout* row, const QString& text)
{
    auto* box = new QCheckBox(text, this);
    connect(box, &QCheckBox::toggled, this, &FilterBar::announce);
    row->addWidget(box);
    return box;
}

void FilterBar::buildPriorityMenu(QHBoxLayout* row)
{
    m_priority = new QToolButton(this);
    m_priority->setAccessibleName(tr("Filter by priority"));
    m_priority->setToolTip(tr("Applications with all the ticked priority grounds"));
    m_priority->setPopupMode(QToolButton::InstantPopup);
    m_priorityMenu = new QMenu(m_priority);
    for (const QString& flag : ListFilter::priorityFlags()) {
        QAction* action = m_priorityMenu->addAction(DisplayFormat::priorityGround(flag));
        action->setCheckable(true);
        action->setData(flag);
        connect(action, &QAction::toggled, this, [this]() {
            updatePriorityText();
            announce();
        });
    }
    m_priority->setMenu(m_priorityMenu);
    updatePriorityText();
    row->addWidget(m_priority);
}

void FilterBar::updatePriorityText()
{
    int ticked = 0;
    for (const QAction* action : m_priorityMenu->actions())
        ticked += action->isChecked() ? 1 : 0;
    m_priority->setText(ticked == 0 ? tr("Any priority") : tr("Priority (%n)", nullptr, ticked));
}

// A date edit showing "any" holds the year 2000: typing a day there would start from that. The first digit
// typed starts from today instead, with the day selected so the digits fill it; Delete goes back to "any".
bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    auto* edit = qobject_cast<QDateEdit*>(watched);
    if (edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && edit->date() != kUnsetDate) {
            edit->setDate(kUnsetDate);
            return true;
        }
        if (edit->date() == kUnsetDate && !key->text().isEmpty() && key->text().at(0).isDigit()) {
            const QSignalBlocker block(edit);
            edit->setDate(QDate::currentDate());
            edit->setSelectedSection(QDateTimeEdit::DaySection);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::fillStatus()
{
    m_status->addItem(tr("All states"), QString());
    for (const QString& name : ApplicationStatus::allNames())
        m_status->addItem(DisplayFormat::statusLabel(name), name);
}

void FilterBar::fillMessageStatus()
{
    m_status->addItem(tr("Sent or not"), QString());
    for (const char* name : {"queued", "sent", "failed"}) {
        const QString code = QString::fromLatin1(name);
        m_status->addItem(DisplayFormat::messageStatus(code), code);
    }
}

QString FilterBar::statusText(const QString& status) const
{
    return m_fields & MessageStatus ? DisplayFormat::messageStatus(status) : DisplayFormat::statusLabel(status);
}

void FilterBar::fillChannels()
{
    m_channel->addItem(tr("All channels"), QString());
    for (const char* name : {"online", "counter", "referrer", "phone"}) {
        const QString code = QString::fromLatin1(name);
        m_channel->addItem(DisplayFormat::channel(code), code);
    }
}

void FilterBar::refreshChoices()
{
    const ListFilter current = filter();
    m_showing = true;
    if (m_municipality) {
        m_municipality->clear();
        m_municipality->addItem(tr("All municipalities"), QString());
        for (const QString& name : m_model->municipalities())
            m_municipality->addItem(name, name);
    }
    if (m_location) {
        m_location->clear();
        m_location->addItem(tr("Any location"), QString());
        for (const auto& location : m_model->locations())
            m_location->addItem(location.second, location.first);
    }
    if (m_language) {
        m_language->clear();
        m_language->addItem(tr("All languages"), QString());
        for (const QString& code : m_model->languages())
            m_language->addItem(DisplayFormat::languageName(code), code);
    }
    m_showing = false;
    setFilter(current);
    // Each box fits at least its "all …" item in full, in every language ("Toutes les communes"), and not a
    // pixel more: the two rows decide how narrow the window can be.
    for (QComboBox* box : findChildren<QComboBox*>()) {
        const QFontMetrics metrics(box->font());
        const int room = box->minimumContentsLength() * metrics.horizontalAdvance(QLatin1Char('x'));
        box->setMinimumWidth(0);
        const int extra = metrics.horizontalAdvance(box->itemText(0)) - room;
        if (extra > 0)
            box->setMinimumWidth(box->minimumSizeHint().width() + extra);
    }
}

void FilterBar::selectData(QComboBox* box, const QString& value)
{
    if (!box)
        return;
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QDate FilterBar::dateOf(const QDateEdit* edit)
{
    return edit && edit->date() != kUnsetDate ? edit->date() : QDate();
}

void FilterBar::setDate(QDateEdit* edit, const QDate& date)
{
    if (edit)
        edit->setDate(date.isValid() && date > kUnsetDate ? date : kUnsetDate);
}

void FilterBar::setFilter(const ListFilter& filter)
{
    m_showing = true;
    selectData(m_status, filter.status);
    selectData(m_municipality, filter.municipality);
    selectData(m_location, filter.location);
    selectData(m_channel, filter.channel);
    selectData(m_language, filter.language);
    if (m_priorityMenu) {
        for (QAction* action : m_priorityMenu->actions())
            action->setChecked(filter.priority.contains(action->data().toString()));
        updatePriorityText();
    }
    setDate(m_desiredFrom, filter.desiredFrom);
    setDate(m_desiredTo, filter.desiredTo);
    setDate(m_submittedFrom, filter.submittedFrom);
    setDate(m_submittedTo, filter.submittedTo);
    setDate(m_childBorn, filter.childBorn);
    setDate(m_ageOn, filter.ageOn);
    setDate(m_startFrom, filter.startFrom);
    setDate(m_startTo, filter.startTo);
    for (const Choice& choice : m_choices)
        selectData(choice.box, filter.*choice.member);
    if (m_assignedToMe)
        m_assignedToMe->setChecked(filter.assignedToMe);
    if (m_emergency)
        m_emergency->setChecked(filter.onEmergencyList);
    if (m_openApplication)
        m_openApplication->setChecked(filter.hasOpenApplication);
    m_showing = false;
}

ListFilter FilterBar::filter() const
{
    ListFilter f;
    const auto value = [](const QComboBox* box) {
        return box ? box->currentData().toString() : QString();
    };
    f.status = value(m_status);
    f.municipality = value(m_municipality);
    f.location = value(m_location);
    f.channel = value(m_channel);
    f.language = value(m_language);
    if (m_priorityMenu) {
        for (const QAction* action : m_priorityMenu->actions()) {
            if (action->isChecked())
                f.priority.append(action->data().toString());
        }
    }
    f.desiredFrom = dateOf(m_desiredFrom);
    f.desiredTo = dateOf(m_desiredTo);
    f.submittedFrom = dateOf(m_submittedFrom);
    f.submittedTo = dateOf(m_submittedTo);
    f.childBorn = dateOf(m_childBorn);
    f.ageOn = dateOf(m_ageOn);
    f.startFrom = dateOf(m_startFrom);
    f.startTo = dateOf(m_startTo);
    for (const Choice& choice : m_choices)
        f.*choice.member = value(choice.box);
    f.assignedToMe = m_assignedToMe && m_assignedToMe->isChecked();
    f.onEmergencyList = m_emergency && m_emergency->isChecked();
    f.hasOpenApplication = m_openApplication && m_openApplication->isChecked();
    return f;
}

void FilterBar::announce()
{
    if (!m_showing)
        emit filterEdited(filter());
}

QString FilterBar::describe(const ListFilter& f) const
{
    QStringList parts;
    const auto text = [](const QComboBox* box, const QString& value) {
        const int index = box ? box->findData(value) : -1;
        return index < 0 ? value : box->itemText(index);
    };
    const auto range = [](const QDate& from, const QDate& to) {
        const QString a = from.isValid() ? DisplayFormat::date(from.toString(Qt::ISODate)) : QStringLiteral("…");
        const QString b = to.isValid() ? DisplayFormat::date(to.toString(Qt::ISODate)) : QStringLiteral("…");
        return QStringLiteral("%1 – %2").arg(a, b);
    };
    if (!f.search.isEmpty())
        parts << tr("Search: %1").arg(f.search);
    if (!f.status.isEmpty() && !(m_fields & PlaceStatus))
        parts << tr("State: %1").arg(statusText(f.status));
    if (!f.municipality.isEmpty())
        parts << tr("Municipality: %1").arg(f.municipality);
    if (!f.location.isEmpty())
        parts << tr("Preferred location: %1").arg(text(m_location, f.location));
    if (!f.channel.isEmpty())
        parts << tr("Channel: %1").arg(DisplayFormat::channel(f.channel));
    if (!f.language.isEmpty())
        parts << tr("Language: %1").arg(DisplayFormat::languageName(f.language));
    QStringList grounds;
    for (const QString& flag : f.priority)
        grounds << DisplayFormat::priorityGround(flag);
    if (!grounds.isEmpty())
        parts << tr("Priority: %1").arg(grounds.join(QStringLiteral(", ")));
    if (f.desiredFrom.isValid() || f.desiredTo.isValid())
        parts << tr("Desired start: %1").arg(range(f.desiredFrom, f.desiredTo));
    if (f.submittedFrom.isValid() || f.submittedTo.isValid())
        parts << tr("Submitted: %1").arg(range(f.submittedFrom, f.submittedTo));
    for (const Choice& choice : m_choices) {
        if (!(f.*choice.member).isEmpty())
            parts << tr("%1: %2").arg(choice.label, text(choice.box, f.*choice.member));
    }
    if (f.startFrom.isValid() || f.startTo.isValid())
        parts << tr("Available from: %1").arg(range(f.startFrom, f.startTo));
    if (f.childBorn.isValid())
        parts << (f.ageOn.isValid()
                      ? tr("Fits a child born %1, age on %2")
                            .arg(DisplayFormat::date(f.childBorn.toString(Qt::ISODate)),
                                 DisplayFormat::date(f.ageOn.toString(Qt::ISODate)))
                      : tr("Fits a child born %1").arg(DisplayFormat::date(f.childBorn.toString(Qt::ISODate))));
    if (f.assignedToMe)
        parts << tr("Assigned to me");
    if (f.hasOpenApplication)
        parts << ((m_fields & Waiting) ? tr("Waiting for a place") : tr("With an open application"));
    if (f.onEmergencyList)
        parts << tr("On the emergency list");
    return parts.isEmpty() ? tr("No filters: every record") : parts.join(QStringLiteral(" · "));
}
