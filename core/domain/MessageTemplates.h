#pragma once

#include "RenderedMessage.h"

#include <QHash>
#include <QString>
#include <QStringList>

// The parent mail templates of docs/ARCHITECTURE.md "Domain" and server/README.md "Parent mail": one text per template
// and language, kept as data in translations/mail/<template>.<lang>.txt (first line the subject, the rest the body) and
// compiled into this library as resources under :/mail. Client and server render them the same way.
//
//   RenderedMessage m;
//   QString error;
//   if (!MessageTemplates::render(QStringLiteral("acknowledgement"), parent.language, values, &m, &error)) ...
class MessageTemplates
{
public:
    // acknowledgement, application_changed, state_changed, offer_made, offer_expiring, application_cancelled.
    static QStringList names();
    static bool isTemplate(const QString& name);
    // The languages templates exist in; the first is the fallback.
    static QStringList languages();
    // The template language for a parent's BCP 47 language: "nl-BE" -> "nl", "fr" -> "fr", unknown -> "nl".
    static QString languageFor(const QString& bcp47);
    // The placeholders a template may use, without braces: parent_name, application_number, child_name, state,
    // state_explanation, location, respond_by.
    static QStringList placeholders();
    // {child_name} for a child without a first name yet (an expected baby): "uw kind", "votre enfant", "your child".
    static QString unnamedChild(const QString& language);

    // Renders template `name` in the language chosen for `language`. False with *error (and *out untouched)
    // when the template is unknown, the text uses an unknown placeholder, or a used placeholder has no value.
    static bool render(const QString& name, const QString& language, const QHash<QString, QString>& values,
                       RenderedMessage* out, QString* error);
    // Replaces every {placeholder} in `text`; the same checks as render(). Exposed for tests.
    static bool fill(const QString& text, const QHash<QString, QString>& values, QString* out, QString* error);

private:
    static bool load(const QString& name, const QString& language, QString* text, QString* error);
};
