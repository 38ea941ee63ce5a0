#include "domain/InfoSheet.h"

#include <QCoreApplication>

namespace {
const QString kDescription = QStringLiteral("description");

// The messages belong to the row checks: lupdate files them under "RowValidator", where the client looks a
// server's refusal up (RowValidator::messagesWithValue).
void checkLanguage(const QString& lang, const QJsonValue& value, QVector<FieldError>& errors)
{
    const QString prefix = QStringLiteral("info.") + lang;
    if (value.isNull())
        return;
    if (value.isString()) { // a sheet from before the fields: the text is the description
        if (value.toString().size() > InfoSheet::kMaxDescription)
            errors.append({prefix, QCoreApplication::translate("RowValidator", "is longer than %1 characters")
                                       .arg(InfoSheet::kMaxDescription)});
        return;
    }
    if (!value.isObject()) {
        errors.append({prefix, QCoreApplication::translate("RowValidator", "must hold the texts of the info sheet")});
        return;
    }
    const QJsonObject texts = value.toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString field = prefix + QLatin1Char('.') + it.key();
        if (!InfoSheet::fieldNames().contains(it.key()))
            errors.append({field, QCoreApplication::translate("RowValidator", "is not a field of the info sheet")});
        else if (!it.value().isString() && !it.value().isNull())
            errors.append({field, QCoreApplication::translate("RowValidator", "must be text")});
        else if (it.value().toString().size() > InfoSheet::maxLength(it.key()))
            errors.append({field, QCoreApplication::translate("RowValidator", "is longer than %1 characters")
                                      .arg(InfoSheet::maxLength(it.key()))});
    }
}
} // namespace

QStringList InfoSheet::languages()
{
    return {QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en")};
}

QStringList InfoSheet::fieldNames()
{
    return {kDescription, QStringLiteral("opening_hours"), QStringLiteral("tariff"), QStringLiteral("languages"),
            QStringLiteral("contact")};
}

int InfoSheet::maxLength(const QString& field)
{
    return field == kDescription ? kMaxDescription : kMaxField;
}

InfoSheet InfoSheet::fromJson(const QJsonValue& info)
{
    InfoSheet sheet;
    const QJsonObject byLang = info.toObject();
    for (const QString& lang : languages()) {
        const QJsonValue value = byLang.value(lang);
        if (value.isString()) {
            sheet.setText(lang, kDescription, value.toString());
            continue;
        }
        const QJsonObject texts = value.toObject();
        for (const QString& field : fieldNames())
            sheet.setText(lang, field, texts.value(field).toString());
    }
    return sheet;
}

QJsonObject InfoSheet::toJson() const
{
    return m_texts;
}

QString InfoSheet::text(const QString& lang, const QString& field) const
{
    return m_texts.value(lang).toObject().value(field).toString();
}

void InfoSheet::setText(const QString& lang, const QString& field, const QString& text)
{
    QJsonObject texts = m_texts.value(lang).toObject();
    if (text.trimmed().isEmpty())
        texts.remove(field);
    else
        texts.insert(field, text);
    if (texts.isEmpty())
        m_texts.remove(lang);
    else
        m_texts.insert(lang, texts);
}

QString InfoSheet::resolved(const QString& lang, const QString& field, QString* servedLang) const
{
    QString served = lang;
    QString value = text(lang, field);
    if (value.isEmpty()) {
        served = fallbackLanguage();
        value = text(served, field);
    }
    if (servedLang)
        *servedLang = value.isEmpty() ? QString() : served;
    return value;
}

QVector<FieldError> InfoSheet::validate(const QJsonValue& info)
{
    QVector<FieldError> errors;
    if (info.isNull() || info.isUndefined())
        return errors;
    if (!info.isObject()) {
        errors.append(
            {QStringLiteral("info"),
             QCoreApplication::translate("RowValidator", "must hold the texts of the info sheet per language")});
        return errors;
    }
    const QJsonObject byLang = info.toObject();
    for (auto it = byLang.begin(); it != byLang.end(); ++it) {
        if (!languages().contains(it.key()))
            errors.append(
                {QStringLiteral("info.") + it.key(),
                 QCoreApplication::translate("RowValidator", "is not a language of the info sheet (nl, fr, en)")});
        else
            checkLanguage(it.key(), it.value(), errors);
    }
    return errors;
}
