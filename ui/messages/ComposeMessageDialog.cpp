#include "ComposeMessageDialog.h"

#include "common/DisplayFormat.h"
#include "domain/MessageTemplates.h"
#include "store/records/MessageActions.h"
#include "store/records/MessageContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ComposeMessageDialog::ComposeMessageDialog(LocalCache& cache, const QString& parentId, const QString& applicationId,
                                           QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_parentId(parentId)
    , m_applicationId(applicationId)
    , m_template(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Message to the parent"));
    m_template->setAccessibleName(tr("Template"));
    m_language->setAccessibleName(tr("Language of the message"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setAccessibleName(tr("Text of the message"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumSize(560, 280);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("Te&xt:"), m_body);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    fillTemplates();
    fillLanguages();
    connect(m_template, &QComboBox::currentIndexChanged, this, &ComposeMessageDialog::applyTemplate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ComposeMessageDialog::applyTemplate);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposeMessageDialog::updateSendButton);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposeMessageDialog::updateSendButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComposeMessageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ComposeMessageDialog::reject);
    applyTemplate();
}

void ComposeMessageDialog::fillTemplates()
{
    m_template->addItem(DisplayFormat::messageTemplate(QString()), QString());
    for (const QString& name : MessageTemplates::names())
        m_template->addItem(DisplayFormat::messageTemplate(name), name);
    // A message about an application most often starts from where it stands now.
    m_template->setCurrentIndex(m_applicationId.isEmpty() ? 0 : m_template->findData(QStringLiteral("state_changed")));
}

void ComposeMessageDialog::fillLanguages()
{
    const MessageRows rows = MessageContext::rows(m_cache, m_parentId, QString());
    for (const QString& language : MessageTemplates::languages())
        m_language->addItem(QLocale(language).nativeLanguageName(), language);
    const QString parentLanguage =
        MessageTemplates::languageFor(rows.parent.value(QLatin1String("language")).toString());
    m_language->setCurrentIndex(qMax(0, m_language->findData(parentLanguage)));
}

void ComposeMessageDialog::applyTemplate()
{
    const QString name = m_template->currentData().toString();
    m_problem->hide();
    if (name.isEmpty()) {
        updateSendButton();
        return; // an own message: keep what was typed
    }
    const QString language = m_language->currentData().toString();
    RenderedMessage message;
    QString error;
    const MessageRows rows = MessageContext::rows(m_cache, m_parentId, m_applicationId);
    if (!MessageTemplates::render(name, language, MessageValues::build(rows, language), &message, &error)) {
        m_subject->clear();
        m_body->clear();
        showProblem(tr("This template cannot be filled in for this parent (%1). Choose another one or write your "
                       "own message.")
                        .arg(error));
        return;
    }
    m_subject->setText(message.subject);
    m_body->setPlainText(message.body);
    updateSendButton();
}

void ComposeMessageDialog::updateSendButton()
{
    const bool complete = !m_subject->text().trimmed().isEmpty() && !m_body->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void ComposeMessageDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
    updateSendButton();
}

void ComposeMessageDialog::accept()
{
    MessageActions::Draft draft{m_parentId,
                                m_applicationId,
                                m_language->currentData().toString(),
                                m_template->currentData().toString(),
                                m_subject->text(),
                                m_body->toPlainText()};
    QString error;
    m_messageId = MessageActions(m_cache).queue(draft, &error);
    if (m_messageId.isEmpty()) {
        showProblem(error);
        return; // nothing written: the worker can fix it or cancel
    }
    QDialog::accept();
}
