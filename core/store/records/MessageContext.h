#pragma once

#include "domain/MessageValues.h"

class LocalCache;

// Gathers from the cache the rows a message about a parent (and maybe one of their applications) talks
// about: the application's child and its newest offer that is still open, with that offer's location.
class MessageContext
{
public:
    static MessageRows rows(const LocalCache& cache, const QString& parentId, const QString& applicationId);
};
