#pragma once

#include <QJsonObject>
#include <QString>

// The application a person was filing when the wizard closed or the computer crashed: one JSON file per
// user in the profile folder, replaced atomically (QSaveFile) so a crash mid-write leaves the old draft.
// It holds personal data like the cache beside it, so it is readable by the owner only.
class ApplicationDraftStore
{
public:
    ApplicationDraftStore(const QString& profileDir, const QString& username);

    QString path() const { return m_path; }
    bool exists() const;
    // Empty when there is no draft or it cannot be read (a damaged draft is not worth an error).
    QJsonObject load() const;
    bool save(const QJsonObject& draft, QString* error);
    void discard();

private:
    QString m_path;
};
