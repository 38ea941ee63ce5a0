#include "domain/PersonalFields.h"
#include "protocol/TableSchema.h"

#include <QtTest>

// The one list of personal fields (docs/PROTOCOL.md "Anonymisation"): what a row keeps and loses, that a second pass
// changes nothing, and how a client tells an anonymised row.
class TestPersonalFields : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleNamesATextFieldOfItsTable();
    void personalFieldsGoStatisticsStay();
    void aSecondPassChangesNothing();
    void theClientKnowsAnAnonymisedRow();
};

void TestPersonalFields::everyRuleNamesATextFieldOfItsTable()
{
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        for (const PersonalFields::Rule& rule : PersonalFields::of(table.name)) {
            const Protocol::Field* field = table.field(rule.field);
            QVERIFY2(field, qPrintable(table.name + QLatin1Char('.') + rule.field));
            QCOMPARE(field->type, Protocol::FieldType::Text);
        }
    }
    QVERIFY(PersonalFields::of(QStringLiteral("locations")).isEmpty());
}

void TestPersonalFields::personalFieldsGoStatisticsStay()
{
    const QJsonObject parent{{QStringLiteral("id"), QStringLiteral("p1")},
                             {QStringLiteral("first_name"), QStringLiteral("Ayşe")},
                             {QStringLiteral("last_name"), QStringLiteral("Çelik")},
                             {QStringLiteral("email"), QStringLiteral("ayse@example.be")},
                             {QStringLiteral("phone"), QJsonValue()},
                             {QStringLiteral("postcode"), QStringLiteral("2060")},
                             {QStringLiteral("municipality"), QStringLiteral("Antwerpen")},
                             {QStringLiteral("language"), QStringLiteral("tr")}};
    bool changed = false;
    const QJsonObject out = PersonalFields::anonymised(QStringLiteral("parents"), parent, &changed);
    QVERIFY(changed);
    QVERIFY(out.value(QLatin1String("first_name")).isNull());
    QCOMPARE(out.value(QLatin1String("last_name")).toString(), PersonalFields::kPlaceholder);
    QVERIFY(out.value(QLatin1String("email")).isNull());
    QVERIFY(out.value(QLatin1String("phone")).isNull());
    for (const char* kept : {"id", "postcode", "municipality", "language"})
        QCOMPARE(out.value(QLatin1String(kept)), parent.value(QLatin1String(kept)));
    // A closing reason left empty stays empty: only free text that was there becomes the placeholder.
    const QJsonObject application{{QStringLiteral("status"), QStringLiteral("cancelled")},
                                  {QStringLiteral("closed_reason"), QJsonValue()},
                                  {QStringLiteral("notes"), QStringLiteral("[]")}};
    const QJsonObject closed = PersonalFields::anonymised(QStringLiteral("applications"), application);
    QVERIFY(closed.value(QLatin1String("closed_reason")).isNull());
    QVERIFY(closed.value(QLatin1String("notes")).isNull());
    QCOMPARE(closed.value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
}

void TestPersonalFields::aSecondPassChangesNothing()
{
    const QJsonObject message{{QStringLiteral("subject"), QStringLiteral("Uw aanvraag")},
                              {QStringLiteral("body"), QStringLiteral("Beste ouder")},
                              {QStringLiteral("status"), QStringLiteral("sent")}};
    QVERIFY(!PersonalFields::isAnonymised(QStringLiteral("messages"), message));
    const QJsonObject once = PersonalFields::anonymised(QStringLiteral("messages"), message);
    bool changed = true;
    QCOMPARE(PersonalFields::anonymised(QStringLiteral("messages"), once, &changed), once);
    QVERIFY(!changed);
    QVERIFY(PersonalFields::isAnonymised(QStringLiteral("messages"), once));
}

void TestPersonalFields::theClientKnowsAnAnonymisedRow()
{
    const QJsonObject child{{QStringLiteral("first_name"), QStringLiteral("Elif")},
                            {QStringLiteral("last_name"), QStringLiteral("Çelik")}};
    QVERIFY(!PersonalFields::carriesPlaceholder(QStringLiteral("children"), child));
    QVERIFY(PersonalFields::carriesPlaceholder(QStringLiteral("children"),
                                               PersonalFields::anonymised(QStringLiteral("children"), child)));
    // A name that is the placeholder while the first name is still there is not an anonymised row.
    QVERIFY(!PersonalFields::carriesPlaceholder(QStringLiteral("children"),
                                                {{QStringLiteral("first_name"), QStringLiteral("Elif")},
                                                 {QStringLiteral("last_name"), PersonalFields::kPlaceholder}}));
    QVERIFY(!PersonalFields::carriesPlaceholder(QStringLiteral("applications"), QJsonObject()));
}

QTEST_GUILESS_MAIN(TestPersonalFields)
#include "TestPersonalFields.moc"
