#pragma once

#include "store/search/GlobalSearch.h"

#include <QObject>

class LocalCache;
class QLineEdit;
class QTimer;
class SearchPopup;

// Turns a line edit into the global search (Ctrl+K, docs/ARCHITECTURE.md "The desktop client"): results as you type in
// a popup under it, keyboard first (Up/Down move, Enter opens, Esc closes), a click opens too.
class GlobalSearchBox : public QObject
{
    Q_OBJECT

public:
    // A short pause after a keystroke, so typing a name runs one search rather than one per letter, yet
    // short enough that the results seem to follow the typing.
    static constexpr int kDebounceMs = 60;

    GlobalSearchBox(const LocalCache& cache, QLineEdit* field, QWidget* window);

    SearchPopup* popup() const { return m_popup; }
    QLineEdit* field() const { return m_field; }
    // Searches the field's text at once and shows the results (the debounce timer's work).
    void searchNow();
    void close();

signals:
    void recordRequested(const QString& table, const QString& id);
    // After every search that was shown: how many hits (0: the "nothing found" message).
    void resultsShown(int hits);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextChanged(const QString& text);
    bool handleKey(int key);
    void open(const SearchHit& hit);

    GlobalSearch m_search;
    QLineEdit* m_field;
    QWidget* m_window;
    SearchPopup* m_popup;
    QTimer* m_debounce;
};
