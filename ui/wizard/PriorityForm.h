#pragma once

#include "RecordForm.h"
#include "store/search/LocationFinder.h"

#include <QHash>

class QCheckBox;
class QListWidget;
class QVBoxLayout;

// The priority criteria of docs/ARCHITECTURE.md "Domain", each with what it means in plain words, and the parent's
// sworn statement (verklaring op eer) that the worker ticks — required as soon as any criterion is claimed. The
// wizard's fifth step and "Edit application" show it.
class PriorityForm : public RecordForm
{
    Q_OBJECT

public:
    explicit PriorityForm(QWidget* parent = nullptr);

    QString problem() const override;
    // {"priority": priority()}
    QJsonObject values() const override;
    void setValues(const QJsonObject& row) override;
    // The locations a brother or sister may go to (the region's published ones); ticks are kept.
    void setLocations(const QVector<LocationChoice>& locations);
    // {"work_or_training": bool, ..., "sibling_location_ids": [..], "social_reasons": bool}, plus
    // "sworn_statement": true when criteria are claimed and the statement was made.
    QJsonObject priority() const;
    bool anyClaimed() const;
    // The claimed criteria in plain words, for the summary.
    QStringList claimedTexts() const;
    // What was ticked, as ticked (for a draft).
    QJsonObject typed() const;
    // Fills the form from a priority object (or a draft of one).
    void restore(const QJsonObject& state);

    static QStringList flagKeys();

protected:
    void validate() override;

private:
    void addCriterion(const QString& key, const QString& label, const QString& explanation);
    QStringList siblingLocationIds() const;

    QVBoxLayout* m_layout;
    QHash<QString, QCheckBox*> m_flags;
    QCheckBox* m_sibling = nullptr;
    QListWidget* m_siblingLocations = nullptr;
    QCheckBox* m_sworn = nullptr;
};
