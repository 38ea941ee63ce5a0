#include "FieldMessage.h"

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
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
