#include "TestChanges.h"
#include "protocol/CompactPageReader.h"
#include "protocol/CompactPageWriter.h"
#include "store/cache/BulkLoad.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QCborStreamWriter>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

// The compact pull page (docs/PROTOCOL.md "Pull, compact pages"): what the server's writer puts in, the client's
// reader gets back; what is not a well-formed page is refused whole; and a cache filled from compact pages equals
// one filled from the same rows as JSON pages, also where a value takes the general way.
class TestCompactPage : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatWasWritten();
    void changesEncodedAheadMakeTheSamePage();
    void skipsWhatANewerServerAdds();
    void refusesMalformedPages_data();
    void refusesMalformedPages();
    void fillsTheCacheLikeJsonPages();
    void malformedPageLeavesTheCacheAlone();
};

namespace {

const QString kParent = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a01");
const QString kChild = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a02");
const QString kApplication = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a03");

int indexOf(const QString& table)
{
    return int(Protocol::syncedTableNames().indexOf(table));
}

// A row's values in the page's column order, from a JSON row as the JSON page carries it.
QVariantList valuesOf(const QString& table, const QJsonObject& row)
{
    QVariantList values;
    for (const Protocol::Field& f : Protocol::commonFields() + Protocol::findTable(table)->fields)
        values.append(Protocol::toSqlValue(f.type, row.value(f.name)));
    return values;
}

QVector<Protocol::Change> familyRows()
{
    const TestChanges rows(QStringLiteral("antwerpen"), QStringLiteral("2026-11-30T09:00:00Z"));
    return {rows.upsert(QStringLiteral("parents"), kParent,
                        {{QStringLiteral("first_name"), QStringLiteral("Zoë")},
                         {QStringLiteral("last_name"), QStringLiteral("Vandamme")},
                         {QStringLiteral("municipality"), QStringLiteral("Antwerpen")},
                         {QStringLiteral("language"), QStringLiteral("nl")}},
                        1),
            rows.upsert(QStringLiteral("children"), kChild,
                        {{QStringLiteral("parent_id"), kParent},
                         {QStringLiteral("first_name"), QStringLiteral("Noor")},
                         {QStringLiteral("birth_date"), QStringLiteral("2026-02-01")}},
                        2),
            rows.upsert(QStringLiteral("applications"), kApplication,
                        {{QStringLiteral("number"), QStringLiteral("ANT-2026-000123")},
                         {QStringLiteral("child_id"), kChild},
                         {QStringLiteral("parent_id"), kParent},
                         {QStringLiteral("status"), QStringLiteral("submitted")},
                         {QStringLiteral("start_flexibility_weeks"), 4},
                         {QStringLiteral("days"), QJsonArray{QStringLiteral("mon"), QStringLiteral("tue")}},
                         {QStringLiteral("preferences"), QJsonArray{}},
                         {QStringLiteral("submitted_at"), QStringLiteral("2026-11-30T09:00:00Z")}},
                        3)};
}

QByteArray compactPage(const Protocol::PullPage& meta, const QVector<Protocol::Change>& changes)
{
    QByteArray out;
    CompactPageWriter writer(&out);
    writer.begin(meta, CompactPage::syncedTableColumns(), changes.size());
    for (const Protocol::Change& c : changes) {
        if (c.deleted)
            writer.remove(indexOf(c.table), c.seq, c.id, c.version);
        else
            writer.upsert(indexOf(c.table), c.seq, valuesOf(c.table, c.row));
    }
    writer.end();
    return out;
}

Protocol::PullPage meta(const QString& cursor)
{
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e1");
    page.cursor = cursor;
    page.lastMutationId = 7;
    page.remaining = 12;
    return page;
}

// A page written by hand: the header's fields, then `changes` as given (each a CBOR array the caller writes).
QByteArray handPage(const std::function<void(QCborStreamWriter&)>& changes, bool extraKeys = false)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startMap();
    w.append(QLatin1String("epoch"));
    w.append(QLatin1String("e1"));
    w.append(QLatin1String("cursor"));
    w.append(QLatin1String("c1"));
    if (extraKeys) {
        w.append(QLatin1String("compression"));
        w.startMap(1);
        w.append(QLatin1String("kind"));
        w.append(QLatin1String("none"));
        w.endMap();
    }
    w.append(QLatin1String("has_more"));
    w.append(true);
    w.append(QLatin1String("tables"));
    w.startArray(1);
    w.startMap();
    w.append(QLatin1String("name"));
    w.append(QLatin1String("regions"));
    if (extraKeys) {
        w.append(QLatin1String("primary_key"));
        w.append(QLatin1String("id"));
    }
    w.append(QLatin1String("columns"));
    w.startArray(3);
    w.append(QLatin1String("id"));
    w.append(QLatin1String("version"));
    w.append(QLatin1String("name"));
    w.endArray();
    w.endMap();
    w.endArray();
    w.append(QLatin1String("changes"));
    w.startArray();
    changes(w);
    w.endArray();
    w.endMap();
    return out;
}

