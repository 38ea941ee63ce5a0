#pragma once

#include "FilterBar.h"

#include <QWidget>

#include <memory>

class ListModel;
class ListSettings;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPrinter;
class QSettings;
class QTableView;
class QTimer;
class QToolButton;

// One list of the main window: a search field, filters (FilterBar) that can be saved by name, the number
// of matching records, a sortable table whose rows load as the person scrolls and whose columns can be
// hidden and moved, and export (CSV) and print of exactly what it shows.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of the model.
    ListPage(ListModel* model, QWidget* parent = nullptr);
    ~ListPage() override;

    ListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    FilterBar* filterBar() const { return m_filters; }
    QComboBox* statusFilter() const { return m_filters->statusBox(); }
    QComboBox* municipalityFilter() const { return m_filters->municipalityBox(); }
    QComboBox* savedFilters() const { return m_saved; }
    QLabel* countLabel() const { return m_count; }
    QString currentId() const;

    // Keeps the filters, saved filters, columns and sort in the profile's settings from now on, and shows
    // what is stored there. accountId: the signed-in account, for "assigned to me".
    void useSettings(QSettings& settings, const QString& accountId);

    void focusSearch();
    // Puts text in the search field; the list follows after the usual short pause.
    void setSearchText(const QString& text);
    // Shows every record again.
    void clearFilters();
    // Shows a filter in the search field and the bar and applies it at once (the dashboard's click on a bar).
    void showFilter(const ListFilter& filter);
    // The current filter (not the search text) under a name; an existing one of that name is replaced.
    void saveFilterAs(const QString& name);
    bool renameSavedFilter(const QString& from, const QString& to);
    void deleteSavedFilter(const QString& name);
    // Applies a saved filter; false if there is none by that name.
    bool applySavedFilter(const QString& name);
    // Hides or shows a column by key (never the last one shown).
    void setColumnShown(const QString& key, bool shown);
    // Reads the list again (after a sync), keeping the selected record and the scroll position.
    void refresh();
    // Writes what the list shows (filters, columns, order; every matching row) to a CSV file.
    bool exportCsv(const QString& path, QString* error);
    // Prints what the list shows, as the export would write it.
    bool printTo(QPrinter* printer, int* rows);
    // The heading and the filter in words of a printout.
    virtual QString printTitle() const = 0;
    QString filterInWords() const;
    QToolButton* exportButton() const { return m_export; }
    QToolButton* printButton() const { return m_print; }
    QToolButton* columnsButton() const { return m_columns; }
    QMenu* columnsMenu() const { return m_columnMenu; }
    QLabel* exportNote() const { return m_exportNote; }

signals:
    void recordSelected(const QString& table, const QString& id);
    // The list was written to a CSV file, or printed (format "print", or "pdf" when printed to a file): reported to
    // the server by MainWindow's ExportReporter (docs/PROTOCOL.md "Audit").
    void exported(const QString& table, qint64 rows, const QString& format);

protected:
    virtual QString countText(int total) const = 0;
    virtual QString searchPlaceholder() const = 0;
    virtual QString searchToolTip() const = 0;
    virtual FilterBar::Fields filterFields() const = 0;
    // A typical longest value per column; columns are made wide enough for it and for their translated
    // header, so nothing common is cut off in any language (rarer long values show in full as a tooltip).
    virtual QStringList columnSamples() const = 0;
    // The start of a suggested export file name, e.g. "aanvragen".
    virtual QString exportName() const = 0;
    static QString longest(const QStringList& texts);
    // The column that takes the width left over (default: the last one).
    virtual QString stretchColumn() const;
    void setUp();
    // The list reads the cache only while it is on screen (ListModel::setActive).
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildTopRow();
    QToolButton* buildSavedFilters(QWidget* bar);
    void buildTable();
    void fillColumnMenu();
    void applySearch();
    void applyBarFilter(const ListFilter& barFilter);
    void onFilterChanged();
    void fillSavedFilters();
    void selectMatchingSaved();
    void onSavedChosen(int index);
    void askSaveFilter();
    void askRenameFilter();
    void askDeleteFilter();
    void restoreColumns();
    void saveColumns();
    void resetColumns();
    void updateCount();
    void emitSelection();
    void selectId(const QString& id);
    void chooseExportFile();
    void openPrintPreview();

    ListModel* m_model;
    std::unique_ptr<ListSettings> m_settings;
    FilterBar* m_filters = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_saved = nullptr;
    QMenu* m_savedMenu = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_debounce = nullptr;
    QToolButton* m_export = nullptr;
    QToolButton* m_print = nullptr;
    QToolButton* m_columns = nullptr;
    QMenu* m_columnMenu = nullptr;
    QLabel* m_exportNote = nullptr;
    bool m_restoring = false;        // columns being put back from the settings: not the person's change
    bool m_refreshWhenShown = false; // a sync changed the cache while the list was not on screen
};
