#include "CliCommands.h"

#include "domain/RegionCatalog.h"
#include "report/PeriodReportExport.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "sync/ApiClient.h"
#include "sync/CacheDigest.h"
#include "sync/ClientSession.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

CliCommands::CliCommands(const Options& options)
    : m_options(options)
    , m_profile(new ClientProfile(options.profileDir))
    , m_out(stdout)
    , m_err(stderr)
{
    if (m_options.server.isEmpty())
        m_options.server = m_profile->lastServer();
    if (m_options.server.isEmpty())
        m_options.server = m_profile->siteDefaults().server();
    if (m_options.server.isEmpty())
        m_options.server = QUrl(QStringLiteral("http://127.0.0.1:8787"));
    if (m_options.user.isEmpty())
        m_options.user = m_profile->lastUsername();
    m_session = new ClientSession(*m_profile, m_options.server);
    if (m_options.keepAckedDays >= 0)
        m_session->sync().setKeepAckedDays(m_options.keepAckedDays);
}

CliCommands::~CliCommands()
{
    delete m_session;
    delete m_profile;
}

QString CliCommands::readPassword(bool prompt)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
#ifdef Q_OS_UNIX
    termios saved{};
    const bool tty = prompt && isatty(STDIN_FILENO);
    if (tty) {
        m_err << "Password: " << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    QString line = QString::fromUtf8(in.readLine());
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << "\n" << Qt::flush;
    }
#endif
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

int CliCommands::connect()
{
    if (m_options.user.isEmpty()) {
        m_err << "No user given: use --user NAME.\n";
        return Usage;
    }
    QString error;
    if (m_options.passwordStdin) {
        const QString password = readPassword(false);
        if (!m_session->signIn(m_options.user, password, ClientSession::Keychain::Skip, &error)) {
            m_err << "Sign-in failed: " << error << "\n";
            return error.contains(QLatin1String("cannot be reached")) ? ServerFailed : AuthFailed;
        }
        return Ok;
    }
    switch (m_session->resume(m_options.user, &error)) {
    case ClientSession::ResumeResult::Online:
        return Ok;
    case ClientSession::ResumeResult::Offline:
        m_err << "The server cannot be reached; working from the offline copy.\n";
        return ServerFailed;
    case ClientSession::ResumeResult::NeedPassword:
        m_err << "Not signed in: " << error << "\nRun 'opvangloket-cli login' or use --password-stdin.\n";
        return AuthFailed;
    case ClientSession::ResumeResult::Failed:
        break;
    }
    m_err << error << "\n";
    return CacheFailed;
}

int CliCommands::login()
{
    if (m_options.user.isEmpty()) {
        m_err << "No user given: use --user NAME.\n";
        return Usage;
    }
    const QString password = readPassword(!m_options.passwordStdin);
    const auto keychain = m_options.passwordStdin ? ClientSession::Keychain::Skip : ClientSession::Keychain::Use;
    QString error;
    if (!m_session->signIn(m_options.user, password, keychain, &error)) {
        m_err << "Sign-in failed: " << error << "\n";
        return AuthFailed;
    }
    const AccountInfo& a = m_session->account();
    m_out << "Signed in as " << a.username << " (" << a.role << ", " << a.regionIds.join(QLatin1String(", ")) << ") on "
          << m_options.server.toString() << "\n";
    if (!m_session->keychainWarning().isEmpty())
        m_err << m_session->keychainWarning() << "\n";
    else if (!m_options.passwordStdin)
        m_out << "The sign-in is remembered in the system keychain.\n";
    return Ok;
}

int CliCommands::sync()
{
    const int connected = connect();
    if (connected != Ok)
        return connected;
    QString error;
    if (!m_session->sync().syncBlocking(&error)) {
        m_err << "Sync failed: " << error << "\n";
        return ServerFailed;
    }
    const SyncEngine& engine = m_session->sync();
    const double seconds = engine.lastRoundSeconds();
    const QLocale c = QLocale::c();
    m_out << "Sent " << engine.mutationsSent() << " changes, received " << engine.rowsReceived() << " rows in "
          << c.toString(seconds, 'f', 2) << " s";
    if (seconds > 0 && engine.rowsReceived() > 0)
        m_out << " (" << c.toString(engine.rowsReceived() / seconds, 'f', 0) << " rows/s)";
    m_out << "\n";
    return Ok;
}

