#pragma once

#include <QFileDevice>

// What "owner-only" means for files that hold personal data (docs/PROTOCOL.md "Input limits"): written down here,
// apart from the code that sets the modes, so a test compares against the rule and not against the code.
namespace OwnerOnlyModes {

inline constexpr QFileDevice::Permissions kFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                    QFileDevice::WriteUser | QFileDevice::ExeUser;
inline constexpr QFileDevice::Permissions kFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace OwnerOnlyModes
