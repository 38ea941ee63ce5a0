#pragma once

#include <QLatin1String>
#include <QString>
#include <QtGlobal>

// The refusals the server gives when a pushed offer, free place, application state or emergency entry would break
// what an offer means (docs/PROTOCOL.md "Offers and the emergency list"). They travel in English in a rejected
// mutation's reason, after kInvalid and, where one field is at fault, "<field>: "; the client recognises them by
// these texts and translates them in the context "RowValidator", like the validator's own, so here is where lupdate
// finds them. kPlaceTaken is the answer to the loser of two offers of a place's last seat.
namespace PlacementProblems {

inline const char* const kInvalid = "invalid: ";

// The whole reason is kInvalid + kPlaceTaken: no field, the place itself is gone.
inline const char* const kPlaceTaken =
    QT_TRANSLATE_NOOP("RowValidator", "this place was just offered to another family");
// free_place_id: a withdrawn place is offered to nobody.
inline const char* const kPlaceWithdrawn = QT_TRANSLATE_NOOP("RowValidator", "is a place that was withdrawn");
// status of a new offer.
inline const char* const kNewOffer = QT_TRANSLATE_NOOP("RowValidator", "a new offer starts as proposed or sent");
// status of an offer that changes.
inline const char* const kOfferStep = QT_TRANSLATE_NOOP(
    "RowValidator", "an offer goes from proposed to sent, from sent to accepted, declined or expired, "
                    "and an open offer may be withdrawn; an answered offer stays as it is");
// status accepted while the application is in another state.
inline const char* const kAcceptNeedsOffered =
    QT_TRANSLATE_NOOP("RowValidator", "the family can only accept while the application is offered");
// application_id of a new offer, or of one that is sent, when the application no longer waits for a place.
inline const char* const kNotWaiting =
    QT_TRANSLATE_NOOP("RowValidator", "is not waiting for a place (it is accepted, placed or closed)");
// application_id or free_place_id of an offer that is sent or accepted.
inline const char* const kOfferKeepsItsPlace = QT_TRANSLATE_NOOP(
    "RowValidator", "cannot change while the offer is sent or accepted; withdraw it and make a new one");
// status of an offer someone deletes while it is sent or accepted.
inline const char* const kWithdrawNotDelete =
    QT_TRANSLATE_NOOP("RowValidator", "a sent or accepted offer is withdrawn, not deleted");
// status offered of an application.
inline const char* const kOfferedNeedsSentOffer =
    QT_TRANSLATE_NOOP("RowValidator", "an application can only be offered while it has a sent offer");
// count of a free place.
inline const char* const kCountBelowOffers =
    QT_TRANSLATE_NOOP("RowValidator", "is below the number of offers sent or accepted for this place");
// A second open emergency entry of an application (the reason of a `duplicate`, or of a refused reopening).
inline const char* const kSecondOpenEntry =
    QT_TRANSLATE_NOOP("RowValidator", "this application is on the emergency list already");

// "invalid: <problem>"
inline QString reason(const char* problem)
{
    return QLatin1String(kInvalid) + QLatin1String(problem);
}

// "invalid: <field>: <problem>"
inline QString reason(const char* field, const char* problem)
{
    return QLatin1String(kInvalid) + QLatin1String(field) + QLatin1String(": ") + QLatin1String(problem);
}

} // namespace PlacementProblems
