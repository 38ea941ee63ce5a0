#include "store/conflicts/ResendRow.h"

QJsonObject ResendRow::build(QJsonObject row, const QJsonObject& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        row.insert(it.key(), it.value());
    // Server-set fields: the server stamps them on every insert, so sending them only adds noise.
    for (const char* key : {"version", "updated_at", "updated_by", "number"})
        row.remove(QLatin1String(key));
    QJsonObject clean;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!it.value().isNull())
            clean.insert(it.key(), it.value());
    }
    return clean;
}
