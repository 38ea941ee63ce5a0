#include "domain/ApplicationStatus.h"
#include "domain/ContactRules.h"
#include "domain/NationalNumber.h"
#include "domain/NoteLog.h"
#include "domain/PlaceFit.h"
#include "domain/RegionCatalog.h"
#include "domain/RowValidator.h"
#include "domain/Uuid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void nationalNumber_data();
    void nationalNumber();
    void nationalNumberFormat();
    void postcodes();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void transitions();
    void finalStatesHaveNoExit();
    void reasonsNeededByTransitions();
    void noteLogReadsOldTextAndAppends();
    void noteLogMergesConcurrentAppendsOnly();
    void explanationsFallBackToDutch();
    void uuidV7();
    void parentValidation();
    void childNeedsExactlyOneDate();
    void applicationValidation();
    void freePlaceValidation();
    void placeFitsAnApplication();
};

void TestDomain::nationalNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("born 1985") << "85073003328" << true;
    QTest::newRow("born 1985 with dots") << "85.07.30-033.28" << true;
    QTest::newRow("born 2017 (2 prefix)") << "17010112346" << true;
    QTest::newRow("born 2017 without prefix rule") << "17010112317" << true;
    QTest::newRow("born 2000") << "00010100105" << true;
    QTest::newRow("wrong check") << "85073003329" << false;
    QTest::newRow("too short") << "8507300332" << false;
    QTest::newRow("letters") << "85O73003328" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("spaces") << "850730 033 28" << true;
}

void TestDomain::nationalNumber()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(NationalNumber::isValid(input), valid);
}

void TestDomain::nationalNumberFormat()
{
    QCOMPARE(NationalNumber::format(QStringLiteral("85073003328")), QStringLiteral("85.07.30-033.28"));
    QCOMPARE(NationalNumber::normalize(QStringLiteral("85.07.30-033.28")), QStringLiteral("85073003328"));
}

void TestDomain::postcodes()
{
    QCOMPARE(RegionCatalog::regions().size(), 3);
    QCOMPARE(RegionCatalog::regionForPostcode(QStringLiteral("2000")), QStringLiteral("antwerpen"));
    QCOMPARE(RegionCatalog::regionForPostcode(QStringLiteral("2100")), QStringLiteral("antwerpen"));
    QCOMPARE(RegionCatalog::regionForPostcode(QStringLiteral("2800")), QStringLiteral("mechelen"));
    QCOMPARE(RegionCatalog::regionForPostcode(QStringLiteral("2300")), QStringLiteral("turnhout"));
    QCOMPARE(RegionCatalog::regionForPostcode(QStringLiteral("2275")), QStringLiteral("turnhout"));
    QCOMPARE(RegionCatalog::municipalityForPostcode(QStringLiteral("2360")), QStringLiteral("Oud-Turnhout"));
    QCOMPARE(RegionCatalog::municipalityForPostcode(QStringLiteral("2460")), QStringLiteral("Kasterlee"));
    QVERIFY(RegionCatalog::regionForPostcode(QStringLiteral("1000")).isEmpty()); // Brussels is none of ours
    QVERIFY(RegionCatalog::regionForPostcode(QStringLiteral("9000")).isEmpty());
    const Region* turnhout = RegionCatalog::find(QStringLiteral("turnhout"));
    QVERIFY(turnhout);
    QCOMPARE(turnhout->municipalities.size(), 6);
    QCOMPARE(turnhout->municipalitiesJson().size(), 6);
}

void TestDomain::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "an.peeters@example.be" << true;
    QTest::newRow("plus") << "an+loket@mail.example.org" << true;
    QTest::newRow("no at") << "an.example.be" << false;
    QTest::newRow("no domain dot") << "an@example" << false;
    QTest::newRow("space") << "an @example.be" << false;
    QTest::newRow("double at") << "a@b@example.be" << false;
}

void TestDomain::email()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(ContactRules::isValidEmail(input), valid);
}

void TestDomain::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::newRow("mobile spaced") << "0470 12 34 56"
                                   << "+32470123456";
    QTest::newRow("slash and dots") << "0470/12.34.56"
                                    << "+32470123456";
    QTest::newRow("international") << "+32 470 12 34 56"
                                   << "+32470123456";
    QTest::newRow("00 prefix") << "0032470123456"
                               << "+32470123456";
    QTest::newRow("landline") << "014 44 33 22"
                              << "+3214443322";
    QTest::newRow("dutch number") << "+31 6 12345678"
                                  << "+31612345678";
    QTest::newRow("letters") << "0470 ab 34 56"
                             << "";
    QTest::newRow("too short") << "0470"
                               << "";
    QTest::newRow("no prefix") << "470123456"
                               << "";
    QTest::newRow("mobile a digit short") << "0470 12 34 5"
                                          << "";
    QTest::newRow("landline a digit long") << "014 44 33 221"
                                           << "";
}

