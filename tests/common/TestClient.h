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
        QString error;
        if (!c->start(server, user, &error))
            qWarning() << "sign-in failed:" << error;
        return c;
    }

    // Starts the program on this client's profile folder and signs `user` in: the first start, or the program
    // started again over the files the last session left (that session is closed first). False with *error.
    bool start(const QUrl& server, const QString& user, QString* error)
    {
        session.reset();
        profile.reset();
        profile = std::make_unique<ClientProfile>(dir->path());
        session = std::make_unique<ClientSession>(*profile, server);
        return session->signIn(user, QStringLiteral("demo"), ClientSession::Keychain::Skip, error);
    }
};
