#include "HistoryHtml.h"

#include "RecordHtml.h"
#include "conflicts/FieldText.h"

#include <QStringList>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString str(const QJsonObject& o, const char* field)
{
    return o.value(QLatin1String(field)).toString();
}

} // namespace

QString HistoryHtml::render(State state, const QJsonArray& entries, const QString& failure,
                            const QVector<QJsonObject>& pending)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("History")));
    for (int i = pending.size() - 1; i >= 0; --i)
        html += pendingEntry(pending.at(i));
    return html + serverPart(state, entries, failure);
}

QString HistoryHtml::serverPart(State state, const QJsonArray& entries, const QString& failure)
{
    auto note = [](const QString& text) {
        return QStringLiteral("<p class='none'>%1</p>").arg(esc(text));
    };
    switch (state) {
    case State::Offline:
        return note(tr("The history of changes is kept on the server. Connect to the network to see it."));
    case State::Loading:
        return note(tr("Loading the history…"));
    case State::Failed:
        return QStringLiteral("<p class='error'>%1</p>")
            .arg(esc(tr("The history could not be loaded: %1").arg(failure)));
    case State::Loaded:
        break;
    }
    if (entries.isEmpty())
        return note(tr("The server has no recorded changes of this record."));
    QString html;
    for (int i = entries.size() - 1; i >= 0; --i) // newest first
        html += entry(entries.at(i).toObject());
    return html;
}

QString HistoryHtml::entry(const QJsonObject& e)
{
    const QString who = str(e, "account_name").isEmpty() ? tr("an operator") : str(e, "account_name");
    return QStringLiteral("<p><b>%1</b> — %2<br>%3</p>")
        .arg(esc(RecordHtml::dateTime(str(e, "at"))), esc(who),
             esc(whatChanged(str(e, "action"), e.value(QLatin1String("fields")).toArray())));
}

QString HistoryHtml::pendingEntry(const QJsonObject& p)
{
    return QStringLiteral("<p><b>%1</b> — <span class='pending'>%2</span><br>%3</p>")
        .arg(esc(RecordHtml::dateTime(str(p, "created_at"))), esc(tr("not sent yet")),
             esc(whatChanged(str(p, "op"), p.value(QLatin1String("fields")).toArray())));
}

QString HistoryHtml::whatChanged(const QString& action, const QJsonArray& fields)
{
    if (action == QLatin1String("insert"))
        return tr("Created");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    QStringList labels;
    for (const QJsonValue& f : fields)
        labels.append(FieldText::label(f.toString()));
    return labels.isEmpty() ? tr("Changed") : tr("Changed: %1").arg(labels.join(QStringLiteral(", ")));
}
