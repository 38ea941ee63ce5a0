#pragma once

#include "store/search/OfferCandidates.h"

#include <QDialog>

class LocalCache;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

// Offering a place by hand: from a free place, the open applications it fits, best first; from an application,
// the open places that fit it. The counter picks one, sets the day to answer by and offers; the offer is one
// local write (OfferActions) and the server decides what it means.
class OfferDialog : public QDialog
{
    Q_OBJECT

public:
    enum class From { Place, Application };

    OfferDialog(LocalCache& cache, From from, const QString& id, QWidget* parent = nullptr);

    QTableWidget* candidates() const { return m_table; }
    QDateEdit* respondByEdit() const { return m_respondBy; }
    QLabel* problemLabel() const { return m_problem; }
    int candidateCount() const;
    // Offers the candidate in row `row` (without the buttons); false and said in the dialog when refused.
    bool offerRow(int row);
    QString offerId() const { return m_offerId; }

private:
    void fillFamilies(const QVector<OfferCandidates::Family>& families);
    void fillPlaces(const QVector<OfferCandidates::Place>& places);
    void onAccepted();

    LocalCache& m_cache;
    From m_from;
    QString m_id;
    QTableWidget* m_table;
    QDateEdit* m_respondBy;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_offerId;
};
