#pragma once

#include <QJsonValue>
#include <QString>

// Checks of JSON values that QJsonDocument lets through but that storage would change: fractional or
// out-of-range numbers where an integer is meant (a cast would round or wrap them), and lone UTF-16
// surrogates in strings ("\ud800" is valid JSON, yet UTF-8, the storage's encoding, cannot hold it and a
// replacement character would be stored instead). See docs/PROTOCOL.md "Input limits".
class JsonChecks
{
public:
    // True when value is a JSON number holding a whole number within [min, max]; *out (if given) gets it.
    static bool isInteger(const QJsonValue& value, qint64 min, qint64 max, qint64* out = nullptr);
    // No lone surrogate in the text.
    static bool isWellFormed(const QString& text);
    // No lone surrogate in any string or object key within value, however deeply nested.
    static bool isWellFormed(const QJsonValue& value);
};