void TestDomain::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QCOMPARE(ContactRules::normalizePhone(input), e164);
    if (!e164.isEmpty())
        QVERIFY(ContactRules::isValidE164(e164));
}

void TestDomain::transitions()
{
    using S = ApplicationStatus;
    const QList<S::State> all{S::Submitted, S::InReview, S::Offered, S::Accepted, S::Placed, S::Cancelled, S::Expired};
    const QSet<QPair<S::State, S::State>> allowed{
        {S::Submitted, S::InReview}, {S::InReview, S::Offered},  {S::Offered, S::Accepted},
        {S::Accepted, S::Placed},    {S::Offered, S::InReview},  {S::Submitted, S::Cancelled},
        {S::InReview, S::Cancelled}, {S::Offered, S::Cancelled}, {S::Accepted, S::Cancelled},
        {S::Submitted, S::Expired},  {S::InReview, S::Expired},
    };
    int allowedCount = 0;
    for (S::State from : all) {
        for (S::State to : all) {
            const bool expected = allowed.contains({from, to});
            if (S::canTransition(from, to) != expected)
                QFAIL(qPrintable(QStringLiteral("%1 -> %2 should be %3")
                                     .arg(S::toString(from), S::toString(to),
                                          expected ? QStringLiteral("allowed") : QStringLiteral("forbidden"))));
            allowedCount += expected ? 1 : 0;
        }
    }
    QCOMPARE(allowedCount, 11);
    QVERIFY(!S::canTransition(S::Invalid, S::Submitted));
    QCOMPARE(S::allowedNext(S::Offered), (QList<S::State>{S::InReview, S::Accepted, S::Cancelled}));
    QCOMPARE(S::fromString(QStringLiteral("in_review")), S::InReview);
    QCOMPARE(S::fromString(QStringLiteral("bogus")), S::Invalid);
    QCOMPARE(S::toString(S::Expired), QStringLiteral("expired"));
}

void TestDomain::finalStatesHaveNoExit()
{
    for (auto s : {ApplicationStatus::Placed, ApplicationStatus::Cancelled, ApplicationStatus::Expired}) {
        QVERIFY(ApplicationStatus::isFinal(s));
        QVERIFY(ApplicationStatus::allowedNext(s).isEmpty());
    }
    QVERIFY(!ApplicationStatus::isFinal(ApplicationStatus::Offered));
}

void TestDomain::explanationsFallBackToDutch()
{
    const QString nl = ApplicationStatus::explanation(ApplicationStatus::Offered, QStringLiteral("nl"));
    QVERIFY(nl.contains(QStringLiteral("aangeboden")));
    QCOMPARE(ApplicationStatus::explanation(ApplicationStatus::Offered, QStringLiteral("nl-BE")), nl);
    QCOMPARE(ApplicationStatus::explanation(ApplicationStatus::Offered, QStringLiteral("tr")), nl);
    QVERIFY(ApplicationStatus::explanation(ApplicationStatus::Offered, QStringLiteral("fr-BE"))
                .contains(QStringLiteral("proposée")));
    QVERIFY(ApplicationStatus::explanation(ApplicationStatus::Offered, QStringLiteral("en"))
                .contains(QStringLiteral("offered")));
}

void TestDomain::uuidV7()
{
    const QString a = Uuid::v7();
    QTest::qWait(2);
    const QString b = Uuid::v7();
    QVERIFY(Uuid::isValid(a));
    QCOMPARE(a.at(14), QLatin1Char('7'));
    QVERIFY(a < b); // time-ordered
    QVERIFY(!Uuid::isValid(QStringLiteral("not-a-uuid")));
}

void TestDomain::parentValidation()
{
    QJsonObject row{{QStringLiteral("id"), Uuid::v7()},
                    {QStringLiteral("region_id"), QStringLiteral("mechelen")},
                    {QStringLiteral("first_name"), QStringLiteral("Lotte")},
                    {QStringLiteral("last_name"), QStringLiteral("Janssens")},
                    {QStringLiteral("phone"), QStringLiteral("+32470123456")},
                    {QStringLiteral("contact_preference"), QStringLiteral("phone")}};
    QVERIFY(RowValidator::validate(QStringLiteral("parents"), row).isEmpty());
    row.insert(QStringLiteral("national_number"), QStringLiteral("85073003329"));
    row.insert(QStringLiteral("email"), QStringLiteral("not-an-email"));
    row.insert(QStringLiteral("region_id"), QStringLiteral("gent"));
    const auto errors = RowValidator::validate(QStringLiteral("parents"), row);
    QCOMPARE(errors.size(), 3);
    const QString summary = RowValidator::summary(errors);
    QVERIFY(summary.contains(QStringLiteral("national_number")));
    QVERIFY(summary.contains(QStringLiteral("email")));
    QVERIFY(summary.contains(QStringLiteral("region_id")));
}

