#include "JsonChecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>
#include <cmath>

bool JsonChecks::isInteger(const QJsonValue& value, qint64 min, qint64 max, qint64* out)
{
    if (!value.isDouble())
        return false;
    // QJsonDocument keeps a literal that fits in 64 bits as an exact integer, anything else as a double.
    const QVariant number = value.toVariant();
    qint64 n = 0;
    if (number.typeId() == QMetaType::LongLong) {
        n = number.toLongLong();
    } else {
        // [-2^63, 2^63): a double outside cannot be converted at all (2^63 itself is one past the largest).
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
            return false;
        n = qint64(d);
    }
    if (n < min || n > max)
        return false;
    if (out)
        *out = n;
    return true;
}

bool JsonChecks::isWellFormed(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i; // a pair: one character outside the BMP
        else if (c.isSurrogate())
            return false;
    }
    return true;
}

bool JsonChecks::isWellFormed(const QJsonValue& value)
{
    if (value.isString())
        return isWellFormed(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            if (!isWellFormed(item))
                return false;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isWellFormed(it.key()) || !isWellFormed(it.value()))
                return false;
        }
    }
    return true;
}
