#include "AllocationReason.h"

#include "RuleSet.h"

#include <QStringList>

namespace {

enum Lang { Nl, Fr, En };

Lang langOf(const QString& language)
{
    const QString base = language.section(QLatin1Char('-'), 0, 0).toLower();
    if (base == QLatin1String("fr"))
        return Fr;
    if (base == QLatin1String("en"))
        return En;
    return Nl;
}

QString pick(Lang lang, const char* nl, const char* fr, const char* en)
{
    return QString::fromUtf8(lang == Fr ? fr : lang == En ? en : nl);
}

// "at 2 of 3 locations", or "at your only location" when the family chose one.
QString ofLocations(Lang lang, int count, int total)
{
    if (total == 1)
        return pick(lang, "bij de enige gekozen opvang", "dans le seul lieu choisi", "at the only location chosen");
    return pick(lang, "bij %1 van de %2 gekozen opvanglocaties", "dans %1 des %2 lieux choisis",
                "at %1 of %2 locations chosen")
        .arg(count)
        .arg(total);
}

} // namespace

QString AllocationReason::codeName(Code code)
{
    switch (code) {
    case Code::Matched:
        return QStringLiteral("matched");
    case Code::Outranked:
        return QStringLiteral("outranked");
    case Code::NoEligiblePlace:
        return QStringLiteral("no_eligible_place");
    case Code::SiblingKeptTogether:
        return QStringLiteral("sibling_kept_together");
    case Code::SiblingSplit:
        return QStringLiteral("sibling_split");
    }
    return QString();
}

QString AllocationReason::matchedText(const QString& language) const
{
    const Lang lang = langOf(language);
    QString text = pick(lang, "Plaats bij %1 (keuze %2), voorrang: %3.", "Place à %1 (choix %2), priorité : %3.",
                        "Place at %1 (choice %2), priority: %3.")
                       .arg(locationName)
                       .arg(preferenceRank)
                       .arg(RuleSet::textIn(tierLabel, language));
    if (reservedSlot)
        text += QLatin1Char(' ') + pick(lang, "Via het voorbehouden aandeel voor kwetsbare gezinnen.",
                                        "Par la part réservée aux familles vulnérables.",
                                        "Through the share reserved for vulnerable families.");
    return text;
}

QString AllocationReason::outrankedText(const QString& language) const
{
    const Lang lang = langOf(language);
    return pick(lang, "Geen plaats: bij %1 gingen de plaatsen naar aanvragen met voorrang %2 (%3).",
                "Pas de place : à %1, les places sont allées à des demandes de priorité %2 (%3).",
                "No place: outranked at %1 by tier %2 (%3).")
        .arg(locationName)
        .arg(tier)
        .arg(RuleSet::textIn(tierLabel, language));
}

QString AllocationReason::noPlaceText(const QString& language) const
{
    const Lang lang = langOf(language);
    QStringList why;
    const auto add = [&](int count, const char* nl, const char* fr, const char* en) {
        if (count > 0)
            why.append(pick(lang, nl, fr, en) + QLatin1Char(' ') + ofLocations(lang, count, preferences));
    };
    add(tooYoung, "het kind is te jong op de startdatum", "l'enfant est trop jeune à la date de début",
        "the child is too young on the start date");
    add(tooOld, "het kind is te oud op de startdatum", "l'enfant est trop âgé à la date de début",
        "the child is too old on the start date");
    add(startOutside, "de plaats begint buiten de gewenste startperiode",
        "la place commence en dehors de la période souhaitée", "the place starts outside the desired start window");
    add(daysMissing, "de plaats biedt niet alle gevraagde dagen", "la place n'offre pas tous les jours demandés",
        "the place does not offer every day asked for");
    add(noPlaceOpen, "er is geen vrije plaats", "il n'y a pas de place libre", "no place is open");
    return pick(lang, "Geen passende plaats bij de gekozen opvanglocaties: %1.",
                "Pas de place adaptée parmi les lieux choisis : %1.", "No eligible place among your preferences: %1.")
        .arg(why.isEmpty() ? pick(lang, "geen voorkeur opgegeven", "aucune préférence indiquée", "no preference given")
                           : why.join(QLatin1String("; ")));
}

QString AllocationReason::outcomeText(const QString& language) const
{
    if (matched)
        return matchedText(language);
    return outranked ? outrankedText(language) : noPlaceText(language);
}

QString AllocationReason::siblingText(const QString& language) const
{
    const Lang lang = langOf(language);
    if (code == Code::SiblingKeptTogether)
        return pick(lang, "Samen met broer of zus geplaatst.", "Placé avec son frère ou sa sœur.",
                    "Kept together with brother or sister.") +
               QLatin1Char(' ') + outcomeText(language);
    return pick(lang, "Niet samen met broer of zus: geen gekozen opvang had plaats voor allebei.",
                "Pas avec son frère ou sa sœur : aucun lieu choisi n'avait de place pour les deux.",
                "Not together with brother or sister: no location chosen had room for both.") +
           QLatin1Char(' ') + outcomeText(language);
}

QString AllocationReason::text(const QString& language) const
{
    if (code == Code::SiblingKeptTogether || code == Code::SiblingSplit)
        return siblingText(language);
    return outcomeText(language);
}

QJsonObject AllocationReason::toJson() const
{
    QJsonObject json{{QStringLiteral("code"), codeName(code)},
                     {QStringLiteral("text"), QJsonObject{{QStringLiteral("nl"), text(QStringLiteral("nl"))},
                                                          {QStringLiteral("fr"), text(QStringLiteral("fr"))},
                                                          {QStringLiteral("en"), text(QStringLiteral("en"))}}}};
    if (!locationId.isEmpty())
        json.insert(QStringLiteral("location_id"), locationId);
    if (matched)
        json.insert(QStringLiteral("preference"), preferenceRank);
    if (outranked)
        json.insert(QStringLiteral("winning_tier"), tier);
    if (!matched && !outranked)
        json.insert(QStringLiteral("misfits"), QJsonObject{{QStringLiteral("too_young"), tooYoung},
                                                           {QStringLiteral("too_old"), tooOld},
                                                           {QStringLiteral("start"), startOutside},
                                                           {QStringLiteral("days"), daysMissing},
                                                           {QStringLiteral("no_place_open"), noPlaceOpen},
                                                           {QStringLiteral("preferences"), preferences}});
    return json;
}