void TestDomain::childNeedsExactlyOneDate()
{
    QJsonObject row{{QStringLiteral("id"), Uuid::v7()},
                    {QStringLiteral("region_id"), QStringLiteral("turnhout")},
                    {QStringLiteral("parent_id"), Uuid::v7()},
                    {QStringLiteral("first_name"), QStringLiteral("Noor")}};
    QCOMPARE(RowValidator::validate(QStringLiteral("children"), row).size(), 1);
    row.insert(QStringLiteral("birth_date"), QStringLiteral("2025-03-01"));
    QVERIFY(RowValidator::validate(QStringLiteral("children"), row).isEmpty());
    row.insert(QStringLiteral("expected_birth_date"), QStringLiteral("2027-03-01"));
    QCOMPARE(RowValidator::validate(QStringLiteral("children"), row).size(), 1);
    row.remove(QStringLiteral("birth_date"));
    QVERIFY(RowValidator::validate(QStringLiteral("children"), row).isEmpty());
    row.insert(QStringLiteral("expected_birth_date"), QStringLiteral("2027-13-45"));
    QCOMPARE(RowValidator::validate(QStringLiteral("children"), row).size(), 1);
}

void TestDomain::applicationValidation()
{
    QJsonObject row{{QStringLiteral("id"), Uuid::v7()},
                    {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                    {QStringLiteral("child_id"), Uuid::v7()},
                    {QStringLiteral("parent_id"), Uuid::v7()},
                    {QStringLiteral("status"), QStringLiteral("submitted")},
                    {QStringLiteral("desired_start"), QStringLiteral("2027-09-01")},
                    {QStringLiteral("start_flexibility_weeks"), 4},
                    {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")}}},
                    {QStringLiteral("preferences"), QJsonArray{Uuid::v7(), Uuid::v7()}},
                    {QStringLiteral("channel"), QStringLiteral("counter")}};
    QVERIFY(RowValidator::validate(QStringLiteral("applications"), row).isEmpty());
    QJsonArray six;
    for (int i = 0; i < 6; ++i)
        six.append(Uuid::v7());
    row.insert(QStringLiteral("preferences"), six);
    row.insert(QStringLiteral("days"), QJsonObject{{QStringLiteral("sat"), QStringLiteral("full")}});
    row.insert(QStringLiteral("status"), QStringLiteral("waiting"));
    QCOMPARE(RowValidator::validate(QStringLiteral("applications"), row).size(), 3);
}

void TestDomain::reasonsNeededByTransitions()
{
    using S = ApplicationStatus;
    using R = ApplicationStatus::Reason;
    const QList<S::State> all{S::Submitted, S::InReview, S::Offered, S::Accepted, S::Placed, S::Cancelled, S::Expired};
    for (S::State from : all) {
        for (S::State to : all) {
            R expected = R::None;
            if (S::canTransition(from, to) && (to == S::Cancelled || to == S::Expired))
                expected = R::ClosedReason;
            else if (from == S::Offered && to == S::InReview)
                expected = R::OfferReturn;
            QVERIFY2(S::reasonNeeded(from, to) == expected,
                     qPrintable(S::toString(from) + QStringLiteral(" -> ") + S::toString(to)));
        }
    }
    QVERIFY(S::reasonNeeded(S::Placed, S::Cancelled) == R::None); // not allowed at all
    QCOMPARE(S::offerReturnReasons(), (QStringList{QStringLiteral("declined"), QStringLiteral("expired")}));
}

void TestDomain::noteLogReadsOldTextAndAppends()
{
    QVERIFY(NoteLog::parse(QString()).isEmpty());
    QVERIFY(NoteLog::format({}).isEmpty());
    const QVector<Note> legacy = NoteLog::parse(QStringLiteral("Belde op 3/11, [terugbellen]"));
    QCOMPARE(legacy.size(), 1);
    QCOMPARE(legacy.at(0).text, QStringLiteral("Belde op 3/11, [terugbellen]"));
    QVERIFY(legacy.at(0).author.isEmpty());
    const Note n{QStringLiteral("2026-12-01T10:00:00Z"), QStringLiteral("a1"), QStringLiteral("Lotte"),
                 QStringLiteral("Line one\nline \"two\"")};
    const QString stored = NoteLog::append(QStringLiteral("Belde op 3/11, [terugbellen]"), n);
    const QVector<Note> notes = NoteLog::parse(stored);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0), legacy.at(0));
    QCOMPARE(notes.at(1), n);
    QCOMPARE(NoteLog::format(notes), stored);
}

