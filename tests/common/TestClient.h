#pragma once

#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "sync/ClientSession.h"

#include <QDebug>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// One desktop client in a test: a profile folder of its own, its cache and its session, signed in with the
// demo password and nothing in the keychain. Header-only, so tests that link only the client core use it too.
struct TestClient {
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<ClientProfile> profile;
    std::unique_ptr<ClientSession> session;

    LocalCache& cache() { return session->cache(); }
    RecordQuery records() { return RecordQuery(session->cache()); }

    // A failed sign-in is logged, not fatal: the test's next step says what it expected.
    static std::unique_ptr<TestClient> signIn(const QUrl& server, const QString& user)
    {
        auto c = std::make_unique<TestClient>();
        c->profile = std::make_unique<ClientProfile>(c->dir->path());
        c->session = std::make_unique<ClientSession>(*c->profile, server);
        QString error;
        if (!c->session->signIn(user, QStringLiteral("demo"), ClientSession::Keychain::Skip, &error))
            qWarning() << "sign-in failed:" << error;
        return c;
    }
};
