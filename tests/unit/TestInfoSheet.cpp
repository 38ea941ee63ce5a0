#include "domain/InfoSheet.h"
#include "domain/RowValidator.h"

#include <QJsonObject>
#include <QtTest>

// The info sheet's shape (docs/PROTOCOL.md "Info sheets"): per-field fall-back to Dutch, a plain string per language
// from before the fields read as the description, empty texts dropped, and the checks the server applies.
class TestInfoSheet : public QObject
{
    Q_OBJECT

private slots:
    void fallsBackToDutchPerField();
    void readsThePlainStringOfOlderSheets();
    void emptyTextsAreDropped();
    void validation();
};

void TestInfoSheet::fallsBackToDutchPerField()
{
    const InfoSheet sheet = InfoSheet::fromJson(QJsonObject{
        {QStringLiteral("nl"), QJsonObject{{QStringLiteral("description"), QStringLiteral("Warm")},
                                           {QStringLiteral("tariff"), QStringLiteral("Vast")}}},
        {QStringLiteral("fr"), QJsonObject{{QStringLiteral("description"), QStringLiteral("Chaleureux")}}}});
    QString served;
    QCOMPARE(sheet.resolved(QStringLiteral("fr"), QStringLiteral("description"), &served),
             QStringLiteral("Chaleureux"));
    QCOMPARE(served, QStringLiteral("fr"));
    QCOMPARE(sheet.resolved(QStringLiteral("fr"), QStringLiteral("tariff"), &served), QStringLiteral("Vast"));
    QCOMPARE(served, QStringLiteral("nl"));
    QCOMPARE(sheet.resolved(QStringLiteral("en"), QStringLiteral("contact"), &served), QString());
    QCOMPARE(served, QString());
}

void TestInfoSheet::readsThePlainStringOfOlderSheets()
{
    const InfoSheet sheet = InfoSheet::fromJson(QJsonObject{{QStringLiteral("nl"), QStringLiteral("Oude tekst")},
                                                            {QStringLiteral("fr"), QStringLiteral("Ancien")}});
    QCOMPARE(sheet.text(QStringLiteral("nl"), QStringLiteral("description")), QStringLiteral("Oude tekst"));
    QCOMPARE(sheet.text(QStringLiteral("fr"), QStringLiteral("description")), QStringLiteral("Ancien"));
    QCOMPARE(sheet.toJson().value(QStringLiteral("nl")).toObject().value(QStringLiteral("description")).toString(),
             QStringLiteral("Oude tekst"));
    QVERIFY(InfoSheet::validate(QJsonObject{{QStringLiteral("nl"), QStringLiteral("Oude tekst")}}).isEmpty());
}

void TestInfoSheet::emptyTextsAreDropped()
{
    InfoSheet sheet;
    sheet.setText(QStringLiteral("fr"), QStringLiteral("tariff"), QStringLiteral("Libre"));
    QCOMPARE(sheet.toJson().keys(), QStringList{QStringLiteral("fr")});
    sheet.setText(QStringLiteral("fr"), QStringLiteral("tariff"), QStringLiteral("  "));
    QVERIFY(sheet.toJson().isEmpty());
    QVERIFY(sheet == InfoSheet());
}

void TestInfoSheet::validation()
{
    const auto fields = [](const QJsonValue& info) {
        QStringList out;
        for (const FieldError& e : InfoSheet::validate(info))
            out.append(e.field);
        return out;
    };
    QCOMPARE(fields(QJsonObject{{QStringLiteral("de"), QJsonObject()}}), QStringList{QStringLiteral("info.de")});
    QCOMPARE(fields(QJsonObject{{QStringLiteral("nl"), QJsonObject{{QStringLiteral("prijs"), QStringLiteral("x")}}}}),
             QStringList{QStringLiteral("info.nl.prijs")});
    QCOMPARE(fields(QJsonObject{{QStringLiteral("fr"), QJsonObject{{QStringLiteral("contact"), true}}}}),
             QStringList{QStringLiteral("info.fr.contact")});
    QCOMPARE(fields(QJsonObject{{QStringLiteral("en"), 5}}), QStringList{QStringLiteral("info.en")});
    QCOMPARE(fields(QJsonValue(QStringLiteral("text"))), QStringList{QStringLiteral("info")});
    const QString limit(InfoSheet::kMaxField, QLatin1Char('x'));
    QVERIFY(fields(QJsonObject{{QStringLiteral("nl"), QJsonObject{{QStringLiteral("tariff"), limit}}}}).isEmpty());
    QCOMPARE(
        fields(QJsonObject{{QStringLiteral("nl"), QJsonObject{{QStringLiteral("tariff"), limit + QLatin1Char('x')}}}}),
        QStringList{QStringLiteral("info.nl.tariff")});
    // RowValidator runs it on a whole location.
    const QJsonObject location{{QStringLiteral("id"), QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057")},
                               {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                               {QStringLiteral("name"), QStringLiteral("Zonnetje")},
                               {QStringLiteral("kind"), QStringLiteral("group")},
                               {QStringLiteral("info"), QJsonObject{{QStringLiteral("de"), QJsonObject()}}}};
    QCOMPARE(RowValidator::summary(RowValidator::validate(QStringLiteral("locations"), location)),
             QStringLiteral("info.de: is not a language of the info sheet (nl, fr, en)"));
}

QTEST_MAIN(TestInfoSheet)
#include "TestInfoSheet.moc"
