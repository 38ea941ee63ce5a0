#include "ServerConfigFile.h"

#include <QFile>

QStringList ServerConfigFile::valueKeys()
{
    return {QStringLiteral("listen"),         QStringLiteral("data"),     QStringLiteral("database"),
            QStringLiteral("tombstone-days"), QStringLiteral("smtp-url"), QStringLiteral("mail-from"),
            QStringLiteral("mail-dir"),       QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
            QStringLiteral("oidc-config")};
}

QStringList ServerConfigFile::switchKeys()
{
    return {QStringLiteral("insecure-http")};
}

bool ServerConfigFile::read(const QString& path, QStringList* arguments, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("the configuration file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    QStringList result;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        QString problem;
        if (!readLine(line, &result, &problem)) {
            *error = QStringLiteral("%1 line %2: %3").arg(path).arg(number).arg(problem);
            return false;
        }
    }
    *arguments = result;
    return true;
}

bool ServerConfigFile::readLine(const QString& line, QStringList* arguments, QString* problem)
{
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
        return true;
    const int equals = line.indexOf(QLatin1Char('='));
    if (equals < 0) {
        *problem = QStringLiteral("\"%1\" is not key = value").arg(line);
        return false;
    }
    const QString key = line.left(equals).trimmed();
    QString value = line.mid(equals + 1).trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    if (valueKeys().contains(key)) {
        if (!value.isEmpty())
            *arguments << QStringLiteral("--") + key << value;
        return true;
    }
    if (switchKeys().contains(key)) {
        const QString answer = value.toLower();
        if (answer == QLatin1String("yes") || answer == QLatin1String("true"))
            *arguments << QStringLiteral("--") + key;
        else if (!answer.isEmpty() && answer != QLatin1String("no") && answer != QLatin1String("false")) {
            *problem = QStringLiteral("%1 takes yes or no, not \"%2\"").arg(key, value);
            return false;
        }
        return true;
    }
    *problem = QStringLiteral("unknown key \"%1\" (known: %2)")
                   .arg(key, (valueKeys() + switchKeys()).join(QStringLiteral(", ")));
    return false;
}
