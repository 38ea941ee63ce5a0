#pragma once

#include "domain/InfoSheet.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabBar;

// The fields of one location's info sheet (description, opening hours, tariff, languages spoken, contact) in one
// language at a time, chosen with tabs (nl, fr, en). It edits a copy of the sheet: switching the language keeps what
// was typed, sheet() returns all languages. Each field shows the Dutch text as its placeholder where the language
// has none, which is what the website shows instead.
class InfoSheetEditor : public QWidget
{
    Q_OBJECT

public:
    explicit InfoSheetEditor(QWidget* parent = nullptr);

    void setSheet(const InfoSheet& sheet);
    InfoSheet sheet() const { return m_sheet; }
    QString language() const;
    void setLanguage(const QString& lang);
    void setReadOnly(bool readOnly);
    QPlainTextEdit* field(const QString& name) const { return m_fields.value(name); }
    QTabBar* languageTabs() const { return m_tabs; }

signals:
    void edited(); // a field's text changed by typing
    void languageChanged(const QString& lang);

private:
    void showLanguage();
    void fieldEdited(const QString& name);

    InfoSheet m_sheet;
    QTabBar* m_tabs = nullptr;
    QHash<QString, QPlainTextEdit*> m_fields;
    QHash<QString, QLabel*> m_counts;
    bool m_loading = false;
};
