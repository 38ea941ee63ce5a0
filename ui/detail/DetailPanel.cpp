#include "DetailPanel.h"

#include "messages/ComposeMessageDialog.h"
#include "store/records/MessageActions.h"

#include "AssignDialog.h"
#include "EditRecordDialog.h"
#include "NoteDialog.h"
#include "PositionHtml.h"
#include "RecordHtml.h"
#include "StatusChangeDialog.h"
#include "common/UiLanguage.h"
#include "emergency/EmergencyEntryDialog.h"
#include "offers/OfferDialog.h"
#include "store/records/ApplicationActions.h"
#include "store/records/ApplicationPosition.h"
#include "store/records/EmergencyActions.h"
#include "store/records/OfferActions.h"
#include "store/records/RecordQuery.h"

#include <QAction>
#include <QDesktopServices>
#include <QGridLayout>
#include <QMessageBox>
#include <QPointer>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

DetailPanel::DetailPanel(LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_actionBar(new QWidget(this))
    , m_browser(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_browser, 1);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Details"));
    m_browser->document()->setDefaultStyleSheet(styleSheet());
    m_browser->document()->setDocumentMargin(14);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPanel::followLink);
    buildActions();
    clear();
}

QString DetailPanel::styleSheet()
{
    return QStringLiteral("h2 { font-size: large; margin-bottom: 0; } "
                          "h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; color: #37474f; } "
                          "td.label { color: #546e7a; padding-right: 12px; } "
                          ".kind { color: #546e7a; margin-top: 0; } "
                          ".explain, .none { color: #546e7a; } "
                          ".error { color: #b71c1c; } .pending { color: #8d6e00; } "
                          "a { color: #1565c0; text-decoration: none; }");
}

