#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QVector>

// The locations of the account's region(s) as the Locations page lists them: name, municipality, kind, published
// or not, and when it last changed. Few rows (tens per region), so it holds them whole and filters in memory by
// a typed text (name, municipality, organiser) and by publication.
class LocationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Municipality, Kind, Published, LastChange, ColumnCount };
    enum class Publication { All, PublishedOnly, UnpublishedOnly };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit LocationsModel(QObject* parent = nullptr);

    // The cache's location rows; the current filter applies.
    void setRows(const QVector<QJsonObject>& rows);
    void setFilter(const QString& text, Publication publication);
    int totalCount() const { return m_all.size(); }

    QString idAt(int row) const;
    int rowOf(const QString& id) const; // -1 when filtered out or unknown
    QJsonObject location(const QString& id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool passes(const QJsonObject& row) const;
    void applyFilter();

    QVector<QJsonObject> m_all; // by name
    QVector<QJsonObject> m_shown;
    QString m_text;
    Publication m_publication = Publication::All;
};
