#include "NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NoteDialog::NoteDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a note"));
    auto* label = new QLabel(tr("&Note (your name and the time are added):"), this);
    label->setBuddy(m_text);
    m_text->setAccessibleName(tr("Note"));
    m_text->setTabChangesFocus(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    auto enableOk = [this]() {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, enableOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    enableOk();
    resize(440, 240);
}

QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void NoteDialog::accept()
{
    if (!text().isEmpty())
        QDialog::accept();
}
