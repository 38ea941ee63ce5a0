#pragma once

#include <QSaveFile>
#include <QString>
#include <QStringList>

// Writes one CSV file as RFC 4180 says (comma, CRLF, fields with a comma, quote or line break in double
// quotes, quotes doubled), in UTF-8 with a byte-order mark so Excel reads accents right. The file appears
// only when commit() succeeds (QSaveFile): a failed export never leaves half a file or spoils an old one.
class CsvWriter
{
public:
    // With the mark by default: people open exports in Excel. A file read by scripts first goes without it.
    enum class ByteOrderMark { With, Without };
    explicit CsvWriter(const QString& path, ByteOrderMark mark = ByteOrderMark::With);

    bool open(QString* error);
    void writeRow(const QStringList& fields);
    bool commit(QString* error);

    // One field as it goes into the file.
    static QString escape(const QString& field);

private:
    QSaveFile m_file;
    ByteOrderMark m_mark;
};
