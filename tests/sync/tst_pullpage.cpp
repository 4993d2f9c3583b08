// PullPage reads a pull page from its text as QJsonDocument would: escapes, numbers,
// booleans, nulls, nested values, any member order; malformed text is refused. And a page
// applied from text gives the same profile rows as the same page applied as a JSON object.
#include "storage/database.h"
#include "storage/sql.h"
#include "sync/localsync.h"
#include "sync/pullpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestPullPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsEveryValueKind()
    {
        // (Kept out of a raw string literal: moc cannot parse those.)
        const QByteArray text = QByteArray(" { \"head\" : 9, \"more\":false,\n \"rows\" : [ {\"fields\": {")
            + "\"name\": \"Sch\\\"ool \\\\ \\u00e9\\u0416 \\ud83d\\ude00\\n\", \"n\": -12, \"x\": 2.5, \"e\": 1e3, "
            + "\"b\": true, \"z\": null, \"o\": {\"a\": [1, \"}\"]}}, "
            + "\"id\":\"r1\", \"table\":\"organisation\", \"rev\": 7, \"deleted\": true, \"updated_at\": 1700000000123, \"updated_by\": \"u\"},\n"
            + "{\"table\":\"person\",\"id\":\"r2\",\"rev\":8,\"deleted\":false,\"updated_at\":1,\"updated_by\":\"\",\"fields\":{}} ],\n"
            + " \"next\" : 8 } ";
        PullPage page;
        QVERIFY2(page.parse(text), qPrintable(page.error()));
        QCOMPARE(page.head, qint64(9));
        QCOMPARE(page.next, qint64(8));
        QCOMPARE(page.more, false);
        QCOMPARE(page.rows.size(), qsizetype(2));
        // The same content as QJsonDocument reads it.
        const QJsonObject expected = QJsonDocument::fromJson(text).object().value(QStringLiteral("rows")).toArray().at(0).toObject();
        QCOMPARE(page.rowJson(0), expected);
        const PullRow &r = page.rows.at(0);
        QCOMPARE(r.fieldCount, qsizetype(7));
        QCOMPARE(page.fields.at(r.firstField + 1).value.type, PullValue::Int);
        QCOMPARE(page.fields.at(r.firstField + 1).value.integer, qint64(-12));
        QCOMPARE(page.fields.at(r.firstField + 2).value.type, PullValue::Double);
        QCOMPARE(page.fields.at(r.firstField + 3).value.real, 1000.0);
        QCOMPARE(page.fields.at(r.firstField + 6).value.type, PullValue::Json);
        QCOMPARE(page.rows.at(1).fieldCount, qsizetype(0));
        QCOMPARE(page.rows.at(1).updatedBy.size(), qsizetype(0));
    }

    void refusesMalformedText()
    {
        for (const char *bad : {"", "[]", "{\"rows\":[{\"id\":\"a\"}", "{\"rows\":[{\"fields\":{\"a\":\"x}}]}",
                                "{\"rows\":[],\"next\":1} trailing", "{\"rows\":[{\"fields\":{\"a\":\"\\q\"}}]}",
                                "{\"rows\":[{\"fields\":{\"a\":12abc}}]}"}) {
            PullPage page;
            QVERIFY2(!page.parse(QByteArray(bad)), bad);
            QVERIFY(!page.error().isEmpty());
        }
    }

    void textAndObjectPathsWriteTheSameRows()
    {
        QTemporaryDir dir;
        QJsonArray rows;
        for (int i = 0; i < 50; ++i)
            rows.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("municipality")}, {QStringLiteral("id"), QStringLiteral("m%1").arg(i)},
                                    {QStringLiteral("rev"), i + 1}, {QStringLiteral("deleted"), i % 7 == 0},
                                    {QStringLiteral("updated_at"), 1700000000000LL + i}, {QStringLiteral("updated_by"), QStringLiteral("srv")},
                                    {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Район «%1»\t\"q\"").arg(i)},
                                                                           {QStringLiteral("code"), i % 3 ? QJsonValue(QString::number(i)) : QJsonValue()},
                                                                           {QStringLiteral("kind"), QStringLiteral("district")},
                                                                           {QStringLiteral("no_such_column"), 5}}}});
        const QJsonObject page{{QStringLiteral("rows"), rows}, {QStringLiteral("next"), 50}, {QStringLiteral("more"), false}, {QStringLiteral("head"), 50}};
        auto a = Database::open(dir.filePath(QStringLiteral("a.db")));
        auto b = Database::open(dir.filePath(QStringLiteral("b.db")));
        LocalSync(*a).applyPullPage(page);
        PullPage parsed;
        QVERIFY(parsed.parse(QJsonDocument(page).toJson(QJsonDocument::Indented)));
        const LocalSync::PullOutcome o = LocalSync(*b).applyPullPage(parsed);
        QCOMPARE(o.applied, 50);
        QCOMPARE(o.next, qint64(50));
        auto dump = [](Database &db) {
            QStringList out;
            QSqlQuery q = sql::exec(db.db(), QStringLiteral("SELECT id, rev, deleted, updated_at, updated_by, name, code, kind, "
                                                            "typeof(code) FROM municipality ORDER BY id"));
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < 9; ++i)
                    row << q.value(i).toString();
                out << row.join(QLatin1Char('|'));
            }
            return out;
        };
        const QStringList rowsA = dump(*a);
        QCOMPARE(rowsA.size(), qsizetype(50));
        QCOMPARE(dump(*b), rowsA);
        QVERIFY(rowsA.contains(QStringLiteral("m1|2|0|1700000000001|srv|Район «1»\t\"q\"|1|district|text")));
        QCOMPARE(LocalSync(*b).cursor(), qint64(50));
    }
};

QTEST_GUILESS_MAIN(TestPullPage)
#include "tst_pullpage.moc"
