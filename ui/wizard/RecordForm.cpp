#include "RecordForm.h"

#include "FieldMessage.h"
#include "domain/NationalNumber.h"

#include <QLineEdit>
#include <QVBoxLayout>

RecordForm::RecordForm(QWidget* parent)
    : QWidget(parent)
{
    connect(this, &RecordForm::changed, this, [this]() { m_touched = m_touched || !m_filling; });
}

void RecordForm::setOriginal(const QJsonObject& row)
{
    m_original = row;
    m_filling = true;
    setValues(row);
    validate();
    m_filling = false;
    m_touched = false;
}

QWidget* RecordForm::withMessage(QWidget* field, FieldMessage* message)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

void RecordForm::chainTabOrder(const QList<QWidget*>& widgets)
{
    for (int i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

QString RecordForm::nationalNumberProblem(const QString& typed)
{
    const QString nn = typed.trimmed();
    if (nn.isEmpty() || NationalNumber::isValid(nn))
        return QString();
    if (NationalNumber::normalize(nn).size() != 11)
        return tr("A national number has 11 digits.");
    return tr("This national number does not exist: check the digits.");
}

QLineEdit* RecordForm::addLine(const QString& name, const QString& accessible)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    connect(edit, &QLineEdit::textChanged, this, [this]() { validate(); });
    return edit;
}
