#include "PriorityForm.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

PriorityForm::PriorityForm(QWidget* parent)
    : RecordForm(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    addCriterion(QStringLiteral("work_or_training"), tr("The parents work or follow a training"),
                 tr("Each parent in the family works, looks for work with a plan agreed with VDAB, or follows a "
                    "course or training."));
    addCriterion(QStringLiteral("single_parent"), tr("Single parent"),
                 tr("The child lives with only one parent, who brings up the child alone."));
    addCriterion(QStringLiteral("low_income"), tr("Low income"),
                 tr("The family's income is low: for example the parent receives an increased allowance, a living "
                    "wage or an income below the limit for the lowest price."));
    addCriterion(QStringLiteral("foster_child"), tr("Foster child"),
                 tr("The child is placed in a foster family, and this family applies."));
    m_sibling = new QCheckBox(tr("A brother or sister already goes there"), this);
    m_sibling->setObjectName(QStringLiteral("siblings"));
    auto* siblingHelp = new QLabel(tr("Tick the locations a brother or sister already goes to; brothers and "
                                      "sisters are kept together where possible."),
                                   this);
    siblingHelp->setWordWrap(true);
    siblingHelp->setIndent(24);
    m_siblingLocations = new QListWidget(this);
    m_siblingLocations->setObjectName(QStringLiteral("siblingLocations"));
    m_siblingLocations->setAccessibleName(tr("Locations a brother or sister goes to"));
    m_siblingLocations->setMaximumHeight(110);
    m_siblingLocations->setEnabled(false);
    m_layout->addWidget(m_sibling);
    m_layout->addWidget(siblingHelp);
    m_layout->addWidget(m_siblingLocations);
    addCriterion(QStringLiteral("social_reasons"), tr("Social reasons"),
                 tr("There are social or pedagogical reasons why the child needs childcare, for example a situation "
                    "that social services or Kind en Gezin follow up."));
    m_sworn = new QCheckBox(tr("The parent declared on their honour that the ticked situations are true (sworn "
                               "statement, verklaring op eer)"),
                            this);
    m_sworn->setObjectName(QStringLiteral("swornStatement"));
    m_sworn->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_layout->addSpacing(8);
    m_layout->addWidget(m_sworn);
    m_layout->addStretch(1);
    connect(m_sibling, &QCheckBox::toggled, m_siblingLocations, &QWidget::setEnabled);
    connect(m_sibling, &QCheckBox::toggled, this, &PriorityForm::changed);
    connect(m_siblingLocations, &QListWidget::itemChanged, this, &PriorityForm::changed);
    connect(m_sworn, &QCheckBox::toggled, this, &PriorityForm::changed);
}

QStringList PriorityForm::flagKeys()
{
    return {QStringLiteral("work_or_training"), QStringLiteral("single_parent"), QStringLiteral("low_income"),
            QStringLiteral("foster_child"), QStringLiteral("social_reasons")};
}

void PriorityForm::addCriterion(const QString& key, const QString& label, const QString& explanation)
{
    auto* box = new QCheckBox(label, this);
    box->setObjectName(key);
    box->setAccessibleDescription(explanation);
    auto* help = new QLabel(explanation, this);
    help->setWordWrap(true);
    help->setIndent(24);
    m_layout->addWidget(box);
    m_layout->addWidget(help);
    m_flags.insert(key, box);
    connect(box, &QCheckBox::toggled, this, &PriorityForm::changed);
}

void PriorityForm::setLocations(const QVector<LocationChoice>& locations)
{
    const QStringList ticked = siblingLocationIds(); // kept when the step is set up again
    const QSignalBlocker quiet(m_siblingLocations);
    m_siblingLocations->clear();
    for (const LocationChoice& l : locations) {
        auto* item = new QListWidgetItem(l.name, m_siblingLocations);
        item->setData(Qt::UserRole, l.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(l.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList PriorityForm::siblingLocationIds() const
{
    QStringList ids;
    for (int i = 0; i < m_siblingLocations->count(); ++i) {
        if (m_siblingLocations->item(i)->checkState() == Qt::Checked)
            ids.append(m_siblingLocations->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

bool PriorityForm::anyClaimed() const
{
    for (const QCheckBox* box : m_flags) {
        if (box->isChecked())
            return true;
    }
    return m_sibling->isChecked();
}

QString PriorityForm::problem() const
{
    if (m_sibling->isChecked() && siblingLocationIds().isEmpty())
        return tr("Tick the location a brother or sister goes to, or untick that criterion.");
    if (anyClaimed() && !m_sworn->isChecked())
        return tr("The parent's sworn statement is needed for the situations ticked: tick it once the parent has "
                  "declared them true.");
    return QString();
}

QJsonObject PriorityForm::priority() const
{
    QJsonObject out;
    for (const QString& key : flagKeys())
        out.insert(key, m_flags.value(key)->isChecked());
    out.insert(QStringLiteral("sibling_location_ids"),
               QJsonArray::fromStringList(m_sibling->isChecked() ? siblingLocationIds() : QStringList()));
    if (anyClaimed() && m_sworn->isChecked())
        out.insert(QStringLiteral("sworn_statement"), true);
    return out;
}

QStringList PriorityForm::claimedTexts() const
{
    QStringList out;
    for (const QString& key : flagKeys()) {
        if (m_flags.value(key)->isChecked())
            out.append(m_flags.value(key)->text());
    }
    if (m_sibling->isChecked()) {
        QStringList names;
        for (int i = 0; i < m_siblingLocations->count(); ++i) {
            if (m_siblingLocations->item(i)->checkState() == Qt::Checked)
                names.append(m_siblingLocations->item(i)->text());
        }
        out.append(tr("A brother or sister already goes to %1").arg(names.join(QStringLiteral(", "))));
    }
    return out;
}

QJsonObject PriorityForm::values() const
{
    return {{QStringLiteral("priority"), priority()}};
}

void PriorityForm::setValues(const QJsonObject& row)
{
    restore(row.value(QLatin1String("priority")).toObject());
}

void PriorityForm::validate()
{
    emit changed();
}

QJsonObject PriorityForm::typed() const
{
    QJsonObject s = priority();
    s.insert(QStringLiteral("sibling"), m_sibling->isChecked());
    s.insert(QStringLiteral("sibling_location_ids"), QJsonArray::fromStringList(siblingLocationIds()));
    s.insert(QStringLiteral("sworn_statement"), m_sworn->isChecked());
    return s;
}

void PriorityForm::restore(const QJsonObject& state)
{
    for (const QString& key : flagKeys()) {
        // Older records may hold social_reasons as a text: a text there means the criterion is claimed.
        const QJsonValue v = state.value(key);
        m_flags.value(key)->setChecked(v.isString() ? !v.toString().isEmpty() : v.toBool());
    }
    const QJsonArray siblings = state.value(QLatin1String("sibling_location_ids")).toArray();
    QStringList ids;
    for (const QJsonValue& v : siblings)
        ids.append(v.toString());
    m_sibling->setChecked(state.value(QLatin1String("sibling")).toBool() || !ids.isEmpty());
    for (int i = 0; i < m_siblingLocations->count(); ++i) {
        QListWidgetItem* item = m_siblingLocations->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_sworn->setChecked(state.value(QLatin1String("sworn_statement")).toBool());
}
