#pragma once

#include <QJsonObject>
#include <QString>

// Why an application got the place it got, or none (docs/PROTOCOL.md "Allocation": codes `matched`, `outranked`,
// `no_eligible_place`, `sibling_kept_together`, `sibling_split`), with the facts behind it and the same explanation in
// Dutch, French and English: a coordinator reads it in the draft, a counter worker repeats it to the parent. Never
// names another family: an outranking is told by its tier, not by who won.
struct AllocationReason {
    enum class Code { Matched, Outranked, NoEligiblePlace, SiblingKeptTogether, SiblingSplit };

    Code code = Code::NoEligiblePlace;
    bool matched = false;   // the application got a place (matched, or a sibling code with a place)
    bool outranked = false; // without a place: eligible somewhere, but others ranked higher
    QString locationName;   // where it was matched, or outranked first
    QString locationId;
    int preferenceRank = 0;    // 1 = the family's first choice
    int tier = 0;              // matched: its own tier there; outranked: the tier that won
    QJsonObject tierLabel;     // {nl, fr, en}
    bool reservedSlot = false; // taken through the reserved share
    int preferences = 0;       // how many locations the family chose
    int tooYoung = 0, tooOld = 0, startOutside = 0, daysMissing = 0, noPlaceOpen = 0; // per preferred location

    static QString codeName(Code code);
    QString text(const QString& language) const;
    // {"code", "text": {nl, fr, en}, and the facts: "location_id", "preference", "tier", "misfits"}.
    QJsonObject toJson() const;

private:
    QString outcomeText(const QString& language) const;
    QString matchedText(const QString& language) const;
    QString outrankedText(const QString& language) const;
    QString noPlaceText(const QString& language) const;
    QString siblingText(const QString& language) const;
};
