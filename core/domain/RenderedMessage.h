#pragma once

#include <QString>

// A parent message as it will be sent: the language it is written in (nl, fr or en), subject and body.
struct RenderedMessage {
    QString templateName;
    QString language;
    QString subject;
    QString body;
};
