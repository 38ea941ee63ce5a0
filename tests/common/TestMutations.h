#pragma once

#include <QJsonObject>
#include <QString>

// Builders for push bodies and plausible rows, shared by server and integration tests.
namespace TestMutations {

// {"table","op":"insert","id","base_version":0,"row"}; add "mid" yourself (or use TestServer helpers).
QJsonObject insert(const QString& table, const QJsonObject& row);
QJsonObject update(const QString& table, const QString& id, qint64 baseVersion, const QJsonObject& changes);
QJsonObject remove(const QString& table, const QString& id, qint64 baseVersion);
// One field change of an update: {"old": ..., "new": ...}.
QJsonObject change(const QJsonValue& oldValue, const QJsonValue& newValue);
QJsonObject withMid(QJsonObject mutation, qint64 mid);
// A text field of a row or of a mutation's result: str(result, "status").
QString str(const QJsonObject& object, const char* key);

// Valid rows with fresh UUID v7 ids (Antwerp postcode 2060 or Mechelen 2800 by region).
QJsonObject parentRow(const QString& region);
QJsonObject childRow(const QString& region, const QString& parentId);
QJsonObject applicationRow(const QString& region, const QString& parentId, const QString& childId);
// A published group location, a free place at it, and rows naming an application (status values that write no
// mail: an offer "proposed", a message "failed").
QJsonObject locationRow(const QString& region);
QJsonObject freePlaceRow(const QString& region, const QString& locationId);
QJsonObject emergencyRow(const QString& region, const QString& applicationId, const QString& parentId);
QJsonObject offerRow(const QString& region, const QString& applicationId, const QString& freePlaceId,
                     const QString& locationId);
QJsonObject messageRow(const QString& region, const QString& parentId, const QString& applicationId);

} // namespace TestMutations
