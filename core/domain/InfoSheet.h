#pragma once

#include "domain/RowValidator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

// A location's info sheet, the text the parents' website shows (docs/PROTOCOL.md "Info sheets"): per language
// (nl, fr, en) a description, opening hours, tariff, languages spoken and contact, each plain text. Stored in the
// synced `info` field as {"nl": {"description": …, …}, "fr": {…}, "en": {…}}. Earlier rows hold one plain string
// per language; that string reads as the description. The same rules check it on the client and the server.
class InfoSheet
{
public:
    static constexpr int kMaxDescription = 4000;
    static constexpr int kMaxField = 500;

    InfoSheet() = default;
    static InfoSheet fromJson(const QJsonValue& info);
    QJsonObject toJson() const; // only non-empty texts; languages without any left out

    static QStringList languages();  // nl, fr, en
    static QStringList fieldNames(); // description, opening_hours, tariff, languages, contact
    static QString fallbackLanguage() { return QStringLiteral("nl"); }
    static int maxLength(const QString& field);

    QString text(const QString& lang, const QString& field) const;
    void setText(const QString& lang, const QString& field, const QString& text);
    // The text in `lang`, or the nl text where `lang` has none; *servedLang says which (empty when neither has one).
    QString resolved(const QString& lang, const QString& field, QString* servedLang = nullptr) const;
    bool operator==(const InfoSheet& other) const { return m_texts == other.m_texts; }
    bool operator!=(const InfoSheet& other) const { return !(*this == other); }

    // Problems of a stored or pushed `info` value, each naming the field as "info.<lang>.<field>".
    static QVector<FieldError> validate(const QJsonValue& info);

private:
    QJsonObject m_texts; // lang -> {field: text}
};