int CliCommands::status()
{
    if (m_options.user.isEmpty()) {
        m_err << "No user given and no previous session in this profile: use --user NAME.\n";
        return Usage;
    }
    QString error;
    if (!m_session->openOffline(m_options.user, &error)) {
        m_err << error << "\n";
        return CacheFailed;
    }
    LocalCache& cache = m_session->cache();
    RecordQuery records(cache);
    m_out << "Server:          " << m_options.server.toString() << "\n"
          << "Account:         " << m_options.user << "\n"
          << "Cache:           " << cache.path() << " (schema " << cache.schemaVersion() << ")\n"
          << "Last sync:       " << cache.state(QStringLiteral("last_sync_at")) << "\n"
          << "Pending changes: " << records.pendingChanges() << "\n"
          << "Sent, kept:      " << records.acknowledgedKept() << " (for a replay after a server restore; kept "
          << m_session->sync().keepAckedDays() << " days)\n"
          << "Conflicts:       " << records.conflictCount() << "\n";
    const QMap<QString, int> counts = records.rowCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        m_out << "  " << it.key().leftJustified(18) << it.value() << "\n";
    return Ok;
}

int CliCommands::check()
{
    const int connected = connect();
    if (connected != Ok)
        return connected;
    const ApiResult digest = m_session->api().getBlocking(QStringLiteral("/sync/digest"));
    if (!digest.ok()) {
        m_err << "Cannot read the server's digest: " << digest.describe() << "\n";
        return ServerFailed;
    }
    const QVector<CacheDigest::TableComparison> comparisons =
        CacheDigest::compare(m_session->cache(), digest.json.value(QStringLiteral("tables")).toObject());
    int differences = 0;
    for (const CacheDigest::TableComparison& c : comparisons) {
        m_out << (c.same ? "same     " : "DIFFERENT") << "  " << c.table.leftJustified(18) << c.localCount << " local, "
              << c.serverCount << " on the server\n";
        differences += c.same ? 0 : 1;
    }
    if (differences > 0) {
        m_err << differences << " table(s) differ from the server; run 'opvangloket-cli sync'.\n";
        return Mismatch;
    }
    m_out << "The cache equals the server for this account.\n";
    return Ok;
}

int CliCommands::report()
{
    // The figures are those of the cache: fresh after a sync, or as they are with --offline (said on stderr).
    if (m_options.offline) {
        QString error;
        if (m_options.user.isEmpty() || !m_session->openOffline(m_options.user, &error)) {
            m_err << (m_options.user.isEmpty() ? QStringLiteral("No user given: use --user NAME.") : error) << "\n";
            return m_options.user.isEmpty() ? Usage : CacheFailed;
        }
        m_err << "Report from the offline copy as of " << m_session->cache().state(QStringLiteral("last_sync_at"))
              << ".\n";
    } else {
        const int synced = sync();
        if (synced != Ok)
            return synced;
    }
    const AccountInfo& account = m_session->account();
    QStringList regions = m_options.regionId.isEmpty() ? account.regionIds : QStringList{m_options.regionId};
    if (account.role == QLatin1String("admin") && m_options.regionId.isEmpty()) {
        regions.clear();
        for (const Region& region : RegionCatalog::regions())
            regions.append(region.id);
    }
    if (!m_options.regionId.isEmpty() && account.role != QLatin1String("admin") &&
        !account.regionIds.contains(m_options.regionId)) {
        m_err << "Region '" << m_options.regionId << "' is not one of this account's regions ("
              << account.regionIds.join(QLatin1String(", ")) << ").\n";
        return Usage;
    }
    QString error;
    int figures = 0;
    const auto format =
        m_options.format == QLatin1String("pdf") ? PeriodReportExport::Format::Pdf : PeriodReportExport::Format::Csv;
    if (!PeriodReportExport::write(m_session->cache(), regions, m_options.from, m_options.to, format, m_options.outPath,
                                   &figures, &error)) {
        m_err << error << "\n";
        return CacheFailed;
    }
    m_out << "Wrote " << figures << " figures for " << regions.join(QLatin1String(", ")) << " ("
          << m_options.from.toString(Qt::ISODate) << " to " << m_options.to.toString(Qt::ISODate) << ") to "
          << m_options.outPath << "\n";
    return Ok;
}
