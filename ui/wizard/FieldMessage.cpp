#include "FieldMessage.h"

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setTextFormat(Qt::PlainText);
    setVisible(false);
}

void FieldMessage::setProblem(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}
