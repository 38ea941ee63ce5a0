#include "RowEditDialog.h"

#include "FieldText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString kErrorStyle = QStringLiteral("color: #b71c1c;");
} // namespace

RowEditDialog::RowEditDialog(const QString& table, const QJsonObject& row, Checker checker, QWidget* parent)
    : QDialog(parent)
    , m_table(table)
    , m_checker(std::move(checker))
    , m_intro(new QLabel(this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rowEditDialog"));
    m_intro->setWordWrap(true);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(kErrorStyle);
    m_general->setAccessibleName(tr("Problems"));
    // A record has a dozen fields at most, so the form shows them all without scrolling.
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 6, 0, 6);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString& field : FieldText::shownFields(table))
        addField(form, field, row);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(fields);
    layout->addStretch(1);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    validate();
}

void RowEditDialog::addField(QFormLayout* form, const QString& field, const QJsonObject& row)
{
    const QJsonValue value = row.value(field);
    if (!FieldText::isTypable(m_table, field)) {
        // Choices and structured values are kept as they are; shown so the person recognises the record.
        const QString text = FieldText::value(field, value);
        if (!text.isEmpty())
            form->addRow(FieldText::label(field), new QLabel(text, form->parentWidget()));
        return;
    }
    auto* box = new QWidget(form->parentWidget());
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    // Phones as people write them; FieldText::fromText turns them back into the international form.
    const QString text = field == QLatin1String("phone") ? FieldText::value(field, value) : FieldText::toText(value);
    auto* edit = new QLineEdit(text, box);
    edit->setObjectName(field);
    edit->setAccessibleName(FieldText::label(field));
    edit->setPlaceholderText(FieldText::hint(field));
    auto* error = new QLabel(box);
    error->setStyleSheet(kErrorStyle);
    error->setWordWrap(true);
    error->hide();
    column->addWidget(edit);
    column->addWidget(error);
    form->addRow(FieldText::label(field), box);
    m_editors.insert(field, edit);
    m_errors.insert(field, error);
    connect(edit, &QLineEdit::textChanged, this, &RowEditDialog::validate);
}

void RowEditDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
}

void RowEditDialog::setAcceptText(const QString& text)
{
    acceptButton()->setText(text);
}

QPushButton* RowEditDialog::acceptButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QJsonObject RowEditDialog::values() const
{
    QJsonObject values;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        values.insert(it.key(), FieldText::fromText(m_table, it.key(), it.value()->text()));
    return values;
}

void RowEditDialog::validate()
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const FieldError& e : m_checker(values())) {
        if (m_errors.contains(e.field))
            byField[e.field].append(e.message);
        else
            general.append(tr("%1 %2", "field label, problem").arg(FieldText::label(e.field), e.message));
    }
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QStringList messages = byField.value(it.key());
        const QString label = FieldText::label(it.key());
        QStringList lines;
        for (const QString& m : messages)
            lines.append(tr("%1 %2", "field label, problem").arg(label, m));
        it.value()->setText(lines.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    acceptButton()->setEnabled(byField.isEmpty() && general.isEmpty());
}

QString RowEditDialog::problemsText() const
{
    QStringList all;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        if (!it.value()->text().isEmpty())
            all.append(it.value()->text());
    }
    if (!m_general->text().isEmpty())
        all.append(m_general->text());
    return all.join(QStringLiteral("; "));
}
