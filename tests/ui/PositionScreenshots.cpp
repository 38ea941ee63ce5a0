// Grabs an open application's detail panel with its "Position" section, in one language, as PNG files for a person
// to look at:
//   position_screenshots nl|fr|en OUTDIR [CACHE]
// position-test-<lang>.png: the UI test region with six placements at the first choice (an expected wait is shown);
// with CACHE (a client's cache file, e.g. synced from a demo server), position-cache-<lang>.png: the open application
// of that cache whose preferred locations had the most placements. The panel is tall so the section is in view.
#include "TestChanges.h"
#include "UiTestData.h"
#include "common/UiLanguage.h"
#include "detail/DetailPanel.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextStream>

namespace {

bool shoot(LocalCache& cache, const QString& applicationId, const QString& path)
{
    DetailPanel panel(cache);
    panel.resize(560, 1500);
    panel.showRecord(QStringLiteral("applications"), applicationId);
    panel.show();
    QApplication::processEvents();
    QTextStream(stdout) << path << Qt::endl;
    return panel.grab().save(path);
}

// Six families placed at the first choice of the test region's first application, 10 days ago after 75 days.
bool addPlacements(LocalCache& cache, const QString& locationId, QString* error)
{
    const TestChanges rows(QStringLiteral("antwerpen"));
    Protocol::PullPage page;
    page.epoch = QStringLiteral("test-epoch");
    page.cursor = QStringLiteral("placements");
    const QDate accepted = QDate::currentDate().addDays(-10);
    for (int i = 0; i < 6; ++i) {
        const QString applicationId = Uuid::v7();
        page.changes.append(rows.upsert(QStringLiteral("applications"), applicationId,
                                        {{QStringLiteral("status"), QStringLiteral("placed")},
                                         {QStringLiteral("submitted_at"), accepted.addDays(-75).toString(Qt::ISODate) +
                                                                              QStringLiteral("T10:00:00Z")}}));
        page.changes.append(rows.upsert(
            QStringLiteral("offers"), Uuid::v7(),
            {{QStringLiteral("application_id"), applicationId},
             {QStringLiteral("location_id"), locationId},
             {QStringLiteral("status"), QStringLiteral("accepted")},
             {QStringLiteral("updated_at"), accepted.toString(Qt::ISODate) + QStringLiteral("T14:00:00.000Z")}}));
    }
    return PullApplier(cache).apply(page, error);
}

QString busiestOpenApplication(const LocalCache& cache)
{
    QSqlQuery q(cache.database());
    q.exec(
        QStringLiteral("SELECT a.id FROM applications a, json_each(a.preferences) p "
                       "LEFT JOIN offers o ON o.location_id = p.value AND o.status = 'accepted' "
                       "WHERE a.status IN ('submitted', 'in_review') GROUP BY a.id ORDER BY count(o.id) DESC LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 && args.size() != 4) {
        QTextStream(stderr) << "usage: position_screenshots nl|fr|en OUTDIR [CACHE]" << Qt::endl;
        return 2;
    }
    const QString language = args.at(1);
    const QDir out(args.at(2));
    UiLanguage::set(language);
    UiLanguage::installTranslators(app);
    QTemporaryDir dir;
    LocalCache cache;
    UiTestData data;
    QString error;
    if (cache.open(dir.filePath(QStringLiteral("cache.sqlite"))) != LocalCache::OpenStatus::Ok ||
        !data.fill(cache, &error) ||
        !addPlacements(cache,
                       RecordQuery(cache)
                           .row(QStringLiteral("applications"), data.celikApplicationId)
                           .value(QLatin1String("preferences"))
                           .toArray()
                           .at(0)
                           .toString(),
                       &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    bool ok = shoot(cache, data.celikApplicationId, out.filePath(QStringLiteral("position-test-%1.png").arg(language)));
    if (args.size() == 4) {
        LocalCache synced;
        if (synced.open(args.at(3)) != LocalCache::OpenStatus::Ok) {
            QTextStream(stderr) << "cannot open " << args.at(3) << Qt::endl;
            return 1;
        }
        ok = shoot(synced, busiestOpenApplication(synced),
                   out.filePath(QStringLiteral("position-cache-%1.png").arg(language))) &&
             ok;
    }
    return ok ? 0 : 1;
}
