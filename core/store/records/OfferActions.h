#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

class LocalCache;

// Offers made by hand (docs/PROTOCOL.md "Offers"): a counter offers a free place to a family with a day to
// answer by, and records the family's answer. Each is one local write with its outbox entry. What an offer
// then means — the application offered, the place reserved or filled, other offers withdrawn, the emergency
// entry resolved — the server decides and writes in the same transaction; the client shows it after the sync.
class OfferActions
{
    Q_DECLARE_TR_FUNCTIONS(OfferActions)

public:
    explicit OfferActions(LocalCache& cache);

    // The answer-by day a counter is offered: a week from today.
    static QDate defaultRespondBy(const QDate& today);
    // The answers a family gives, in the order they are offered.
    static QStringList answers();

    bool offer(const QString& applicationId, const QString& freePlaceId, const QDate& respondBy, QString* id,
               QString* error);
    // answer: accepted or declined.
    bool recordAnswer(const QString& offerId, const QString& answer, QString* error);
    bool withdraw(const QString& offerId, QString* error);
    // For tests: the day "today" is (default: the computer's).
    void setToday(const QDate& day) { m_today = day; }

private:
    QDate today() const;
    bool changeSent(const QString& offerId, const QString& status, QString* error);

    LocalCache& m_cache;
    QDate m_today;
};
