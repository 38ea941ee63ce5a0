#pragma once

#include "AccessScope.h"
#include "Account.h"
#include "ServerStorage.h"

// The caller of an authenticated request: account and session from the bearer token.
struct AuthContext {
    Account account;
    SessionRecord session;
    AccessScope scope;
};
