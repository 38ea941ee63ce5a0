#include "locations/InfoSheetEditor.h"

#include "common/UiLanguage.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QVBoxLayout>

namespace {

QString fieldLabel(const QString& name)
{
    if (name == QLatin1String("description"))
        return InfoSheetEditor::tr("Description");
    if (name == QLatin1String("opening_hours"))
        return InfoSheetEditor::tr("Opening hours");
    if (name == QLatin1String("tariff"))
        return InfoSheetEditor::tr("Tariff");
    if (name == QLatin1String("languages"))
        return InfoSheetEditor::tr("Languages spoken");
    return InfoSheetEditor::tr("Contact");
}

} // namespace

InfoSheetEditor::InfoSheetEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabBar(this);
    // Each language in its own words: the person picks the text they are writing.
    m_tabs->addTab(QStringLiteral("Nederlands"));
    m_tabs->addTab(QStringLiteral("Français"));
    m_tabs->addTab(QStringLiteral("English"));
    m_tabs->setAccessibleName(tr("Language of the info sheet"));
    layout->addWidget(m_tabs);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString& name : InfoSheet::fieldNames()) {
        auto* edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        // The description takes the room; the short fields stay a few lines high.
        const bool description = name == QLatin1String("description");
        const int lineHeight = edit->fontMetrics().lineSpacing();
        edit->setMinimumHeight(lineHeight * (description ? 7 : 2) + 12);
        if (!description)
            edit->setMaximumHeight(lineHeight * 3 + 12);
        edit->setAccessibleName(fieldLabel(name));
        auto* count = new QLabel(this);
        count->setStyleSheet(QStringLiteral("color: palette(mid)"));
        m_fields.insert(name, edit);
        m_counts.insert(name, count);
        auto* box = new QVBoxLayout;
        box->setSpacing(0);
        box->addWidget(edit);
        box->addWidget(count, 0, Qt::AlignRight);
        form->addRow(fieldLabel(name), box);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, name]() { fieldEdited(name); });
    }
    layout->addLayout(form, 1);
    setLanguage(UiLanguage::code()); // a French-speaking coordinator starts on the French text
    connect(m_tabs, &QTabBar::currentChanged, this, [this]() {
        showLanguage();
        emit languageChanged(language());
    });
}

QString InfoSheetEditor::language() const
{
    return InfoSheet::languages().value(m_tabs->currentIndex(), InfoSheet::fallbackLanguage());
}

void InfoSheetEditor::setLanguage(const QString& lang)
{
    const int index = InfoSheet::languages().indexOf(lang);
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

void InfoSheetEditor::setSheet(const InfoSheet& sheet)
{
    m_sheet = sheet;
    showLanguage();
}

void InfoSheetEditor::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit* edit : qAsConst(m_fields))
        edit->setReadOnly(readOnly);
}

void InfoSheetEditor::showLanguage()
{
    const QString lang = language();
    m_loading = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        it.value()->setPlainText(m_sheet.text(lang, it.key()));
        const QString dutch = m_sheet.text(InfoSheet::fallbackLanguage(), it.key());
        it.value()->setPlaceholderText(lang == InfoSheet::fallbackLanguage() || dutch.isEmpty()
                                           ? QString()
                                           : tr("Empty: the website shows the Dutch text: %1").arg(dutch));
        fieldEdited(it.key());
    }
    m_loading = false;
}

void InfoSheetEditor::fieldEdited(const QString& name)
{
    const QString text = m_fields.value(name)->toPlainText();
    const int max = InfoSheet::maxLength(name);
    QLabel* count = m_counts.value(name);
    // The description is the long one: its count always shows; the short fields' only near their limit.
    count->setVisible(name == QLatin1String("description") || text.size() > max * 4 / 5);
    count->setText(tr("%1 of %2 characters").arg(text.size()).arg(max));
    count->setStyleSheet(text.size() > max ? QStringLiteral("color: #b00020") : QStringLiteral("color: palette(mid)"));
    if (m_loading)
        return;
    m_sheet.setText(language(), name, text);
    emit edited();
}