void regionRow(QCborStreamWriter& w, const QString& id)
{
    w.startArray(6);
    w.append(0);
    w.append(0);
    w.append(5);
    w.append(id);
    w.append(3);
    w.append(QLatin1String("Regio"));
    w.endArray();
}

} // namespace

void TestCompactPage::readsBackWhatWasWritten()
{
    const QVector<Protocol::Change> rows = familyRows();
    Protocol::Change gone;
    gone.table = QStringLiteral("offers");
    gone.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4aff");
    gone.version = 9;
    gone.seq = 4;
    gone.deleted = true;
    CompactPageReader reader(compactPage(meta(QStringLiteral("c1")), rows + QVector<Protocol::Change>{gone}));
    Protocol::PullPage header;
    QString error;
    QVERIFY2(reader.readHeader(&header, &error), qPrintable(error));
    QCOMPARE(header.epoch, QStringLiteral("e1"));
    QCOMPARE(header.cursor, QStringLiteral("c1"));
    QCOMPARE(header.hasMore, false);
    QCOMPARE(header.lastMutationId, 7);
    QCOMPARE(header.remaining, 12);
    QCOMPARE(reader.changeCount(), 4);
    QCOMPARE(reader.tables().size(), Protocol::syncedTables().size());
    for (const Protocol::Change& expected : rows + QVector<Protocol::Change>{gone}) {
        QVERIFY2(reader.next(&error), qPrintable(error));
        const Protocol::Change got = reader.toChange();
        QCOMPARE(got.table, expected.table);
        QCOMPARE(got.id, expected.id);
        QCOMPARE(got.version, expected.version);
        QCOMPARE(got.seq, expected.seq);
        QCOMPARE(got.deleted, expected.deleted);
        // Every column travels: those the row left out arrive as null, as from the JSON page.
        for (auto it = got.row.begin(); it != got.row.end(); ++it)
            QCOMPARE(it.value(), expected.row.value(it.key()).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                                            : expected.row.value(it.key()));
    }
    QVERIFY(!reader.next(&error));
    QVERIFY(error.isEmpty());
    // Text stays UTF-8 in the page: "Zoë" is four bytes.
    CompactPageReader again(compactPage(meta(QStringLiteral("c1")), rows.mid(0, 1)));
    QVERIFY(again.readHeader(&header, &error) && again.next(&error));
    const int firstName =
        int(again.tables().at(indexOf(QStringLiteral("parents"))).columns.indexOf(QStringLiteral("first_name")));
    QCOMPARE(again.value(firstName).text, QByteArray("Zo\xc3\xab"));
}

