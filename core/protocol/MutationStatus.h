#pragma once

#include <QString>

namespace Protocol {

// The fate of one pushed mutation (docs/PROTOCOL.md "Push", "What the client does with each push result").
// An enum so that the wire words are spelled in one place only (MutationStatus.cpp): the server decides with it,
// the client settles its outbox with it, and the audit log and the cache's conflicts table store its word.
enum class MutationStatus {
    Applied,
    Conflict,
    Gone,
    Rejected,
    Duplicate,
    // A word this side does not know (a newer server's) or none at all: never sent by this server; the client
    // treats it as not applied and keeps the mutation for a person (MutationResult keeps the word as it came).
    Unknown,
};

// The wire word of a status; empty for Unknown.
QString mutationStatusName(MutationStatus status);
// The status a wire word names, Unknown for any other text (the words are compared exactly).
MutationStatus mutationStatusFromName(const QString& name);

} // namespace Protocol
