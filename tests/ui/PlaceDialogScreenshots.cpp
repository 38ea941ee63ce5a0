// Grabs the dialogs of the emergency list, the free places, offers and "Edit…" (what was filed), in one language,
// as PNG files for a person to look at:
//   place_dialog_screenshots nl|fr|en OUTDIR
// Each dialog is shown as at the counter, on the UI test data with a free place that fits several families.
#include "TestChanges.h"
#include "UiTestData.h"
#include "common/UiLanguage.h"
#include "detail/EditRecordDialog.h"
#include "domain/Uuid.h"
#include "emergency/EmergencyEntryDialog.h"
#include "emergency/FollowUpDialog.h"
#include "emergency/ResolveEntryDialog.h"
#include "offers/OfferDialog.h"
#include "places/FreePlaceDialog.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"
#include "wizard/ParentForm.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

bool shoot(QWidget& dialog, const QString& dir, const QString& language, const QString& name)
{
    dialog.show();
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language));
    QTextStream(stdout) << path << Qt::endl;
    const bool ok = dialog.grab().save(path);
    dialog.hide();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: place_dialog_screenshots nl|fr|en OUTDIR" << Qt::endl;
        return 2;
    }
    const QString language = args.at(1);
    UiLanguage::set(language);
    UiLanguage::installTranslators(app);
    QTemporaryDir dir;
    LocalCache cache;
    UiTestData data;
    QString error;
    if (cache.open(dir.filePath(QStringLiteral("cache.sqlite"))) != LocalCache::OpenStatus::Ok ||
        !data.fill(cache, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const QJsonObject app0 = RecordQuery(cache).row(QStringLiteral("applications"), data.celikApplicationId);
    const QString placeId = Uuid::v7();
    Protocol::PullPage page;
    page.epoch = QStringLiteral("test-epoch");
    page.cursor = QStringLiteral("places");
    page.changes = {
        TestChanges(QStringLiteral("antwerpen"))
            .upsert(QStringLiteral("free_places"), placeId,
                    {{QStringLiteral("location_id"), app0.value(QLatin1String("preferences")).toArray().at(0)},
                     {QStringLiteral("available_from"), QStringLiteral("2027-01-11")},
                     {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")},
                                                          {QStringLiteral("tue"), QStringLiteral("full")},
                                                          {QStringLiteral("thu"), QStringLiteral("full")}}},
                     {QStringLiteral("age_min_months"), 0},
                     {QStringLiteral("age_max_months"), 36},
                     {QStringLiteral("count"), 2},
                     {QStringLiteral("status"), QStringLiteral("open")}})};
    if (!PullApplier(cache).apply(page, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const QString out = args.at(2);
    bool ok = true;
    EmergencyEntryDialog entry(data.celikApplicationId, QStringLiteral("ANT-2026-000001"), QDate::currentDate());
    entry.noteEdit()->setPlainText(QStringLiteral("Moeder start op 4 januari, vier dagen per week"));
    ok = shoot(entry, out, language, QStringLiteral("emergency-entry")) && ok;
    FollowUpDialog followUp(QDate::currentDate(), QDate::currentDate().addDays(-2));
    followUp.agreedEdit()->setPlainText(QStringLiteral("Moeder gebeld: nog geen plaats gevonden"));
    ok = shoot(followUp, out, language, QStringLiteral("follow-up")) && ok;
    ResolveEntryDialog resolve;
    ok = shoot(resolve, out, language, QStringLiteral("resolve-entry")) && ok;
    FreePlaceDialog place(cache, QJsonObject());
    place.locationBox()->setCurrentIndex(1);
    place.ageMinBox()->setValue(30);
    place.ageMaxBox()->setValue(18); // the message a counter sees while typing
    ok = shoot(place, out, language, QStringLiteral("free-place-problem")) && ok;
    FreePlaceDialog change(cache, RecordQuery(cache).row(QStringLiteral("free_places"), placeId));
    ok = shoot(change, out, language, QStringLiteral("free-place-change")) && ok;
    OfferDialog offer(cache, OfferDialog::From::Place, placeId);
    offer.candidates()->selectRow(0);
    ok = shoot(offer, out, language, QStringLiteral("offer-from-place")) && ok;
    OfferDialog fromApplication(cache, OfferDialog::From::Application, data.celikApplicationId);
    ok = shoot(fromApplication, out, language, QStringLiteral("offer-from-application")) && ok;
    EditRecordDialog edit(cache, QStringLiteral("applications"), data.celikApplicationId);
    edit.parentForm()->findChild<QLineEdit*>(QStringLiteral("phone"))->setText(QStringLiteral("0470 12"));
    ok = shoot(edit, out, language, QStringLiteral("edit-parent-problem")) && ok;
    edit.showPart(EditRecordDialog::Part::Child);
    ok = shoot(edit, out, language, QStringLiteral("edit-child")) && ok;
    edit.showPart(EditRecordDialog::Part::Wishes);
    ok = shoot(edit, out, language, QStringLiteral("edit-wishes")) && ok;
    edit.showPart(EditRecordDialog::Part::Preferences);
    ok = shoot(edit, out, language, QStringLiteral("edit-preferences")) && ok;
    edit.showPart(EditRecordDialog::Part::Priority);
    ok = shoot(edit, out, language, QStringLiteral("edit-priority")) && ok;
    return ok ? 0 : 1;
}
