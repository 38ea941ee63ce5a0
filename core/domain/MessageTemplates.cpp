#include "MessageTemplates.h"

#include <QFile>
#include <QRegularExpression>

namespace {

const QRegularExpression& placeholderPattern()
{
    // Anything in braces counts, so a typo such as {parent-name} is refused instead of sent to a parent.
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}\\s]*)\\}"));
    return pattern;
}

} // namespace

QStringList MessageTemplates::names()
{
    return {QStringLiteral("acknowledgement"), QStringLiteral("application_changed"),
            QStringLiteral("state_changed"),   QStringLiteral("offer_made"),
            QStringLiteral("offer_expiring"),  QStringLiteral("application_cancelled")};
}

bool MessageTemplates::isTemplate(const QString& name)
{
    return names().contains(name);
}

QStringList MessageTemplates::languages()
{
    return {QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en")};
}

QString MessageTemplates::languageFor(const QString& bcp47)
{
    const QString primary = bcp47.trimmed().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    return languages().contains(primary) ? primary : languages().constFirst();
}

QStringList MessageTemplates::placeholders()
{
    return {QStringLiteral("parent_name"), QStringLiteral("application_number"), QStringLiteral("child_name"),
            QStringLiteral("state"),       QStringLiteral("state_explanation"),  QStringLiteral("location"),
            QStringLiteral("respond_by")};
}

QString MessageTemplates::unnamedChild(const QString& language)
{
    const QString lang = languageFor(language);
    if (lang == QLatin1String("fr"))
        return QStringLiteral("votre enfant");
    if (lang == QLatin1String("en"))
        return QStringLiteral("your child");
    return QStringLiteral("uw kind");
}

bool MessageTemplates::load(const QString& name, const QString& language, QString* text, QString* error)
{
    if (!isTemplate(name)) {
        *error = QStringLiteral("unknown message template \"%1\"").arg(name);
        return false;
    }
    QFile file(QStringLiteral(":/mail/%1.%2.txt").arg(name, language));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("message template \"%1\" has no %2 text").arg(name, language);
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

bool MessageTemplates::fill(const QString& text, const QHash<QString, QString>& values, QString* out, QString* error)
{
    const QStringList known = placeholders();
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString key = match.captured(1);
        if (!known.contains(key)) {
            *error = QStringLiteral("unknown placeholder {%1}").arg(key);
            return false;
        }
        if (!values.contains(key) || values.value(key).isEmpty()) {
            *error = QStringLiteral("no value for placeholder {%1}").arg(key);
            return false;
        }
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += values.value(key);
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    *out = result;
    return true;
}

bool MessageTemplates::render(const QString& name, const QString& language, const QHash<QString, QString>& values,
                              RenderedMessage* out, QString* error)
{
    const QString lang = languageFor(language);
    QString text;
    if (!load(name, lang, &text, error))
        return false;
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString subjectText = newline < 0 ? text : text.left(newline);
    const QString bodyText = newline < 0 ? QString() : text.mid(newline + 1);
    RenderedMessage rendered{name, lang, QString(), QString()};
    if (!fill(subjectText.trimmed(), values, &rendered.subject, error) ||
        !fill(bodyText.trimmed() + QLatin1Char('\n'), values, &rendered.body, error)) {
        *error = QStringLiteral("template %1.%2: %3").arg(name, lang, *error);
        return false;
    }
    // A subject is one header line: a value with a line break must not add headers.
    rendered.subject.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    *out = rendered;
    return true;
}
