#include "common/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString& title, QWidget* parent)
    : QWidget(parent)
{
    auto* label = new QLabel(this);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setText(
        QStringLiteral("<h2>%1</h2><p style='color:#546e7a'>%2</p>")
            .arg(title.toHtmlEscaped(), tr("This part of Opvangloket is coming in a later version.").toHtmlEscaped()));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
}
