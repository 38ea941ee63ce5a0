#include "FieldMessage.h"

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Hidden while the field is fine, but its room stays reserved: a message that comes and goes as the person
    // types must not make the fields below it jump. Two lines: the reasons are short, but the fields narrow.
    setMinimumHeight(2 * fontMetrics().lineSpacing());
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setVisible(false);
}

void FieldMessage::setProblem(const QString& text)
{
    m_problem = !text.isEmpty();
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setText(text);
    setVisible(m_problem);
}

void FieldMessage::setNote(const QString& text)
{
    m_problem = false;
    setStyleSheet(QString());
    setText(text);
    setVisible(!text.isEmpty());
}
