#include "SearchHitText.h"

#include "common/DisplayFormat.h"

#include <QStringList>

namespace {

QString value(const SearchHit& hit, const char* key)
{
    return hit.values.value(QLatin1String(key)).toString().trimmed();
}

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(QStringLiteral(" · "));
}

} // namespace

QString SearchHitText::groupTitle(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Parent:
        return tr("Parents");
    case SearchHit::Kind::Child:
        return tr("Children");
    case SearchHit::Kind::Application:
        return tr("Applications");
    }
    return QString();
}

QString SearchHitText::kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Parent:
        return tr("Parent");
    case SearchHit::Kind::Child:
        return tr("Child");
    case SearchHit::Kind::Application:
        return tr("Application");
    }
    return QString();
}

QString SearchHitText::groupHeading(const SearchGroup& group)
{
    const QString count = group.totalCapped ? tr("%1+").arg(group.total) : QString::number(group.total);
    return tr("%1 (%2)").arg(groupTitle(group.kind), count);
}

QString SearchHitText::context(const SearchHit& hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Parent:
        return parentContext(hit);
    case SearchHit::Kind::Child:
        return childContext(hit);
    case SearchHit::Kind::Application:
        return applicationContext(hit);
    }
    return QString();
}

QString SearchHitText::parentContext(const SearchHit& hit)
{
    const QString place = joined({value(hit, "postcode"), value(hit, "municipality")})
                              .replace(QStringLiteral(" · "), QStringLiteral(" "));
    return joined({place, DisplayFormat::phone(value(hit, "phone")), value(hit, "email")});
}

QString SearchHitText::childContext(const SearchHit& hit)
{
    const QString born = value(hit, "birth_date");
    const QString expected = value(hit, "expected_birth_date");
    QString birth;
    if (!born.isEmpty())
        birth = tr("born %1").arg(DisplayFormat::date(born));
    else if (!expected.isEmpty())
        birth = tr("expected %1").arg(DisplayFormat::date(expected));
    const QString parent = value(hit, "parent");
    return joined({birth, parent.isEmpty() ? QString() : tr("parent %1").arg(parent)});
}

QString SearchHitText::applicationContext(const SearchHit& hit)
{
    const QString start = value(hit, "desired_start");
    return joined({value(hit, "child"), DisplayFormat::statusLabel(value(hit, "status")),
                   start.isEmpty() ? QString() : tr("start %1").arg(DisplayFormat::date(start)),
                   value(hit, "municipality")});
}

QString SearchHitText::more(const SearchGroup& group)
{
    if (group.totalCapped)
        return tr("and at least %1 more: type more to narrow the search").arg(group.more());
    return tr("and %n more: type more to narrow the search", nullptr, group.more());
}

QString SearchHitText::nothingFound(const QString& text)
{
    return tr("Nothing found for “%1”. Search by name, application number, national number, phone, e-mail or "
              "postcode.")
        .arg(text.trimmed());
}

QString SearchHitText::accessibleText(const SearchHit& hit)
{
    const QString line = context(hit);
    const QString head = tr("%1, %2").arg(kindName(hit.kind), hit.label);
    return line.isEmpty() ? head : tr("%1: %2").arg(head, line);
}
