#include "ResolveEntryDialog.h"

#include "common/DisplayFormat.h"
#include "store/records/EmergencyActions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ResolveEntryDialog::ResolveEntryDialog(QWidget* parent)
    : QDialog(parent)
    , m_resolution(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Take off the emergency list"));
    for (const QString& code : EmergencyActions::resolutions())
        m_resolution->addItem(DisplayFormat::resolution(code), code);
    m_note->setTabChangesFocus(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&How it ended:"), m_resolution);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 220);
}

QString ResolveEntryDialog::resolution() const
{
    return m_resolution->currentData().toString();
}

QString ResolveEntryDialog::note() const
{
    return m_note->toPlainText().trimmed();
}
