#include "MutationStatus.h"

namespace Protocol {

QString mutationStatusName(MutationStatus status)
{
    switch (status) {
    case MutationStatus::Applied:
        return QStringLiteral("applied");
    case MutationStatus::Conflict:
        return QStringLiteral("conflict");
    case MutationStatus::Gone:
        return QStringLiteral("gone");
    case MutationStatus::Rejected:
        return QStringLiteral("rejected");
    case MutationStatus::Duplicate:
        return QStringLiteral("duplicate");
    case MutationStatus::Unknown:
        break;
    }
    return QString();
}

MutationStatus mutationStatusFromName(const QString& name)
{
    for (const MutationStatus status : {MutationStatus::Applied, MutationStatus::Conflict, MutationStatus::Gone,
                                        MutationStatus::Rejected, MutationStatus::Duplicate}) {
        if (name == mutationStatusName(status))
            return status;
    }
    return MutationStatus::Unknown;
}

} // namespace Protocol
