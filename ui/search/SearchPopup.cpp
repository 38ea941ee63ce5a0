#include "SearchPopup.h"

#include "SearchHitText.h"
#include "SearchResultDelegate.h"
#include "SearchResultsModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace {
constexpr int kMinimumWidth = 520;
} // namespace

SearchPopup::SearchPopup(QWidget* window)
    : QFrame(window)
    , m_model(new SearchResultsModel(this))
    , m_view(new QListView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("globalSearchPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Search results"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the search field
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->setUniformItemSizes(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Search results"));
    m_message->setWordWrap(true);
    m_message->setMargin(12);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_view);
    layout->addWidget(m_message);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& index) { chooseRow(index.row()); });
    hide();
}

void SearchPopup::showResults(const QVector<SearchGroup>& groups, const QString& text)
{
    m_model->setGroups(groups);
    const bool empty = m_model->hitCount() == 0;
    m_message->setText(empty ? SearchHitText::nothingFound(text) : QString());
    m_message->setVisible(empty);
    m_view->setVisible(!empty);
    m_view->clearSelection();
    m_view->setCurrentIndex(QModelIndex());
    m_view->scrollToTop();
}

int SearchPopup::contentHeight() const
{
    // The popup's frame and its layout's margins around the list or the message.
    const int chrome = 2 * frameWidth() + 2 + 2 * m_view->frameWidth();
    if (m_view->isHidden())
        return m_message->heightForWidth(width() - chrome) + chrome;
    int height = chrome;
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_view->sizeHintForRow(row);
    return height;
}

void SearchPopup::placeUnder(const QWidget* anchor)
{
    QWidget* window = parentWidget();
    const QPoint topLeft = anchor->mapTo(window, QPoint(0, anchor->height() + 2));
    const int width = qMin(qMax(anchor->width(), kMinimumWidth), window->width() - topLeft.x() - 8);
    resize(width, height());
    // Room down to just above the window's status bar, which stays readable.
    const int room = window->height() - topLeft.y() - 2 * fontMetrics().height() - 8;
    setGeometry(topLeft.x(), topLeft.y(), width, qMin(contentHeight(), room));
    raise();
}

int SearchPopup::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_model->isHit(current.row()) ? current.row() : -1;
}

void SearchPopup::moveSelection(int step)
{
    const int row = m_model->nextHit(currentRow(), step);
    if (!m_model->isHit(row))
        return;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool SearchPopup::chooseCurrent()
{
    const int row = currentRow() >= 0 ? currentRow() : m_model->nextHit(-1, 1);
    if (!m_model->isHit(row))
        return false;
    chooseRow(row);
    return true;
}

void SearchPopup::chooseRow(int row)
{
    if (m_model->isHit(row))
        emit hitChosen(m_model->hitAt(row));
}