void TestDomain::noteLogMergesConcurrentAppendsOnly()
{
    const Note a{QStringLiteral("2026-12-01T09:00:00Z"), QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("a")};
    const Note b{QStringLiteral("2026-12-01T10:00:00Z"), QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("b")};
    const Note c{QStringLiteral("2026-12-01T10:00:01Z"), QStringLiteral("z"), QStringLiteral("Z"), QStringLiteral("c")};
    const QString base = NoteLog::format({a});
    QString merged;
    QVERIFY(NoteLog::mergeAppends(base, NoteLog::format({a, c}), NoteLog::format({a, b}), &merged));
    QCOMPARE(NoteLog::parse(merged), (QVector<Note>{a, b, c}));
    // From an empty base.
    QVERIFY(NoteLog::mergeAppends(QString(), NoteLog::format({c}), NoteLog::format({b}), &merged));
    QCOMPARE(NoteLog::parse(merged), (QVector<Note>{b, c}));
    // The same append twice (a retry) is kept once.
    QVERIFY(NoteLog::mergeAppends(base, NoteLog::format({a, c}), NoteLog::format({a, b, c}), &merged));
    QCOMPARE(NoteLog::parse(merged), (QVector<Note>{a, b, c}));
    // An edit or a removal on either side is not an append.
    Note edited = a;
    edited.text = QStringLiteral("a!");
    QVERIFY(!NoteLog::mergeAppends(base, NoteLog::format({edited, c}), NoteLog::format({a, b}), &merged));
    QVERIFY(!NoteLog::mergeAppends(base, NoteLog::format({a, c}), NoteLog::format({b}), &merged));
    QVERIFY(!NoteLog::mergeAppends(QStringLiteral("old text"), QStringLiteral("new text"), QStringLiteral("other"),
                                   &merged));
    // Two plain texts over an empty base are two edits, not appends; a log over old plain text is an append.
    QVERIFY(
        !NoteLog::mergeAppends(QString(), QStringLiteral("Werkt in ploegen."), QStringLiteral("Verhuist."), &merged));
    QVERIFY(!NoteLog::mergeAppends(QString(), NoteLog::format({c}), QStringLiteral("Verhuist."), &merged));
    QVERIFY(NoteLog::mergeAppends(QStringLiteral("old text"), NoteLog::append(QStringLiteral("old text"), c),
                                  NoteLog::append(QStringLiteral("old text"), b), &merged));
    QCOMPARE(NoteLog::parse(merged).size(), 3);
}

