#include "CsvWriter.h"

CsvWriter::CsvWriter(const QString& path, ByteOrderMark mark)
    : m_file(path)
    , m_mark(mark)
{
}

bool CsvWriter::open(QString* error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = m_file.errorString();
        return false;
    }
    if (m_mark == ByteOrderMark::With)
        m_file.write("\xEF\xBB\xBF");
    return true;
}

QString CsvWriter::escape(const QString& field)
{
    QString value = field;
    // A spreadsheet runs a cell that starts like a formula ("=", "+", "-", "@"): a phone number "+32 …" would
    // show as an error, and a crafted value as a command. A leading apostrophe makes it plain text.
    static const QString formulaStarts = QStringLiteral("=+-@");
    bool plainNumber = false;
    value.toDouble(&plainNumber);
    if (!value.isEmpty() && formulaStarts.contains(value.front()) && !plainNumber)
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& f : fields)
        escaped.append(escape(f));
    m_file.write(escaped.join(QLatin1Char(',')).toUtf8());
    m_file.write("\r\n");
}

bool CsvWriter::commit(QString* error)
{
    if (m_file.commit())
        return true;
    *error = m_file.errorString();
    return false;
}
