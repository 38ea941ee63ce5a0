// Desktop client benchmarks on a cache synced from a real opvangloket-server with --demo-scale N:
// - search_p95_ms: search as you type through the global search box the popup uses (GlobalSearchBox:
//   GlobalSearch over FTS5, the results model, placing and painting the popup); realistic queries (names,
//   application numbers, phones and national numbers in several notations, postcodes, e-mail) typed letter
//   by letter, each keystroke timed until its results are painted; the debounce pause is not counted.
// - gui_startup_ms: from starting the real `opvangloket` process (--password-stdin, signing in to the
//   running server) until it says the first list rows are painted (--bench); median of several starts.
// - gui_rss_mb: resident memory of that process after the applications list was scrolled to its end.
#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchServer.h"
#include "search/GlobalSearchBox.h"
#include "search/SearchPopup.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVBoxLayout>
#include <algorithm>
#include <ctime>

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

double percentile(QVector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(int(values.size() - 1), int(p * values.size())));
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

bool syncWithCli(const QString& cli, const QUrl& url, const QString& profile, const QString& user)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cli, {QStringLiteral("--server"), url.toString(), QStringLiteral("--profile"), profile,
                  QStringLiteral("--user"), user, QStringLiteral("--password-stdin"), QStringLiteral("sync")});
    p.write("demo\n");
    p.closeWriteChannel();
    const bool ok = p.waitForFinished(30 * 60 * 1000) && p.exitCode() == 0;
    err() << QString::fromUtf8(p.readAll()).trimmed() << Qt::endl;
    return ok;
}

// "+32470123456" -> "0470/12.34.56", the way people write a Belgian mobile number.
QString slashedPhone(const QString& e164)
{
    const QString national = QLatin1Char('0') + e164.mid(3);
    QStringList pairs;
    for (int i = 4; i < national.size(); i += 2)
        pairs.append(national.mid(i, 2));
    return national.left(4) + QLatin1Char('/') + pairs.join(QLatin1Char('.'));
}

// "+32470123456" -> "+32 470 12 34 56"
QString spacedPhone(const QString& e164)
{
    QStringList parts{e164.left(3), e164.mid(3, 3)};
    for (int i = 6; i < e164.size(); i += 2)
        parts.append(e164.mid(i, 2));
    return parts.join(QLatin1Char(' '));
}

// "85073003328" -> "85.07.30-033.28"
QString dottedNationalNumber(const QString& digits)
{
    return QStringLiteral("%1.%2.%3-%4.%5")
        .arg(digits.mid(0, 2), digits.mid(2, 2), digits.mid(4, 2), digits.mid(6, 3), digits.mid(9, 2));
}

// What counter workers type, taken from records spread over the whole cache.
QStringList realisticQueries(const LocalCache& cache)
{
    QStringList queries;
    QSqlQuery q(cache.database());
    q.exec(QStringLiteral("SELECT first_name, last_name, phone, postcode, email, national_number FROM parents "
                          "WHERE rowid % (SELECT max(1, count(*) / 8) FROM parents) = 7 LIMIT 8"));
    while (q.next()) {
        const QString phone = q.value(2).toString();
        queries << q.value(1).toString().toLower() << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()
                << q.value(3).toString() << q.value(4).toString().left(12);
        if (phone.startsWith(QLatin1String("+32")))
            queries << slashedPhone(phone) << spacedPhone(phone);
        const QString nn = q.value(5).toString().remove(QLatin1Char('.')).remove(QLatin1Char('-'));
        if (nn.size() == 11)
            queries << dottedNationalNumber(nn);
    }
    q.exec(QStringLiteral("SELECT number FROM applications WHERE rowid % (SELECT max(1, count(*) / 6) FROM "
                          "applications) = 3 LIMIT 6"));
    while (q.next()) {
        const QString number = q.value(0).toString();
        const QString serial = number.section(QLatin1Char('-'), 2);
        queries << number
                << number.section(QLatin1Char('-'), 0, 1).toLower() + QLatin1Char('-') +
                       QString::number(serial.toInt());
    }
    return queries;
}

double measureSearch(const LocalCache& cache, int* keystrokes)
{
    QWidget window;
    window.resize(1400, 900);
    auto* layout = new QVBoxLayout(&window);
    auto* field = new QLineEdit(&window);
    field->setFixedWidth(420);
    layout->addWidget(field);
    layout->addStretch();
    GlobalSearchBox box(cache, field, &window);
    window.show();
    const QStringList queries = realisticQueries(cache);
    QVector<double> samples;
    QVector<double> cpuSamples; // this thread's CPU time: tells the work from waiting on a busy machine
    QVector<QPair<double, QString>> slowest;
    for (const QString& query : queries) {
        field->clear();
        for (int i = 1; i <= query.size(); ++i) {
            QElapsedTimer clock;
            clock.start();
            const double cpuStart = threadCpuMs();
            field->setText(query.left(i)); // as a keystroke does: textChanged, the box (re)starts its pause
            if (!GlobalSearch::isSearchable(field->text()))
                continue;    // nothing runs (too short)
            box.searchNow(); // what the pause's end does
            box.popup()->repaint();
            samples.append(clock.nsecsElapsed() / 1e6);
            cpuSamples.append(threadCpuMs() - cpuStart);
            slowest.append({cpuSamples.last(), query.left(i)});
        }
    }
    *keystrokes = samples.size();
    err() << queries.size() << " queries, " << samples.size() << " keystrokes searched; wall p50 "
          << percentile(samples, 0.5) << " ms, p95 " << percentile(samples, 0.95) << " ms, max "
          << percentile(samples, 1.0) << " ms; CPU p50 " << percentile(cpuSamples, 0.5) << " ms, p95 "
          << percentile(cpuSamples, 0.95) << " ms" << Qt::endl;
    // Demo data only: the slowest texts say which kind of query to look at.
    std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int i = 0; i < qMin(10, int(slowest.size())); ++i)
        err() << "  slow: " << slowest.at(i).first << " ms CPU for \"" << slowest.at(i).second << "\"" << Qt::endl;
    return percentile(samples, 0.95);
}