void TestDomain::freePlaceValidation()
{
    QJsonObject place{{QStringLiteral("id"), Uuid::v7()},
                      {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                      {QStringLiteral("location_id"), Uuid::v7()},
                      {QStringLiteral("available_from"), QStringLiteral("2027-01-04")},
                      {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")}}},
                      {QStringLiteral("age_min_months"), 0},
                      {QStringLiteral("age_max_months"), 36},
                      {QStringLiteral("count"), 2},
                      {QStringLiteral("status"), QStringLiteral("open")}};
    QVERIFY(RowValidator::validate(QStringLiteral("free_places"), place).isEmpty());
    const auto fieldsWrong = [&](const char* field, const QJsonValue& value) {
        QJsonObject bad = place;
        bad.insert(QLatin1String(field), value);
        QStringList fields;
        for (const FieldError& e : RowValidator::validate(QStringLiteral("free_places"), bad))
            fields.append(e.field);
        return fields;
    };
    QCOMPARE(fieldsWrong("count", 0), QStringList{QStringLiteral("count")});
    QCOMPARE(fieldsWrong("count", QStringLiteral("2")), QStringList{QStringLiteral("count")});
    QCOMPARE(fieldsWrong("age_min_months", 36), QStringList{QStringLiteral("age_max_months")}); // not below max
    QCOMPARE(fieldsWrong("age_max_months", 49), QStringList{QStringLiteral("age_max_months")}); // over four years
    QCOMPARE(fieldsWrong("days", QJsonObject()), QStringList{QStringLiteral("days")});
    QCOMPARE(fieldsWrong("available_from", QString()), QStringList{QStringLiteral("available_from")});
    QCOMPARE(fieldsWrong("status", QStringLiteral("gone")), QStringList{QStringLiteral("status")});
    // An offer that is sent says by when the family answers.
    QJsonObject offer{{QStringLiteral("id"), Uuid::v7()},
                      {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                      {QStringLiteral("application_id"), Uuid::v7()},
                      {QStringLiteral("free_place_id"), Uuid::v7()},
                      {QStringLiteral("location_id"), Uuid::v7()},
                      {QStringLiteral("status"), QStringLiteral("sent")}};
    QCOMPARE(RowValidator::validate(QStringLiteral("offers"), offer).value(0).field, QStringLiteral("respond_by"));
    offer.insert(QStringLiteral("respond_by"), QStringLiteral("2027-01-11"));
    QVERIFY(RowValidator::validate(QStringLiteral("offers"), offer).isEmpty());
    // A resolved emergency entry says how it ended, in one of the known ways.
    QJsonObject entry{{QStringLiteral("id"), Uuid::v7()},
                      {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                      {QStringLiteral("urgency"), 2},
                      {QStringLiteral("reason"), QStringLiteral("medical")},
                      {QStringLiteral("status"), QStringLiteral("resolved")}};
    QCOMPARE(RowValidator::validate(QStringLiteral("emergency_entries"), entry).value(0).field,
             QStringLiteral("resolution"));
    entry.insert(QStringLiteral("resolution"), QStringLiteral("moved_away"));
    QCOMPARE(RowValidator::validate(QStringLiteral("emergency_entries"), entry).size(), 1);
    entry.insert(QStringLiteral("resolution"), QStringLiteral("care_elsewhere"));
    QVERIFY(RowValidator::validate(QStringLiteral("emergency_entries"), entry).isEmpty());
}

void TestDomain::placeFitsAnApplication()
{
    const QString location = Uuid::v7();
    const QJsonObject place{{QStringLiteral("location_id"), location},
                            {QStringLiteral("available_from"), QStringLiteral("2027-01-04")},
                            {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")},
                                                                 {QStringLiteral("tue"), QStringLiteral("half")}}},
                            {QStringLiteral("age_min_months"), 6},
                            {QStringLiteral("age_max_months"), 18}};
    QJsonObject app{{QStringLiteral("preferences"), QJsonArray{Uuid::v7(), location}},
                    {QStringLiteral("desired_start"), QStringLiteral("2027-02-01")},
                    {QStringLiteral("start_flexibility_weeks"), 4},
                    {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("half")},
                                                         {QStringLiteral("tue"), QStringLiteral("half")}}}};
    const QJsonObject child{{QStringLiteral("birth_date"), QStringLiteral("2026-03-05")}};
    QCOMPARE(PlaceFit::ageInMonths(QDate(2026, 3, 5), QDate(2027, 1, 4)), 9);
    QCOMPARE(PlaceFit::ageInMonths(QDate(2026, 3, 5), QDate(2026, 4, 4)), 0);
    QCOMPARE(PlaceFit::check(place, app, child), PlaceFit::Misfit::None);
    QCOMPARE(PlaceFit::check(place, app, {{QStringLiteral("birth_date"), QStringLiteral("2025-06-01")}}),
             PlaceFit::Misfit::Age); // 19 months
    QCOMPARE(PlaceFit::check(place, app, {{QStringLiteral("expected_birth_date"), QStringLiteral("2026-05-01")}}),
             PlaceFit::Misfit::None); // an unborn child's expected date counts
    QJsonObject late = app;
    late.insert(QStringLiteral("start_flexibility_weeks"), 3); // 2027-01-04 is four weeks before the wish
    QCOMPARE(PlaceFit::check(place, late, child), PlaceFit::Misfit::Start);
    QJsonObject fullTuesday = app;
    fullTuesday.insert(QStringLiteral("days"), QJsonObject{{QStringLiteral("tue"), QStringLiteral("full")}});
    QCOMPARE(PlaceFit::check(place, fullTuesday, child), PlaceFit::Misfit::Days); // a half day does not serve it
    QJsonObject elsewhere = app;
    elsewhere.insert(QStringLiteral("preferences"), QJsonArray{Uuid::v7()});
    QCOMPARE(PlaceFit::check(place, elsewhere, child), PlaceFit::Misfit::NotPreferred);
    QVERIFY(!PlaceFit::explain(PlaceFit::Misfit::Days).isEmpty());
}

QTEST_GUILESS_MAIN(TestDomain)
#include "TestDomain.moc"
