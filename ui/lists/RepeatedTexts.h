#pragma once

#include <QSet>
#include <QString>
#include <QVariantList>
#include <QVector>

// Keeps one copy of each text a list column repeats, so the rows loaded share it (issue 17). A list scrolled to
// the end of 100,000 applications held about 900,000 separate strings, though status, municipality, channel, start
// day and most names take a few thousand values at most: sharing them saves about 25 MB. A column that keeps
// bringing new texts (ids, numbers, timestamps) stops being pooled, so the pool never grows past a few thousand
// texts per column.
class RepeatedTexts
{
public:
    // Replaces each text of the rows by the copy already kept for its column, keeping new ones.
    void share(QVector<QVariantList>& rows);
    // Forgets the kept texts (the rows were read again): the pool holds only what the rows hold.
    void clear();

private:
    struct Column {
        QSet<QString> texts;
        bool pooled = true;
    };
    // A column with more distinct texts than this repeats too little to be worth a pool.
    static constexpr int kMaxDistinct = 8192;

    QVector<Column> m_columns;
};
