#include "mail/PasswordMail.h"

#include "domain/Uuid.h"
#include "io/PrivateFiles.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpSender.h"
#include "service/ServerLogging.h"

#include <QDir>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const char* kDefaultFrom = "opvangloket@opvangloket.invalid";
} // namespace

PasswordMail::PasswordMail(const ServerOptions& options)
    : m_options(options)
{
    if (m_options.mailFrom.isEmpty())
        m_options.mailFrom = QString::fromLatin1(kDefaultFrom);
    if (!m_options.smtpUrl.isEmpty())
        SmtpSender::initializeOnce();
}

QString PasswordMail::subject()
{
    return QStringLiteral("Opvangloket: uw eenmalig wachtwoord / votre mot de passe à usage unique");
}

QString PasswordMail::body(const Account& account, const QString& password)
{
    return QStringLiteral("Beste %1,\n\n"
                          "Uw gebruikersnaam voor Opvangloket is: %2\n"
                          "Uw eenmalig wachtwoord is: %3\n\n"
                          "Meld u ermee aan en kies meteen een eigen wachtwoord. Dit wachtwoord werkt niet meer "
                          "zodra u een eigen wachtwoord hebt gekozen. Hebt u dit niet gevraagd, meld het dan aan "
                          "uw coördinator.\n\n"
                          "---\n\n"
                          "Bonjour %1,\n\n"
                          "Votre nom d'utilisateur pour Opvangloket est : %2\n"
                          "Votre mot de passe à usage unique est : %3\n\n"
                          "Connectez-vous avec celui-ci et choisissez aussitôt votre propre mot de passe. Il ne "
                          "fonctionnera plus dès que vous aurez choisi le vôtre. Si vous ne l'avez pas demandé, "
                          "signalez-le à votre coordinateur.\n")
        .arg(account.displayName.isEmpty() ? account.username : account.displayName, account.username, password);
}

bool PasswordMail::send(const Account& account, const QString& password) const
{
    MimeMessage mime;
    mime.messageId = Uuid::v7();
    mime.from = m_options.mailFrom;
    mime.to = account.email.trimmed();
    mime.toName = account.displayName;
    mime.subject = subject();
    mime.body = body(account, password);
    mime.date = QDateTime::currentDateTimeUtc();
    QByteArray data;
    QString error;
    if (!mime.toBytes(&data, &error)) {
        qCWarning(lcServerMail) << "one-time password mail for account" << account.id << "not made: bad address";
        return false;
    }
    if (m_options.smtpUrl.isEmpty())
        return writeToFolder(mime.messageId, data);
    const SmtpSender::Job job{mime.messageId, m_options.smtpUrl, mime.from, mime.to, data};
    const QString accountId = account.id;
    // The relay may take seconds: a worker thread sends it, the answer only goes to the log.
    (void)QtConcurrent::run([job, accountId] {
        const SmtpSender::Outcome outcome = SmtpSender::send(job);
        if (outcome.sent)
            qCInfo(lcServerMail) << "one-time password mail for account" << accountId << "sent";
        else
            qCWarning(lcServerMail) << "one-time password mail for account" << accountId << "not sent, SMTP code"
                                    << outcome.code;
    });
    return true;
}

bool PasswordMail::writeToFolder(const QString& messageId, const QByteArray& data) const
{
    PrivateFiles::makeFolder(m_options.mailDir);
    QSaveFile file(QDir(m_options.mailDir).filePath(messageId + QStringLiteral(".eml")));
    // A password: owner-only before a byte is written, as MailDelivery does for parent mail.
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(data) == data.size() && file.commit())
        return true;
    qCWarning(lcServerMail) << "one-time password mail" << messageId << "not written:" << file.errorString();
    return false;
}