void TestCompactPage::changesEncodedAheadMakeTheSamePage()
{
    // The server encodes rows read straight from SQLite into one buffer (texts as UTF-8 bytes, integers as such) and
    // writes them into the page afterwards, in seq order: the page must be the one written change by change, values
    // of another type than the column's (an integer in a text column, a text in an integer one) included.
    const QVector<Protocol::Change> odd = familyRows();
    // Values as SQLite may hold them against the column's type: an integer in a text column, a text in an integer one.
    const auto valuesAt = [&odd](int k) {
        const Protocol::Change& c = odd.at(k);
        QVariantList values = valuesOf(c.table, c.row);
        const QStringList columns = CompactPage::columnsOf(*Protocol::findTable(c.table)).columns;
        if (c.table == QLatin1String("parents"))
            values[int(columns.indexOf(QStringLiteral("postcode")))] = qint64(2000);
        if (c.table == QLatin1String("applications"))
            values[int(columns.indexOf(QStringLiteral("start_flexibility_weeks")))] = QStringLiteral("4");
        return values;
    };
    const QVector<CompactPage::TableColumns> tables = CompactPage::syncedTableColumns();
    QByteArray expected;
    {
        CompactPageWriter writer(&expected);
        writer.begin(meta(QStringLiteral("c1")), tables, odd.size());
        for (int k = 0; k < odd.size(); ++k)
            writer.upsert(indexOf(odd.at(k).table), odd.at(k).seq, valuesAt(k));
        writer.end();
    }
    QByteArray encoded;
    QVector<QPair<qsizetype, qsizetype>> spans;
    {
        CompactPageWriter encoder(&encoded);
        encoder.beginEncoding(tables);
        for (int k = int(odd.size()) - 1; k >= 0; --k) { // encoded out of order, as the server reads table by table
            const Protocol::Change& c = odd.at(k);
            const int table = indexOf(c.table);
            const qsizetype from = encoded.size();
            encoder.startUpsert(table, c.seq);
            const QVariantList values = valuesAt(k);
            for (int i = 0; i < values.size(); ++i) {
                const Protocol::FieldType type = tables.at(table).types.at(i);
                const QVariant& v = values.at(i);
                if (v.isNull()) {
                    encoder.nullValue();
                } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                    encoder.integerValue(type, v.toLongLong());
                } else if (v.typeId() == QMetaType::QString) {
                    const QByteArray utf8 = v.toString().toUtf8();
                    encoder.textValue(type, utf8.constData(), utf8.size());
                } else {
                    encoder.value(type, v);
                }
            }
            encoder.endUpsert();
            spans.prepend({from, encoded.size() - from});
        }
    }
    QByteArray page;
    {
        CompactPageWriter writer(&page);
        writer.begin(meta(QStringLiteral("c1")), tables, odd.size());
        for (const auto& [from, size] : spans)
            writer.appendEncoded(encoded.constData() + from, size);
        writer.end();
    }
    QCOMPARE(page.toHex(), expected.toHex());
    CompactPageReader reader(page);
    Protocol::PullPage header;
    QString error;
    QVERIFY2(reader.readHeader(&header, &error), qPrintable(error));
    for (int i = 0; i < odd.size(); ++i)
        QVERIFY2(reader.next(&error), qPrintable(error));
    QVERIFY(!reader.next(&error) && error.isEmpty());
}

void TestCompactPage::skipsWhatANewerServerAdds()
{
    CompactPageReader reader(handPage([](QCborStreamWriter& w) { regionRow(w, QStringLiteral("gent")); }, true));
    Protocol::PullPage header;
    QString error;
    QVERIFY2(reader.readHeader(&header, &error), qPrintable(error));
    QCOMPARE(header.hasMore, true);
    QCOMPARE(reader.changeCount(), -1); // this page did not say how many
    QVERIFY2(reader.next(&error), qPrintable(error));
    QCOMPARE(reader.toChange().row.value(QStringLiteral("name")).toString(), QStringLiteral("Regio"));
    QCOMPARE(reader.toChange().id, QStringLiteral("gent"));
}

void TestCompactPage::refusesMalformedPages_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::newRow("not CBOR") << QByteArray("{\"epoch\":\"e1\"}");
    QTest::newRow("cut off") << handPage([](QCborStreamWriter& w) { regionRow(w, QStringLiteral("gent")); }).chopped(9);
    QTest::newRow("table out of range") << handPage([](QCborStreamWriter& w) {
        w.startArray(6);
        for (int v : {0, 1, 5, 0, 3, 0})
            w.append(v);
        w.endArray();
    });
    QTest::newRow("too few values") << handPage([](QCborStreamWriter& w) {
        w.startArray(5);
        for (int v : {0, 0, 5, 0})
            w.append(v);
        w.append(QLatin1String("x"));
        w.endArray();
    });
    QTest::newRow("unknown kind") << handPage([](QCborStreamWriter& w) {
        w.startArray(5);
        for (int v : {2, 0, 5})
            w.append(v);
        w.append(QLatin1String("gent"));
        w.append(3);
        w.endArray();
    });
    QTest::newRow("delete without an id") << handPage([](QCborStreamWriter& w) {
        w.startArray(5);
        for (int v : {1, 0, 5, 4, 3})
            w.append(v);
        w.endArray();
    });
    QTest::newRow("seq beyond 64 bits") << handPage([](QCborStreamWriter& w) {
        w.startArray(6);
        w.append(0);
        w.append(0);
        w.append(std::numeric_limits<quint64>::max());
        w.append(QLatin1String("gent"));
        w.append(3);
        w.append(QLatin1String("Regio"));
        w.endArray();
    });
    QTest::newRow("version below -2^63") << handPage([](QCborStreamWriter& w) {
        w.startArray(6);
        w.append(0);
        w.append(0);
        w.append(5);
        w.append(QLatin1String("gent"));
        w.append(QCborNegativeInteger(std::numeric_limits<quint64>::max()));
        w.append(QLatin1String("Regio"));
        w.endArray();
    });
    QTest::newRow("a change that is not an array") << handPage([](QCborStreamWriter& w) { w.append(5); });
    QTest::newRow("no changes") << QByteArray::fromHex("a16565706f63686265"); // {"epoch": "e"}
}

