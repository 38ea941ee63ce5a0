#pragma once

#include "detail/RecordHistory.h"
#include "protocol/AccountInfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class InfoSheetEditor;
class LocalCache;
class LocationsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
struct ApiResult;

// "Locations & info sheets": the locations of the account's region(s) with a filter, and for the one selected its
// info sheet in nl, fr and en beside a live preview of how the parents' website shows it (the Dutch text where a
// language has none, marked), Save (a local write, queued and synced like every edit), Publish / Unpublish (after
// saying what the website and referrers will see), and the history of its changes from the server. Coordinators and
// admins edit; everyone else reads, because the server refuses their changes (docs/PROTOCOL.md "Info sheets").
class LocationsView : public QWidget
{
    Q_OBJECT

public:
    using HistoryReply = RecordHistory::Reply;
    using HistorySource = RecordHistory::Source;

    explicit LocationsView(LocalCache& cache, QWidget* parent = nullptr);

    void setAccount(const AccountInfo& account);
    void setHistorySource(HistorySource source);
    void setOnline(bool online);
    bool isReadOnly() const { return m_readOnly; }
    bool isDirty() const;

    // Selects the location (clearing the filter when it hides it); false when the cache has no such location.
    bool select(const QString& id);
    QString selectedId() const { return m_selected; }
    // The actions behind the buttons without their dialogs; false (and said under the editor) when refused.
    bool saveSheet();
    bool setPublished(bool published);

    LocationsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* publicationFilter() const { return m_publication; }
    InfoSheetEditor* editor() const { return m_editor; }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* previewTitle() const { return m_previewTitle; }
    QTextBrowser* history() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* publishButton() const { return m_publish; }
    QLabel* readOnlyNote() const { return m_readOnlyNote; }
    QLabel* message() const { return m_message; }

public slots:
    // Re-reads the cache (after a sync or a local change); what is being typed stays.
    void refresh();

signals:
    // A local change waits in the outbox: the main window syncs.
    void changed();

private:
    QWidget* buildList();
    QWidget* buildEditor();
    QWidget* buildButtons();
    void applyFilter();
    void onRowChosen(const QString& id);
    void load(const QString& id);
    void updatePreview();
    void updateButtons();
    void askPublish();
    void requestHistory();
    void renderHistory();
    void say(const QString& text, bool problem);
    QString problemsText(const QJsonValue& info) const;

    LocalCache& m_cache;
    LocationsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_publication = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_detail = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QTabWidget* m_tabs = nullptr;
    InfoSheetEditor* m_editor = nullptr;
    QLabel* m_previewTitle = nullptr;
    QTextBrowser* m_preview = nullptr;
    QTextBrowser* m_history = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_publish = nullptr;
    QLabel* m_message = nullptr;

    QString m_selected;
    QJsonObject m_row; // the selected location as the cache holds it
    bool m_readOnly = true;
    bool m_online = false;
    bool m_waitingForSync = false; // a change of this page's not sent yet: say when it is
    RecordHistory m_historyRecords;
};
