#include "domain/ApplicationStatus.h"
#include "domain/MessageTemplates.h"

#include <QtTest>

// The parent mail templates (translations/mail, compiled into the domain library): every template exists in
// every language and renders completely; languages fall back to Dutch; unknown or empty placeholders are refused.
class TestMessageTemplates : public QObject
{
    Q_OBJECT

private slots:
    void everyTemplateRendersInEveryLanguage();
    void languageFallsBackToDutch();
    void refusesUnknownAndMissingPlaceholders();
    void refusesUnknownTemplate();
    void subjectStaysOneLine();

private:
    static QHash<QString, QString> allValues(const QString& language)
    {
        return {{QStringLiteral("parent_name"), QStringLiteral("Ayşe Çelik")},
                {QStringLiteral("application_number"), QStringLiteral("ANT-2026-000123")},
                {QStringLiteral("child_name"), QStringLiteral("Elif")},
                {QStringLiteral("state"), ApplicationStatus::label(ApplicationStatus::InReview, language)},
                {QStringLiteral("state_explanation"),
                 ApplicationStatus::explanation(ApplicationStatus::InReview, language)},
                {QStringLiteral("location"), QStringLiteral("Kinderdagverblijf De Egel (Merksem)")},
                {QStringLiteral("respond_by"), QStringLiteral("12 januari 2027")}};
    }
};

void TestMessageTemplates::everyTemplateRendersInEveryLanguage()
{
    QCOMPARE(MessageTemplates::names().size(), 6);
    QVERIFY(MessageTemplates::isTemplate(QStringLiteral("acknowledgement")));
    for (const QString& name : MessageTemplates::names()) {
        QSet<QString> subjects;
        for (const QString& language : MessageTemplates::languages()) {
            RenderedMessage m;
            QString error;
            QVERIFY2(MessageTemplates::render(name, language, allValues(language), &m, &error), qPrintable(error));
            QCOMPARE(m.templateName, name);
            QCOMPARE(m.language, language);
            QVERIFY(!m.subject.isEmpty());
            QVERIFY2(m.body.size() > 80, qPrintable(name + QLatin1Char('.') + language));
            QVERIFY(!m.subject.contains(QLatin1Char('{')) && !m.body.contains(QLatin1Char('{')));
            QVERIFY2(m.body.contains(QStringLiteral("Ayşe Çelik")), qPrintable(name + QLatin1Char('.') + language));
            subjects.insert(m.subject);
        }
        QCOMPARE(subjects.size(), 3); // really three languages, not one text copied
    }
}

void TestMessageTemplates::languageFallsBackToDutch()
{
    QCOMPARE(MessageTemplates::languageFor(QStringLiteral("nl-BE")), QStringLiteral("nl"));
    QCOMPARE(MessageTemplates::languageFor(QStringLiteral("fr-BE")), QStringLiteral("fr"));
    QCOMPARE(MessageTemplates::languageFor(QStringLiteral("FR")), QStringLiteral("fr"));
    QCOMPARE(MessageTemplates::languageFor(QStringLiteral("en_GB")), QStringLiteral("en"));
    QCOMPARE(MessageTemplates::languageFor(QStringLiteral("tr")), QStringLiteral("nl"));
    QCOMPARE(MessageTemplates::languageFor(QString()), QStringLiteral("nl"));
    QCOMPARE(MessageTemplates::unnamedChild(QStringLiteral("fr-BE")), QStringLiteral("votre enfant"));
    QCOMPARE(MessageTemplates::unnamedChild(QStringLiteral("tr")), QStringLiteral("uw kind"));
    RenderedMessage m;
    QString error;
    QVERIFY(MessageTemplates::render(QStringLiteral("acknowledgement"), QStringLiteral("ar"),
                                     allValues(QStringLiteral("nl")), &m, &error));
    QCOMPARE(m.language, QStringLiteral("nl"));
    QCOMPARE(m.subject, QStringLiteral("Uw aanvraag kinderopvang ANT-2026-000123 is ontvangen"));
}

void TestMessageTemplates::refusesUnknownAndMissingPlaceholders()
{
    QString out = QStringLiteral("untouched");
    QString error;
    QVERIFY(
        !MessageTemplates::fill(QStringLiteral("Dear {parent-name}"), allValues(QStringLiteral("en")), &out, &error));
    QCOMPARE(error, QStringLiteral("unknown placeholder {parent-name}"));
    QCOMPARE(out, QStringLiteral("untouched"));
    QVERIFY(!MessageTemplates::fill(QStringLiteral("Dear {surname}"), allValues(QStringLiteral("en")), &out, &error));
    QCOMPARE(error, QStringLiteral("unknown placeholder {surname}"));
    QHash<QString, QString> values = allValues(QStringLiteral("en"));
    values.remove(QStringLiteral("respond_by"));
    RenderedMessage m;
    QVERIFY(!MessageTemplates::render(QStringLiteral("offer_made"), QStringLiteral("en"), values, &m, &error));
    QVERIFY2(error.contains(QStringLiteral("no value for placeholder {respond_by}")), qPrintable(error));
    QVERIFY(m.subject.isEmpty());
    QVERIFY(MessageTemplates::fill(QStringLiteral("{child_name}, {child_name}!"), allValues(QStringLiteral("en")), &out,
                                   &error));
    QCOMPARE(out, QStringLiteral("Elif, Elif!"));
}

void TestMessageTemplates::refusesUnknownTemplate()
{
    RenderedMessage m;
    QString error;
    QVERIFY(!MessageTemplates::render(QStringLiteral("spam"), QStringLiteral("nl"), allValues(QStringLiteral("nl")), &m,
                                      &error));
    QCOMPARE(error, QStringLiteral("unknown message template \"spam\""));
}

void TestMessageTemplates::subjectStaysOneLine()
{
    QHash<QString, QString> values = allValues(QStringLiteral("en"));
    values.insert(QStringLiteral("application_number"), QStringLiteral("ANT\r\nBcc: someone@example.com"));
    RenderedMessage m;
    QString error;
    QVERIFY(MessageTemplates::render(QStringLiteral("acknowledgement"), QStringLiteral("en"), values, &m, &error));
    QVERIFY(!m.subject.contains(QLatin1Char('\n')) && !m.subject.contains(QLatin1Char('\r')));
}

QTEST_GUILESS_MAIN(TestMessageTemplates)
#include "TestMessageTemplates.moc"