void TestCompactPage::refusesMalformedPages()
{
    QFETCH(QByteArray, page);
    CompactPageReader reader(page);
    Protocol::PullPage header;
    QString error;
    bool ok = reader.readHeader(&header, &error);
    while (ok)
        ok = reader.next(&error);
    QVERIFY(!error.isEmpty());
}

void TestCompactPage::fillsTheCacheLikeJsonPages()
{
    QTemporaryDir dir;
    LocalCache viaJson, viaCompact;
    QCOMPARE(viaJson.open(dir.filePath(QStringLiteral("json.sqlite"))), LocalCache::OpenStatus::Ok);
    QCOMPARE(viaCompact.open(dir.filePath(QStringLiteral("compact.sqlite"))), LocalCache::OpenStatus::Ok);
    QVector<Protocol::Change> rows = familyRows();
    Protocol::PullPage page = meta(QStringLiteral("c1"));
    page.changes = rows;
    QString error;
    PullApplier json(viaJson);
    json.setDeferSearchIndex(BulkLoad::active(viaJson));
    QVERIFY2(json.apply(page, &error) && BulkLoad::finish(viaJson, &error), qPrintable(error));

    // A value of another type than the schema's (a number for a text field) takes the general way, which converts
    // it as the JSON page's reader does: the row must end up the same in both caches.
    QByteArray bytes;
    CompactPageWriter writer(&bytes);
    writer.begin(page, CompactPage::syncedTableColumns(), rows.size());
    for (const Protocol::Change& c : rows) {
        QVariantList values = valuesOf(c.table, c.row);
        if (c.table == QLatin1String("parents"))
            values[Protocol::commonFields().size() + 7] = 2000; // postcode
        writer.upsert(indexOf(c.table), c.seq, values);
    }
    writer.end();
    QSqlQuery(viaJson.database())
        .exec(QStringLiteral("UPDATE parents SET postcode = '2000'")); // what the JSON page's text "2000" stores
    CompactPageReader reader(bytes);
    Protocol::PullPage header;
    PullApplier compact(viaCompact);
    compact.setDeferSearchIndex(BulkLoad::active(viaCompact));
    QVERIFY2(reader.readHeader(&header, &error) && compact.apply(reader, header, &error) &&
                 BulkLoad::finish(viaCompact, &error),
             qPrintable(error));
    QCOMPARE(compact.rowsApplied(), 3);
    QCOMPARE(viaCompact.state(QStringLiteral("cursor")), QStringLiteral("c1"));
    for (const QString& table : Protocol::syncedTableNames())
        QCOMPARE(RecordQuery(viaCompact).allRows(table), RecordQuery(viaJson).allRows(table));
    // The derived rows too: the list row and the search documents.
    for (const char* sql : {"SELECT count(*) FROM list_applications WHERE child = 'Noor'",
                            "SELECT count(*) FROM fts_parents WHERE fts_parents MATCH 'noor'",
                            "SELECT count(*) FROM fts_applications WHERE fts_applications MATCH 'vandamme'"}) {
        QSqlQuery q(viaCompact.database());
        QVERIFY2(q.exec(QString::fromLatin1(sql)) && q.next(), sql);
        QCOMPARE(q.value(0).toInt(), 1);
    }
}

void TestCompactPage::malformedPageLeavesTheCacheAlone()
{
    QTemporaryDir dir;
    LocalCache cache;
    QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.sqlite"))), LocalCache::OpenStatus::Ok);
    // The first row is whole, the second is not: the page is refused and the first row is not kept either.
    CompactPageReader reader(handPage([](QCborStreamWriter& w) {
        regionRow(w, QStringLiteral("gent"));
        w.startArray(4);
        for (int v : {0, 0, 6, 7})
            w.append(v);
        w.endArray();
    }));
    Protocol::PullPage header;
    QString error;
    PullApplier applier(cache);
    applier.setDeferSearchIndex(BulkLoad::active(cache));
    QVERIFY(reader.readHeader(&header, &error));
    QVERIFY(!applier.apply(reader, header, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(RecordQuery(cache).allRows(QStringLiteral("regions")).isEmpty());
    QVERIFY(cache.state(QStringLiteral("cursor")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCompactPage)
#include "TestCompactPage.moc"
