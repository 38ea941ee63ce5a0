#pragma once

#include "store/search/SearchGroup.h"

#include <QFrame>

class QLabel;
class QListView;
class SearchResultsModel;

// The grouped results under the global search field. It floats over the window (a child of it, so it
// never takes the keyboard from the field and shows in the window's screenshots); the field keeps the
// focus and steers it with moveSelection() and chooseCurrent().
class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    explicit SearchPopup(QWidget* window);

    // Shows the groups, or a plain message when there are none.
    void showResults(const QVector<SearchGroup>& groups, const QString& text);
    // Below anchor, at least as wide as it, as tall as its rows need within the window.
    void placeUnder(const QWidget* anchor);
    void moveSelection(int step);
    // Opens the selected hit, or the first when none is selected; false when there is no hit.
    bool chooseCurrent();

    SearchResultsModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QLabel* message() const { return m_message; }
    int currentRow() const;

signals:
    void hitChosen(const SearchHit& hit);

private:
    void chooseRow(int row);
    int contentHeight() const;

    SearchResultsModel* m_model;
    QListView* m_view;
    QLabel* m_message;
};
