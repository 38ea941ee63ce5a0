#pragma once

#include "auth/Account.h"
#include "storage/ServerStorage.h"
#include "sync/AccessScope.h"

// The caller of an authenticated request: account and session from the bearer token.
struct AuthContext {
    Account account;
    SessionRecord session;
    AccessScope scope;
};
