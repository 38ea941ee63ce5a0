#pragma once

#include <QWidget>

class ListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

// One list of the main window: a filter bar (search as you type, state, municipality), the number of
// matching records and a sortable table whose rows load as the person scrolls.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of the model.
    ListPage(ListModel* model, QWidget* parent = nullptr);

    ListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* municipalityFilter() const { return m_municipality; }
    QLabel* countLabel() const { return m_count; }
    QString currentId() const;

    void focusSearch();
    // Puts text in the search field; the list follows after the usual short pause.
    void setSearchText(const QString& text);
    // Reads the list again (after a sync), keeping the selected record and the scroll position.
    void refresh();
    // Writes what the list shows (filters, columns, order; every matching row) to a CSV file.
    bool exportCsv(const QString& path, QString* error);
    QToolButton* exportButton() const { return m_export; }
    QLabel* exportNote() const { return m_exportNote; }

signals:
    void recordSelected(const QString& table, const QString& id);

protected:
    virtual QString countText(int total) const = 0;
    virtual QString searchPlaceholder() const = 0;
    virtual QString searchToolTip() const = 0;
    // A typical longest value per column; columns are made wide enough for it and for their translated
    // header, so nothing common is cut off in any language (rarer long values show in full as a tooltip).
    virtual QStringList columnSamples() const = 0;
    // The start of a suggested export file name, e.g. "aanvragen".
    virtual QString exportName() const = 0;
    static QString longest(const QStringList& texts);
    // The column that takes the width left over (default: the last one).
    virtual QString stretchColumn() const;
    void setUp();

private:
    QWidget* buildFilterBar();
    void buildTable();
    void fillMunicipalities();
    void applySearch();
    void updateCount();
    void emitSelection();
    void selectId(const QString& id);
    void chooseExportFile();

    ListModel* m_model;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_municipality = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_debounce = nullptr;
    QToolButton* m_export = nullptr;
    QLabel* m_exportNote = nullptr;
};
