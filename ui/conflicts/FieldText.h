#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Field names and values of the synced tables in plain words, for screens that show a row field by field
// (the conflict comparison, the fix-and-resend form) rather than in a purpose-made layout.
class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)

public:
    static QString label(const QString& field);
    static QString value(const QString& field, const QJsonValue& value);
    // The fields a person recognises, in the table's order: no ids, versions or other bookkeeping.
    static QStringList shownFields(const QString& table);
    // Fields that are free text or a number a person can type; choices and structured fields are not.
    static bool isTypable(const QString& table, const QString& field);
    // How to write a value (dates as YYYY-MM-DD), shown as a placeholder; empty when nothing special.
    static QString hint(const QString& field);
    // Typed text back to the wire value: numbers for number fields, phones in international form, empty
    // text as null.
    static QJsonValue fromText(const QString& table, const QString& field, const QString& text);
    static QString toText(const QJsonValue& value);

private:
    static bool isDate(const QString& field);
    static QString noteLogText(const QString& stored);
};
