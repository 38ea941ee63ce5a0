#pragma once

#include "domain/RowValidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

class LocalCache;

// What the application wizard hands over: complete rows with their ids and regions. newParent / newChild
// are empty when the wizard chose a parent or child already in the cache. With updateApplicationId set,
// only the wishes, preferences and priority of that open application change.
struct FilingRequest {
    QJsonObject newParent;
    QJsonObject newChild;
    QJsonObject application;
    QString updateApplicationId;
};

// Files an application for a parent (docs/ARCHITECTURE.md "Domain", "The cache and its derived tables"): the new
// parent, the new child and the application are one local transaction with their three outbox entries, so a crash never
// leaves half a filing, and the whole of it goes to the server at the next sync. One application per child per region:
// a child with an open application gets that application updated instead.
class ApplicationFiling
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationFiling)

public:
    explicit ApplicationFiling(LocalCache& cache);

    // The child's application in the region that is not final yet; empty when there is none.
    QJsonObject openApplicationFor(const QString& childId, const QString& regionId) const;
    // Every problem RowValidator finds in the rows, with the table in front of the field ("children.birth_date").
    QVector<FieldError> check(const FilingRequest& request) const;
    // The fields of an application that an update from the wizard may change.
    static QStringList updatableFields();
    bool file(const FilingRequest& request, QString* error);

private:
    bool insertAll(const FilingRequest& request, QString* error);
    bool updateExisting(const FilingRequest& request, QString* error);

    LocalCache& m_cache;
};