struct GuiRun {
    double readyMs = -1; // wall clock from starting the process
    double ownMs = -1;   // as the process measured it (from QApplication)
    double rssMb = -1;
    int rows = 0;
};

GuiRun runGui(const QString& gui, const QUrl& url, const QString& profile, const QString& user, bool untilMemory)
{
    GuiRun run;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(gui,
            {QStringLiteral("--server"), url.toString(), QStringLiteral("--profile"), profile, QStringLiteral("--user"),
             user, QStringLiteral("--password-stdin"), QStringLiteral("--view"), QStringLiteral("applications"),
             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--bench")});
    p.write("demo\n");
    p.closeWriteChannel();
    QByteArray out;
    while (p.state() != QProcess::NotRunning && clock.elapsed() < 30 * 60 * 1000) {
        p.waitForReadyRead(50);
        out += p.readAllStandardOutput();
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.value(0) == "ready_ms" && run.readyMs < 0) {
                run.readyMs = clock.nsecsElapsed() / 1e6;
                run.ownMs = words.value(1).toDouble();
            } else if (words.value(0) == "rss_kb" && words.size() >= 4) {
                run.rssMb = words.value(1).toDouble() / 1024;
                run.rows = words.value(3).toInt();
            }
        }
        if (run.readyMs >= 0 && (!untilMemory || run.rssMb >= 0))
            break;
    }
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(10000);
    }
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const BenchOptions common;
    parser.addOptions(common.all());
    const QCommandLineOption cliBinary(QStringLiteral("cli-binary"), QStringLiteral("opvangloket-cli"),
                                       QStringLiteral("PATH"), QStringLiteral(OPVANGLOKET_CLI_BINARY));
    const QCommandLineOption guiBinary(QStringLiteral("gui-binary"), QStringLiteral("opvangloket"),
                                       QStringLiteral("PATH"), QStringLiteral(OPVANGLOKET_GUI_BINARY));
    const QCommandLineOption serverUrl(QStringLiteral("server"),
                                       QStringLiteral("use this running demo server instead of starting one"),
                                       QStringLiteral("URL"));
    const QCommandLineOption profileDir(QStringLiteral("profile"),
                                        QStringLiteral("use this profile (synced from --server) instead of a new one"),
                                        QStringLiteral("DIR"));
    const QCommandLineOption starts(QStringLiteral("starts"), QStringLiteral("GUI starts to take the median of"),
                                    QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption searchOnly(QStringLiteral("search-only"), QStringLiteral("measure search_p95_ms only"));
    parser.addOptions({cliBinary, guiBinary, serverUrl, profileDir, starts, searchOnly});
    parser.process(app);

    QTemporaryDir dir;
    QProcess server;
    QUrl url(parser.value(serverUrl));
    if (url.isEmpty())
        url = BenchServer::start(server, parser.value(common.serverBinary), dir.filePath(QStringLiteral("server")),
                                 parser.value(common.scale).toInt());
    if (url.isEmpty())
        return 1;
    const QString profile = parser.isSet(profileDir) ? parser.value(profileDir) : dir.filePath(QStringLiteral("gui"));
    if (!parser.isSet(profileDir) && !syncWithCli(parser.value(cliBinary), url, profile, parser.value(common.user)))
        return 1;

    BenchReport report;
    {
        LocalCache cache;
        if (cache.open(ClientProfile(profile).cachePath(url, parser.value(common.user))) !=
            LocalCache::OpenStatus::Ok) {
            err() << "cannot open the synced cache: " << cache.errorString() << Qt::endl;
            return 1;
        }
        int keystrokes = 0;
        const double p95 = measureSearch(cache, &keystrokes);
        report.add({QStringLiteral("search_p95_ms"), p95, QStringLiteral("ms"), 0, 0});
    }
    QVector<double> wall;
    for (int i = 0; i < (parser.isSet(searchOnly) ? 0 : parser.value(starts).toInt()); ++i) {
        const GuiRun run = runGui(parser.value(guiBinary), url, profile, parser.value(common.user), false);
        err() << "GUI start " << i + 1 << ": usable after " << run.readyMs << " ms (" << run.ownMs
              << " ms since QApplication)" << Qt::endl;
        if (run.readyMs >= 0)
            wall.append(run.readyMs);
    }
    if (!wall.isEmpty())
        report.add({QStringLiteral("gui_startup_ms"), percentile(wall, 0.5), QStringLiteral("ms"), 0, 0});
    const GuiRun scrolled = parser.isSet(searchOnly)
                                ? GuiRun()
                                : runGui(parser.value(guiBinary), url, profile, parser.value(common.user), true);
    if (!parser.isSet(searchOnly))
        err() << "GUI after scrolling " << scrolled.rows << " applications: " << scrolled.rssMb << " MB resident"
              << Qt::endl;
    if (scrolled.rssMb > 0)
        report.add({QStringLiteral("gui_rss_mb"), scrolled.rssMb, QStringLiteral("MB"), 0, 0});
    report.print();
    if (server.state() != QProcess::NotRunning) {
        server.terminate();
        server.waitForFinished(5000);
    }
    QString error;
    if (report.write(parser.value(common.out), &error))
        return 0;
    err() << "cannot write " << parser.value(common.out) << ": " << error << Qt::endl;
    return 1;
}
