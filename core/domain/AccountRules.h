#pragma once

#include <QString>

// The shape of an account's fields (docs/PROTOCOL.md "Accounts"), shared by the server's checks (AccountAdmin) and
// the client's account form, so the form says before sending what the server would refuse.
class AccountRules
{
public:
    // 2–64 letters, digits, dots, dashes or underscores.
    static bool isUserName(const QString& username);
    // A plain address (something@somewhere) of at most 254 characters; empty is not one.
    static bool isEmail(const QString& email);

    static constexpr int kMaxTextLength = 200; // display_name, organisation
    static constexpr int kMaxEmailLength = 254;
};
