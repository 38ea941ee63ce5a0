#include "common/MessageBar.h"

#include "common/UiIcons.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setStyleSheet(QStringLiteral("#messageBar { background: #fff4ce; border-bottom: 1px solid #e0c36c; }"));
    auto* icon = new QLabel(this);
    icon->setPixmap(UiIcons::icon(QStringLiteral("warning")).pixmap(20, 20));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Notice"));
    auto* close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close notice"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(const QString& text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}
