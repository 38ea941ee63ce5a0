#include "ApplicationStatus.h"

namespace {

struct StateText {
    ApplicationStatus::State state;
    const char* name;
    const char* labelNl;
    const char* labelFr;
    const char* labelEn;
    const char* explainNl;
    const char* explainFr;
    const char* explainEn;
};

// clang-format off
const StateText kTexts[] = {
    {ApplicationStatus::Submitted, "submitted", "Ingediend", "Introduite", "Submitted",
     "De aanvraag is ontvangen en wacht op behandeling door het loket.",
     "La demande a été reçue et attend d'être traitée par le guichet.",
     "The application has been received and is waiting to be handled by the counter."},
    {ApplicationStatus::InReview, "in_review", "In behandeling", "En traitement", "In review",
     "Het loket bekijkt de aanvraag en zoekt een passende plaats.",
     "Le guichet examine la demande et cherche une place adaptée.",
     "The counter is reviewing the application and looking for a suitable place."},
    {ApplicationStatus::Offered, "offered", "Plaats aangeboden", "Place proposée", "Offered",
     "Er is een plaats aangeboden; de ouder moet die aanvaarden of weigeren.",
     "Une place a été proposée ; le parent doit l'accepter ou la refuser.",
     "A place has been offered; the parent must accept or decline it."},
    {ApplicationStatus::Accepted, "accepted", "Aanvaard", "Acceptée", "Accepted",
     "De ouder heeft de aangeboden plaats aanvaard; de opvang regelt de start.",
     "Le parent a accepté la place proposée ; l'accueil organise le début.",
     "The parent accepted the offered place; the childcare location arranges the start."},
    {ApplicationStatus::Placed, "placed", "Geplaatst", "Placé", "Placed",
     "Het kind heeft een plaats in de opvang. De aanvraag is afgerond.",
     "L'enfant a une place dans l'accueil. La demande est clôturée.",
     "The child has a place in childcare. The application is complete."},
    {ApplicationStatus::Cancelled, "cancelled", "Geannuleerd", "Annulée", "Cancelled",
     "De aanvraag is stopgezet en wordt niet verder behandeld.",
     "La demande a été arrêtée et n'est plus traitée.",
     "The application was stopped and will not be handled further."},
    {ApplicationStatus::Expired, "expired", "Vervallen", "Expirée", "Expired",
     "De aanvraag is vervallen omdat ze niet meer actueel is.",
     "La demande a expiré parce qu'elle n'est plus d'actualité.",
     "The application expired because it is no longer current."},
};
// clang-format on

const StateText* textFor(ApplicationStatus::State state)
{
    for (const StateText& t : kTexts) {
        if (t.state == state)
            return &t;
    }
    return nullptr;
}

QString pick(const QString& language, const char* nl, const char* fr, const char* en)
{
    const QString primary = language.section(QLatin1Char('-'), 0, 0).toLower();
    if (primary == QLatin1String("fr"))
        return QString::fromUtf8(fr);
    if (primary == QLatin1String("en"))
        return QString::fromUtf8(en);
    return QString::fromUtf8(nl);
}

} // namespace

ApplicationStatus::State ApplicationStatus::fromString(const QString& name)
{
    for (const StateText& t : kTexts) {
        if (name == QLatin1String(t.name))
            return t.state;
    }
    return Invalid;
}

QString ApplicationStatus::toString(State state)
{
    const StateText* t = textFor(state);
    return t ? QString::fromLatin1(t->name) : QString();
}

QStringList ApplicationStatus::allNames()
{
    QStringList names;
    for (const StateText& t : kTexts)
        names.append(QString::fromLatin1(t.name));
    return names;
}

bool ApplicationStatus::isFinal(State state)
{
    return state == Placed || state == Cancelled || state == Expired;
}

bool ApplicationStatus::canTransition(State from, State to)
{
    if (from == Invalid || to == Invalid || isFinal(from) || from == to)
        return false;
    if (to == Cancelled)
        return true; // any open state may be cancelled
    switch (from) {
    case Submitted:
        return to == InReview || to == Expired;
    case InReview:
        return to == Offered || to == Expired;
    case Offered:
        return to == Accepted || to == InReview; // declined or expired offer goes back to review
    case Accepted:
        return to == Placed;
    default:
        return false;
    }
}

QList<ApplicationStatus::State> ApplicationStatus::allowedNext(State from)
{
    QList<State> next;
    for (const StateText& t : kTexts) {
        if (canTransition(from, t.state))
            next.append(t.state);
    }
    return next;
}

ApplicationStatus::Reason ApplicationStatus::reasonNeeded(State from, State to)
{
    if (!canTransition(from, to))
        return Reason::None;
    if (to == Cancelled || to == Expired)
        return Reason::ClosedReason;
    if (from == Offered && to == InReview)
        return Reason::OfferReturn;
    return Reason::None;
}

QStringList ApplicationStatus::offerReturnReasons()
{
    return {QStringLiteral("declined"), QStringLiteral("expired")};
}

QString ApplicationStatus::explanation(State state, const QString& language)
{
    const StateText* t = textFor(state);
    return t ? pick(language, t->explainNl, t->explainFr, t->explainEn) : QString();
}

QString ApplicationStatus::label(State state, const QString& language)
{
    const StateText* t = textFor(state);
    return t ? pick(language, t->labelNl, t->labelFr, t->labelEn) : QString();
}
