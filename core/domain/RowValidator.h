#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

struct FieldError {
    QString field;
    QString message; // plain words, for a person
};

// Validates a whole row of a synced table (docs/ARCHITECTURE.md "Domain") as the same rules on the client (forms) and
// the server (push). The row is complete: for an update, validate the row as it would be after the change.
class RowValidator
{
public:
    static QVector<FieldError> validate(const QString& table, const QJsonObject& row);
    // "postcode: ...; email: ..." for a rejected mutation's reason.
    static QString summary(const QVector<FieldError>& errors);
    // The validator's messages that carry a value (%1), as source texts: the client finds the server's English
    // message among them and shows it translated with the same value.
    static QStringList messagesWithValue();
    static QStringList offerStates();
    // Free places are for children up to four; a location's own band may reach school age.
    static constexpr int kPlaceMaxAgeMonths = 48;
    static constexpr int kLocationMaxAgeMonths = 144;

private:
    static void validateParent(const QJsonObject& row, QVector<FieldError>& errors);
    static void validateChild(const QJsonObject& row, QVector<FieldError>& errors);
    static void validateApplication(const QJsonObject& row, QVector<FieldError>& errors);
    static void validateEmergencyEntry(const QJsonObject& row, QVector<FieldError>& errors);
    static void validateRegion(const QJsonObject& row, QVector<FieldError>& errors);
    static void validateLocation(const QJsonObject& row, QVector<FieldError>& errors);
    static void validateFreePlace(const QJsonObject& row, QVector<FieldError>& errors);
    static void validateMessage(const QJsonObject& row, QVector<FieldError>& errors);
    static void validateOffer(const QJsonObject& row, QVector<FieldError>& errors);
};
