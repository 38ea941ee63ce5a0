#include "GlobalSearchBox.h"

#include "SearchPopup.h"
#include "common/UiLog.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

GlobalSearchBox::GlobalSearchBox(const LocalCache& cache, QLineEdit* field, QWidget* window)
    : QObject(window)
    , m_search(cache)
    , m_field(field)
    , m_window(window)
    , m_popup(new SearchPopup(window))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearchBox::searchNow);
    connect(m_field, &QLineEdit::textChanged, this, &GlobalSearchBox::onTextChanged);
    connect(m_popup, &SearchPopup::hitChosen, this, &GlobalSearchBox::open);
    m_field->installEventFilter(this);
    m_window->installEventFilter(this);
}

void GlobalSearchBox::onTextChanged(const QString& text)
{
    if (!GlobalSearch::isSearchable(text)) {
        m_debounce->stop();
        close();
        return;
    }
    m_debounce->start();
}

void GlobalSearchBox::searchNow()
{
    m_debounce->stop();
    const QString text = m_field->text();
    if (!GlobalSearch::isSearchable(text)) {
        close();
        return;
    }
    const QVector<SearchGroup> groups = m_search.search(text);
    if (!m_search.lastError().isEmpty())
        qCWarning(lcUi) << "global search failed; showing no results";
    m_popup->showResults(groups, text);
    m_popup->placeUnder(m_field);
    m_popup->show();
    int hits = 0;
    for (const SearchGroup& group : groups)
        hits += group.hits.size();
    emit resultsShown(hits);
}

void GlobalSearchBox::close()
{
    m_popup->hide();
}

void GlobalSearchBox::open(const SearchHit& hit)
{
    close();
    emit recordRequested(hit.openTable, hit.openId);
}

bool GlobalSearchBox::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (m_popup->isHidden()) {
            if (!GlobalSearch::isSearchable(m_field->text()))
                return false;
            searchNow();
        }
        m_popup->moveSelection(key == Qt::Key_Down ? 1 : -1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_debounce->isActive() || m_popup->isHidden())
            searchNow(); // Enter right after typing opens what the text finds now
        return m_popup->chooseCurrent() || m_popup->isVisible();
    case Qt::Key_Escape:
        if (m_popup->isHidden())
            return false;
        close();
        return true;
    default:
        return false;
    }
}

bool GlobalSearchBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field) {
        if (event->type() == QEvent::KeyPress)
            return handleKey(static_cast<QKeyEvent*>(event)->key());
        // Clicking anywhere else (or tabbing away) puts the results away; a click in the popup does not
        // move the focus, so it still opens its hit.
        if (event->type() == QEvent::FocusOut)
            close();
    } else if (watched == m_window && (event->type() == QEvent::Resize) && m_popup->isVisible()) {
        m_popup->placeUnder(m_field);
    }
    return QObject::eventFilter(watched, event);
}