QAction* DetailPanel::makeAction(const QString& text, const QKeySequence& keys, void (DetailPanel::*slot)())
{
    auto* action = new QAction(text, this);
    action->setShortcut(keys);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                                     keys.toString(QKeySequence::NativeText)));
    addAction(action); // the shortcut works wherever focus is in the window, as long as the panel shows
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void DetailPanel::buildActions()
{
    m_changeState =
        makeAction(tr("Change &state…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &DetailPanel::changeState);
    m_assign = makeAction(tr("&Assign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &DetailPanel::assign);
    m_assignToMe =
        makeAction(tr("Assign to &me"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &DetailPanel::assignToMe);
    m_addNote = makeAction(tr("Add &note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &DetailPanel::addNote);
    m_writeMessage =
        makeAction(tr("&Write message…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), &DetailPanel::writeMessage);
    m_offer =
        makeAction(tr("&Offer a place…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &DetailPanel::offerPlace);
    m_emergency = makeAction(tr("Put on the &emergency list…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                             &DetailPanel::putOnEmergencyList);
    m_edit = makeAction(tr("&Edit…"), QKeySequence(Qt::Key_F2), &DetailPanel::editRecord);
    auto* grid = new QGridLayout(m_actionBar);
    grid->setContentsMargins(8, 8, 8, 4);
    grid->setSpacing(6);
    const QList<QAction*> actions{m_changeState,  m_assign, m_assignToMe, m_addNote,
                                  m_writeMessage, m_edit,   m_offer,      m_emergency};
    for (int i = 0; i < actions.size(); ++i) {
        auto* button = new QToolButton(m_actionBar);
        button->setDefaultAction(actions.at(i));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setAccessibleName(actions.at(i)->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
        if (actions.at(i) == m_offer || actions.at(i) == m_emergency)
            grid->addWidget(button, actions.at(i) == m_offer ? 3 : 4, 0, 1, 2); // long labels: a row of their own
        else
            grid->addWidget(button, i / 2, i % 2);
        if (actions.at(i) != m_writeMessage && actions.at(i) != m_emergency && actions.at(i) != m_edit)
            m_applicationButtons.append(button);
    }
}

void DetailPanel::setAccount(const AccountInfo& account)
{
    m_account = account;
    updateActions();
}

void DetailPanel::setHistorySource(HistorySource source)
{
    m_history.setSource(std::move(source));
}

void DetailPanel::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (m_id.isEmpty())
        return;
    if (online)
        requestHistory();
    else
        m_history.forget();
    render();
}

void DetailPanel::showRecord(const QString& table, const QString& id)
{
    if (table != QLatin1String("parents") && table != QLatin1String("applications") &&
        table != QLatin1String("locations")) {
        clear();
        return;
    }
    const bool same = table == m_table && id == m_id;
    m_table = table;
    m_id = id;
    if (!same)
        m_history.reset();
    requestHistory();
    render();
    if (!same)
        m_browser->verticalScrollBar()->setValue(0);
}

void DetailPanel::requestHistory()
{
    if (m_table == QLatin1String("locations")) { // a location's history is read on the locations page
        m_history.forget();
        return;
    }
    m_history.request(m_table, m_id, m_online, this, [this]() { render(); });
}

void DetailPanel::render()
{
    const RecordQuery records(m_cache);
    const RecordHtml html(records);
    const bool isLocation = m_table == QLatin1String("locations");
    QString body = m_table == QLatin1String("parents") ? html.parent(m_id)
                   : isLocation                        ? html.location(m_id)
                                                       : html.application(m_id, positionSection());
    // A location's changes are the organiser's and the coordinator's business: no history section for it here.
    if (!isLocation && !records.row(m_table, m_id).isEmpty())
        body += m_history.html(records.pendingFor(m_table, m_id));
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(body);
    m_browser->verticalScrollBar()->setValue(scroll);
    updateActions();
}

QString DetailPanel::positionSection() const
{
    // From the cache alone, so it works offline; today's date bounds the last 12 months of placements.
    const ApplicationPosition position(m_cache);
    return PositionHtml::section(position.of(m_id, QDate::currentDate()), UiLanguage::code());
}

void DetailPanel::clear()
{
    m_history.forget();
    m_table.clear();
    m_id.clear();
    m_browser->setHtml(QStringLiteral("<p class='none'>%1</p>")
                           .arg(tr("Select an application or a parent to see the details here.").toHtmlEscaped()));
    updateActions();
}

void DetailPanel::refresh()
{
    if (!m_id.isEmpty())
        showRecord(m_table, m_id);
}

bool DetailPanel::mayAct() const
{
    // Follow-up is staff work: referrers file applications but do not handle them.
    return m_account.isValid() && m_account.role != QLatin1String("referrer");
}

void DetailPanel::updateActions()
{
    const QJsonObject app = m_table == QLatin1String("applications")
                                ? RecordQuery(m_cache).row(QStringLiteral("applications"), m_id)
                                : QJsonObject();
    const bool show = !app.isEmpty() && mayAct();
    const bool parentShown = m_table == QLatin1String("parents") && !m_id.isEmpty() && mayAct();
    m_actionBar->setVisible(show || parentShown);
    for (QToolButton* button : qAsConst(m_applicationButtons))
        button->setVisible(show);
    m_writeMessage->setEnabled(show || parentShown);
    m_edit->setEnabled(show || parentShown);
    const ApplicationStatus::State state = ApplicationStatus::fromString(str(app, "status"));
    m_changeState->setEnabled(show && !ApplicationStatus::allowedNext(state).isEmpty());
    m_assign->setEnabled(show);
    bool meAssignable = false;
    if (show) {
        const ApplicationActions actions(m_cache, m_account.id, m_account.displayName);
        for (const QJsonObject& a : actions.assignableAccounts(str(app, "region_id")))
            meAssignable = meAssignable || str(a, "id") == m_account.id;
    }
    m_assignToMe->setEnabled(meAssignable && str(app, "assigned_account_id") != m_account.id);
    m_addNote->setEnabled(show);
    m_offer->setEnabled(show && (state == ApplicationStatus::Submitted || state == ApplicationStatus::InReview));
    const QString forEmergency = (show || parentShown) ? emergencyApplication() : QString();
    m_emergency->setEnabled(!forEmergency.isEmpty());
    const bool onList =
        !forEmergency.isEmpty() &&
        !EmergencyActions(m_cache, m_account.id, m_account.displayName).openEntryOf(forEmergency).isEmpty();
    m_emergency->setText(onList ? tr("Show on the &emergency list") : tr("Put on the &emergency list…"));
}

namespace {

bool isOpenApplication(const QJsonObject& app)
{
    const ApplicationStatus::State state = ApplicationStatus::fromString(app.value(QLatin1String("status")).toString());
    return state != ApplicationStatus::Invalid && !ApplicationStatus::isFinal(state);
}

} // namespace

QString DetailPanel::emergencyApplication() const
{
    const RecordQuery records(m_cache);
    if (m_table == QLatin1String("applications")) {
        const QJsonObject app = records.row(QStringLiteral("applications"), m_id);
        return isOpenApplication(app) ? m_id : QString();
    }
    QString only;
    for (const QJsonObject& app :
         records.rowsWhere(QStringLiteral("applications"), QStringLiteral("parent_id"), m_id)) {
        if (!isOpenApplication(app))
            continue;
        if (!only.isEmpty())
            return QString(); // which one is for the person to choose, in the application's own detail
        only = str(app, "id");
    }
    return only;
}

void DetailPanel::editRecord()
{
    if (m_id.isEmpty() || !m_edit->isEnabled())
        return;
    auto* dialog = new EditRecordDialog(m_cache, m_table, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() { afterWrite(true, QString()); });
    dialog->open();
}

void DetailPanel::offerPlace()
{
    if (m_id.isEmpty() || !m_offer->isEnabled())
        return;
    auto* dialog = new OfferDialog(m_cache, OfferDialog::From::Application, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() { afterWrite(true, QString()); });
    dialog->open();
}

void DetailPanel::putOnEmergencyList()
{
    const QString applicationId = emergencyApplication();
    if (applicationId.isEmpty() || !m_emergency->isEnabled())
        return;
    EmergencyActions actions(m_cache, m_account.id, m_account.displayName);
    const QJsonObject open = actions.openEntryOf(applicationId);
    if (!open.isEmpty()) {
        emit emergencyEntryRequested(str(open, "id"));
        return;
    }
    const QJsonObject app = RecordQuery(m_cache).row(QStringLiteral("applications"), applicationId);
    auto* dialog = new EmergencyEntryDialog(applicationId, tr("Application %1").arg(str(app, "number")),
                                            QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        EmergencyActions write(m_cache, m_account.id, m_account.displayName);
        QString error, id;
        afterWrite(write.add(dialog->entry(), &id, &error), error);
    });
    dialog->open();
}

void DetailPanel::changeState()
{
    const QJsonObject app = RecordQuery(m_cache).row(QStringLiteral("applications"), m_id);
    if (app.isEmpty() || !m_changeState->isEnabled())
        return;
    auto* dialog = new StatusChangeDialog(ApplicationStatus::fromString(str(app, "status")), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id]() {
        ApplicationActions actions(m_cache, m_account.id, m_account.displayName);
        QString error;
        afterWrite(actions.changeStatus(id, dialog->target(), dialog->reason(), dialog->detail(), &error), error);
    });
    dialog->open();
}

void DetailPanel::assign()
{
    const QJsonObject app = RecordQuery(m_cache).row(QStringLiteral("applications"), m_id);
    if (app.isEmpty() || !m_assign->isEnabled())
        return;
    const ApplicationActions actions(m_cache, m_account.id, m_account.displayName);
    auto* dialog =
        new AssignDialog(actions.assignableAccounts(str(app, "region_id")), str(app, "assigned_account_id"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id]() {
        ApplicationActions write(m_cache, m_account.id, m_account.displayName);
        QString error;
        afterWrite(write.assign(id, dialog->accountId(), &error), error);
    });
    dialog->open();
}

void DetailPanel::assignToMe()
{
    if (m_id.isEmpty() || !m_assignToMe->isEnabled())
        return;
    ApplicationActions actions(m_cache, m_account.id, m_account.displayName);
    QString error;
    afterWrite(actions.assign(m_id, m_account.id, &error), error);
}

void DetailPanel::addNote()
{
    if (m_id.isEmpty() || !m_addNote->isEnabled())
        return;
    auto* dialog = new NoteDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id]() {
        ApplicationActions actions(m_cache, m_account.id, m_account.displayName);
        QString error;
        afterWrite(actions.addNote(id, dialog->text(), &error), error);
    });
    dialog->open();
}

void DetailPanel::writeMessage()
{
    if (m_id.isEmpty() || !m_writeMessage->isEnabled())
        return;
    const bool application = m_table == QLatin1String("applications");
    const QString parentId =
        application ? str(RecordQuery(m_cache).row(QStringLiteral("applications"), m_id), "parent_id") : m_id;
    auto* dialog = new ComposeMessageDialog(m_cache, parentId, application ? m_id : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() { afterWrite(true, QString()); });
    dialog->open();
}

void DetailPanel::resendMessage(const QString& id)
{
    QString error;
    afterWrite(MessageActions(m_cache).resend(id, &error), error);
}

void DetailPanel::afterWrite(bool ok, const QString& error)
{
    if (!ok) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    render();
    emit changed();
}

QString DetailPanel::html() const
{
    return m_browser->toHtml();
}

QString DetailPanel::plainText() const
{
    return m_browser->toPlainText();
}

void DetailPanel::followLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QString path = url.path(); // "parents/<id>"
    const QString table = path.section(QLatin1Char('/'), 0, 0);
    const QString id = path.section(QLatin1Char('/'), 1);
    if (url.scheme() == QLatin1String("resend") && table == QLatin1String("messages") && !id.isEmpty()) {
        resendMessage(id);
        return;
    }
    if (url.scheme() == QLatin1String("answer") && table == QLatin1String("offers") && mayAct()) {
        // "answer:offers/<id>/accepted": the family's answer, as the counter heard it.
        QString error;
        afterWrite(OfferActions(m_cache).recordAnswer(id.section(QLatin1Char('/'), 0, 0),
                                                      id.section(QLatin1Char('/'), 1), &error),
                   error);
        return;
    }
    if (url.scheme() != QLatin1String("record") || id.isEmpty())
        return;
    showRecord(table, id);
    emit recordRequested(table, id);
}
