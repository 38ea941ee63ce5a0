#include "PositionHtml.h"

#include "RecordHtml.h"
#include "domain/allocation/RuleSet.h"

#include <QtMath>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Average days in a month (365.25 / 12): a wait is told in whole months, as a family plans by the month.
constexpr double kDaysPerMonth = 30.44;

} // namespace

QString PositionHtml::section(const ApplicationPosition::Result& position, const QString& language)
{
    if (!position.available())
        return QString();
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Position")));
    html += QStringLiteral("<p class='explain'>%1</p>")
                .arg(esc(tr("Among the open applications in this copy, under the priority rules \"%1\". A new "
                            "application with a better priority can still come ahead.")
                             .arg(position.rules->name(language))));
    for (const ApplicationPosition::AtLocation& at : position.locations) {
        const QString name = at.locationName.isEmpty() ? tr("(unknown location)") : at.locationName;
        QStringList lines{QStringLiteral("<b>%1</b> — %2")
                              .arg(RecordHtml::link(QStringLiteral("locations"), at.locationId, name),
                                   esc(tr("priority: %1").arg(position.rules->tierLabel(at.tier, language))))};
        for (const QString& line : queue(at))
            lines.append(esc(line));
        lines.append(esc(expectedWait(at.wait)));
        html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    return html;
}

QStringList PositionHtml::queue(const ApplicationPosition::AtLocation& at)
{
    // "0 families" reads as a count; "no family" as the good news it is.
    return {at.ahead == 0 ? tr("no family ranks ahead (better priority)")
                          : tr("%n family(s) rank ahead (better priority)", nullptr, at.ahead),
            at.sameTier == 0
                ? tr("no other family has the same priority")
                : tr("%n other family(s) share the same priority (the lottery decides)", nullptr, at.sameTier)};
}

QString PositionHtml::expectedWait(const ApplicationPosition::ExpectedWait& wait)
{
    if (wait.placements == 0)
        return tr("expected wait: not enough data yet (no placement here in the last 12 months)");
    if (!wait.known())
        return tr("expected wait: not enough data yet (%n placement(s) here in the last 12 months)", nullptr,
                  wait.placements);
    const int months = qRound(wait.medianDays / kDaysPerMonth);
    const QString about = months < 1 ? tr("expected wait: less than a month from filing")
                                     : tr("expected wait: about %n month(s) from filing", nullptr, months);
    return tr("%1 (based on %2)")
        .arg(about, tr("%n placement(s) here in the last 12 months", nullptr, wait.placements));
}
