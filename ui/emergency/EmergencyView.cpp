#include "EmergencyView.h"

#include "EmergencyModel.h"
#include "FollowUpDialog.h"
#include "ResolveEntryDialog.h"
#include "common/DisplayFormat.h"
#include "store/records/EmergencyActions.h"
#include "store/records/RecordQuery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>

EmergencyView::EmergencyView(LocalCache& cache, QWidget* parent)
    : ListPage(new EmergencyModel(cache), parent)
    , m_cache(cache)
{
    setUp();
    layout()->addWidget(buildActionBar());
    connect(this, &ListPage::recordSelected, this, [this](const QString&, const QString& id) { onSelected(id); });
}

EmergencyModel* EmergencyView::entries() const
{
    return static_cast<EmergencyModel*>(model());
}

void EmergencyView::setAuthor(const QString& id, const QString& name)
{
    m_authorId = id;
    m_authorName = name;
}

QWidget* EmergencyView::buildActionBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_followUp = new QPushButton(tr("&Log a follow-up…"), bar);
    m_followUp->setToolTip(tr("Write down a call or visit and when to call back"));
    m_resolve = new QPushButton(tr("&Take off the list…"), bar);
    m_resolve->setToolTip(tr("The family found a place, or no longer needs one"));
    m_note = new QLabel(bar);
    m_note->setAccessibleName(tr("Result of the last action"));
    m_note->setWordWrap(true);
    for (QPushButton* button : {m_followUp, m_resolve}) {
        button->setEnabled(false);
        row->addWidget(button);
    }
    row->addWidget(m_note, 1);
    connect(m_followUp, &QPushButton::clicked, this, &EmergencyView::askFollowUp);
    connect(m_resolve, &QPushButton::clicked, this, &EmergencyView::askResolve);
    return bar;
}

void EmergencyView::onSelected(const QString& id)
{
    m_selected = id;
    const QJsonObject entry = RecordQuery(m_cache).row(QStringLiteral("emergency_entries"), id);
    const bool open = entry.value(QLatin1String("status")).toString() == QLatin1String("open");
    m_followUp->setEnabled(open);
    m_resolve->setEnabled(open);
    m_note->clear();
    const QString applicationId = entry.value(QLatin1String("application_id")).toString();
    if (!applicationId.isEmpty())
        emit applicationSelected(applicationId);
}

void EmergencyView::askFollowUp()
{
    const QJsonObject entry = RecordQuery(m_cache).row(QStringLiteral("emergency_entries"), m_selected);
    const QDate current = QDate::fromString(entry.value(QLatin1String("follow_up_on")).toString(), Qt::ISODate);
    FollowUpDialog dialog(entries()->today(), current, this);
    if (dialog.exec() == QDialog::Accepted)
        logFollowUp(dialog.agreed(), dialog.next());
}

void EmergencyView::askResolve()
{
    ResolveEntryDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        resolveSelected(dialog.resolution(), dialog.note());
}

bool EmergencyView::logFollowUp(const QString& agreed, const QDate& next)
{
    QString error;
    if (m_selected.isEmpty()) {
        m_note->setText(tr("Choose an entry first."));
        return false;
    }
    if (!EmergencyActions(m_cache, m_authorId, m_authorName).logFollowUp(m_selected, agreed, next, &error)) {
        m_note->setText(error);
        return false;
    }
    done(tr("Follow-up saved; next call on %1.").arg(DisplayFormat::date(next.toString(Qt::ISODate))));
    return true;
}

bool EmergencyView::resolveSelected(const QString& resolution, const QString& note)
{
    QString error;
    if (m_selected.isEmpty()) {
        m_note->setText(tr("Choose an entry first."));
        return false;
    }
    if (!EmergencyActions(m_cache, m_authorId, m_authorName).resolve(m_selected, resolution, note, &error)) {
        m_note->setText(error);
        return false;
    }
    m_followUp->setEnabled(false);
    m_resolve->setEnabled(false);
    done(tr("Taken off the emergency list: %1.").arg(DisplayFormat::resolution(resolution)));
    return true;
}

void EmergencyView::done(const QString& text)
{
    m_note->setText(text);
    refresh();
    emit entryChanged();
}

QString EmergencyView::printTitle() const
{
    return tr("Emergency list");
}

QString EmergencyView::countText(int total) const
{
    // Short: it shares the top row with the search field and the buttons, in every language.
    QStringList parts{tr("%Ln on the list", nullptr, total)};
    const EmergencyListQuery::DueCounts due = entries()->dueCounts();
    if (due.overdue > 0)
        parts.append(tr("%Ln overdue", nullptr, due.overdue));
    if (due.today > 0)
        //: Families to call back today.
        parts.append(tr("%Ln today", nullptr, due.today));
    return parts.join(QStringLiteral(" · "));
}

QString EmergencyView::searchPlaceholder() const
{
    return tr("Parent's name, phone or e-mail… (Ctrl+F)");
}

QString EmergencyView::searchToolTip() const
{
    return tr("Find a family on the list by the parent's name (accents optional), phone, e-mail or postcode.");
}

QStringList EmergencyView::columnSamples() const
{
    // urgency, follow-up, parent, child, application, state, municipality, reason, offer
    return {longest({DisplayFormat::urgency(1), DisplayFormat::urgency(2)}),
            EmergencyModel::overdueText(QStringLiteral("00-00-0000")) + QStringLiteral("00"), // bold takes more room
            QStringLiteral("Van de Velde, Olivia"),
            QStringLiteral("Noor Van de Velde"),
            QStringLiteral("ANT-2026-000000"),
            longest({DisplayFormat::statusLabel(QStringLiteral("in_review")),
                     DisplayFormat::statusLabel(QStringLiteral("submitted"))}),
            QStringLiteral("Sint-Katelijne-Waver"),
            longest({DisplayFormat::emergencyReason(QStringLiteral("work_start")),
                     DisplayFormat::emergencyReason(QStringLiteral("medical"))}),
            longest({DisplayFormat::offerStatus(QStringLiteral("sent")),
                     DisplayFormat::offerStatus(QStringLiteral("accepted"))})};
}

QString EmergencyView::exportName() const
{
    //: Start of the suggested file name of an export; lower case, no spaces.
    return tr("emergency-list");
}

FilterBar::Fields EmergencyView::filterFields() const
{
    return FilterBar::Municipality | FilterBar::Urgency | FilterBar::Reason | FilterBar::FollowUp | FilterBar::Offer |
           FilterBar::AssignedToMe;
}
