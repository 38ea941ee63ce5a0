#include "MessagesView.h"

#include "MessagesModel.h"
#include "common/DisplayFormat.h"
#include "store/records/MessageActions.h"
#include "store/records/RecordQuery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>

MessagesView::MessagesView(LocalCache& cache, QWidget* parent)
    : ListPage(new MessagesModel(cache), parent)
    , m_cache(cache)
{
    setUp();
    layout()->addWidget(buildActionBar());
    connect(this, &ListPage::recordSelected, this, [this](const QString&, const QString& id) { onSelected(id); });
}

QWidget* MessagesView::buildActionBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_resend = new QPushButton(tr("Send &again"), bar);
    m_resend->setToolTip(tr("Queue the selected message again, for instance after the parent's e-mail address was "
                            "corrected"));
    m_resend->setEnabled(false);
    m_note = new QLabel(bar);
    m_note->setAccessibleName(tr("Result of the last action"));
    connect(m_resend, &QPushButton::clicked, this, &MessagesView::resendSelected);
    row->addWidget(m_resend);
    row->addWidget(m_note, 1);
    return bar;
}

void MessagesView::onSelected(const QString& id)
{
    m_selected = id;
    const QJsonObject message = RecordQuery(m_cache).row(QStringLiteral("messages"), id);
    const QString status = message.value(QLatin1String("status")).toString();
    m_resend->setEnabled(MessageActions::canResend(status));
    const QString parentId = message.value(QLatin1String("parent_id")).toString();
    if (!parentId.isEmpty())
        emit parentSelected(parentId);
    m_note->setText(status == QLatin1String("failed")
                        ? tr("Not delivered: %1").arg(message.value(QLatin1String("error")).toString())
                        : QString());
}

bool MessagesView::resendSelected()
{
    QString error;
    if (m_selected.isEmpty() || !MessageActions(m_cache).resend(m_selected, &error)) {
        m_note->setText(error.isEmpty() ? tr("Choose a message first.") : error);
        return false;
    }
    m_resend->setEnabled(false);
    m_note->setText(tr("Queued again; it goes out with the next sync."));
    refresh();
    emit messageQueued();
    return true;
}

QString MessagesView::printTitle() const
{
    return tr("Messages to parents");
}

QString MessagesView::countText(int total) const
{
    return tr("%Ln message(s)", nullptr, total);
}

QString MessagesView::searchPlaceholder() const
{
    return tr("Parent's name, phone or e-mail… (Ctrl+F)");
}

QString MessagesView::searchToolTip() const
{
    return tr("Find the messages to a parent by name (accents optional), phone, e-mail or postcode.");
}

QStringList MessagesView::columnSamples() const
{
    // when, parent, application, subject, kind, language, delivery, reason
    return {QStringLiteral("00-00-0000 00:00"),
            QStringLiteral("Van de Velde, Olivia"),
            QStringLiteral("ANT-2026-000000"),
            QStringLiteral("Uw aanvraag kinderopvang ANT-2026-000000"),
            longest({DisplayFormat::messageTemplate(QStringLiteral("application_cancelled")),
                     DisplayFormat::messageTemplate(QStringLiteral("offer_expiring"))}),
            QStringLiteral("NL"),
            longest({DisplayFormat::messageStatus(QStringLiteral("queued")),
                     DisplayFormat::messageStatus(QStringLiteral("failed"))}),
            QStringLiteral("550 …")}; // the whole reason shows below the list and as a tooltip
}

QString MessagesView::exportName() const
{
    //: Start of the suggested file name of an export; lower case, no spaces.
    return tr("messages");
}

FilterBar::Fields MessagesView::filterFields() const
{
    return FilterBar::MessageStatus | FilterBar::Municipality | FilterBar::Language;
}
