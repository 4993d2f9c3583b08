// LocalSync without a network: batches persisted and reused until answered, results
// applied (revisions, conflicts kept, in-flight edits rebased), pulled pages applied with
// the cursor, rows with queued edits left alone.
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"
#include "sync/conflicts.h"
#include "sync/localsync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestLocalSync : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> fresh() { return Database::open(m_dir.filePath(QStringLiteral("p%1.db").arg(++m_n))); }
    static int count(Database &db, const QString &statement)
    {
        return sql::scalar(db.db(), statement).toInt();
    }
    static QJsonObject serverRow(const QString &table, const QString &id, qint64 rev, const QJsonObject &fields, bool deleted = false)
    {
        return {{QStringLiteral("table"), table}, {QStringLiteral("id"), id}, {QStringLiteral("rev"), rev},
                {QStringLiteral("deleted"), deleted}, {QStringLiteral("updated_at"), 1000}, {QStringLiteral("updated_by"), QStringLiteral("srv")},
                {QStringLiteral("fields"), fields}};
    }

private Q_SLOTS:
    void batchIsStoredAndReused()
    {
        auto db = fresh();
        const QString id = Rows::insert(*db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("One")}});
        Rows::update(*db, QStringLiteral("municipality"), id, {{QStringLiteral("code"), QStringLiteral("01")}});
        LocalSync local(*db);
        const QJsonObject first = local.pendingOrNewBatch(100);
        const QJsonArray changes = first.value(QStringLiteral("body")).toObject().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1); // insert + update of one row coalesce
        const QJsonObject change = changes.at(0).toObject();
        QVERIFY(change.value(QStringLiteral("changed")).isNull()); // a new row: all fields
        QCOMPARE(change.value(QStringLiteral("fields")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("01"));
        QVERIFY(!change.value(QStringLiteral("fields")).toObject().contains(QStringLiteral("deleted")));
        // More edits before an answer do not change the stored batch.
        Rows::update(*db, QStringLiteral("municipality"), id, {{QStringLiteral("name"), QStringLiteral("Uno")}});
        QCOMPARE(LocalSync(*db).pendingOrNewBatch(100), first);
    }

    void resultsApplied()
    {
        auto db = fresh();
        const QString a = Rows::insert(*db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("A")}});
        const QString b = Rows::insert(*db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("B")}});
        LocalSync local(*db);
        const QJsonObject batch = local.pendingOrNewBatch(100);
        // Edited while the batch is in flight.
        Rows::update(*db, QStringLiteral("municipality"), a, {{QStringLiteral("code"), QStringLiteral("A1")}});
        const QJsonObject theirs = serverRow(QStringLiteral("municipality"), b, 7,
                                             {{QStringLiteral("name"), QStringLiteral("B server")}, {QStringLiteral("kind"), QStringLiteral("city")}});
        const QJsonObject result{{QStringLiteral("batch_id"), batch.value(QStringLiteral("body")).toObject().value(QStringLiteral("batch_id"))},
                                 {QStringLiteral("results"), QJsonArray{
                                      QJsonObject{{QStringLiteral("table"), QStringLiteral("municipality")}, {QStringLiteral("id"), a},
                                                  {QStringLiteral("status"), QStringLiteral("accepted")}, {QStringLiteral("code"), 200},
                                                  {QStringLiteral("rev"), 5},
                                                  {QStringLiteral("row"), serverRow(QStringLiteral("municipality"), a, 5, {{QStringLiteral("name"), QStringLiteral("A")}})}},
                                      QJsonObject{{QStringLiteral("table"), QStringLiteral("municipality")}, {QStringLiteral("id"), b},
                                                  {QStringLiteral("status"), QStringLiteral("conflict")}, {QStringLiteral("code"), 409},
                                                  {QStringLiteral("theirs"), theirs}}}}};
        const LocalSync::PushOutcome o = local.applyPushResult(result);
        QCOMPARE(o.accepted, 1);
        QCOMPARE(o.conflicts, 1);
        // a: rev set, the in-flight edit kept and queued on the new base.
        const QVariantMap rowA = Rows::get(*db, QStringLiteral("municipality"), a);
        QCOMPARE(rowA.value(QStringLiteral("rev")).toInt(), 5);
        QCOMPARE(rowA.value(QStringLiteral("code")).toString(), QStringLiteral("A1"));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT base_rev FROM outbox")), 5);
        // b: shows theirs; mine kept for review.
        const QVariantMap rowB = Rows::get(*db, QStringLiteral("municipality"), b);
        QCOMPARE(rowB.value(QStringLiteral("name")).toString(), QStringLiteral("B server"));
        QCOMPARE(rowB.value(QStringLiteral("rev")).toInt(), 7);
        SyncConflicts conflicts(*db);
        QCOMPARE(conflicts.unresolvedCount(), 1);
        const SyncConflict c = conflicts.unresolved().first();
        QCOMPARE(c.mine.value(QStringLiteral("name")).toString(), QStringLiteral("B"));
        QVERIFY(c.differingFields().contains(QStringLiteral("name")));
        // The batch is answered: the next one is new and holds only the queued edit.
        const QJsonObject next = local.pendingOrNewBatch(100);
        QVERIFY(next.value(QStringLiteral("body")).toObject().value(QStringLiteral("batch_id")) != batch.value(QStringLiteral("body")).toObject().value(QStringLiteral("batch_id")));
        const QJsonObject change = next.value(QStringLiteral("body")).toObject().value(QStringLiteral("changes")).toArray().at(0).toObject();
        QCOMPARE(change.value(QStringLiteral("base_rev")).toInteger(), 5);
        QCOMPARE(change.value(QStringLiteral("changed")).toArray(), QJsonArray{QStringLiteral("code")});
        // Take theirs: resolved, nothing queued for b.
        conflicts.takeTheirs(c.id);
        QCOMPARE(conflicts.unresolvedCount(), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE row_id = '%1'").arg(b)), 0);
    }

    void pullPages()
    {
        auto db = fresh();
        LocalSync local(*db);
        QCOMPARE(local.cursor(), 0);
        const QString mine = Rows::insert(*db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("Local")}});
        const QJsonObject page{{QStringLiteral("rows"), QJsonArray{
                                    serverRow(QStringLiteral("municipality"), QStringLiteral("m1"), 3,
                                              {{QStringLiteral("name"), QStringLiteral("Remote")}, {QStringLiteral("kind"), QStringLiteral("city")},
                                               {QStringLiteral("municipality_id"), QJsonValue::Null}}),
                                    serverRow(QStringLiteral("organisation"), QStringLiteral("o1"), 4,
                                              {{QStringLiteral("name"), QStringLiteral("School")}, {QStringLiteral("kind"), QStringLiteral("school")},
                                               {QStringLiteral("municipality_id"), QStringLiteral("m1")}}, true),
                                    serverRow(QStringLiteral("municipality"), mine, 6, {{QStringLiteral("name"), QStringLiteral("Server says")}}),
                                    serverRow(QStringLiteral("no_such_table"), QStringLiteral("x"), 7, {})}},
                               {QStringLiteral("next"), 7}, {QStringLiteral("more"), false}, {QStringLiteral("head"), 7}};
        const LocalSync::PullOutcome o = local.applyPullPage(page);
        QCOMPARE(o.skipped, 1); // queued local edit wins until pushed
        QCOMPARE(local.cursor(), 7);
        QCOMPARE(Rows::get(*db, QStringLiteral("municipality"), QStringLiteral("m1")).value(QStringLiteral("name")).toString(), QStringLiteral("Remote"));
        QCOMPARE(Rows::get(*db, QStringLiteral("organisation"), QStringLiteral("o1")).value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(Rows::get(*db, QStringLiteral("municipality"), mine).value(QStringLiteral("name")).toString(), QStringLiteral("Local"));
        // Pulled rows are not queued back to the server.
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE row_id IN ('m1', 'o1')")), 0);
        // Another server: start over.
        local.bindToServer(QStringLiteral("https://a.example"));
        QCOMPARE(local.cursor(), 0);
    }

    void localUniqueRuleDoesNotBlock()
    {
        auto db = fresh();
        LocalSync local(*db);
        auto mark = [](const QString &id, qint64 rev) {
            return serverRow(QStringLiteral("journal_mark"), id, rev,
                             {{QStringLiteral("session_id"), QStringLiteral("s1")}, {QStringLiteral("person_id"), QStringLiteral("p1")},
                              {QStringLiteral("attendance"), QStringLiteral("present")}});
        };
        // Two offline clients marked the same cell: the server has both rows.
        const LocalSync::PullOutcome o = local.applyPullPage({{QStringLiteral("rows"), QJsonArray{mark(QStringLiteral("j1"), 1), mark(QStringLiteral("j2"), 2)}},
                                                              {QStringLiteral("next"), 2}, {QStringLiteral("more"), false}});
        QCOMPARE(o.applied, 1);
        QCOMPARE(o.skipped, 1);
        QCOMPARE(local.cursor(), 2);
        SyncConflicts conflicts(*db);
        QCOMPARE(conflicts.unresolvedCount(), 1);
        QVERIFY(conflicts.unresolved().first().localConstraint());
        QCOMPARE(conflicts.unresolved().first().rowId, QStringLiteral("j2"));
    }

    void bigPagesKeepTheOutboxTriggers()
    {
        auto db = fresh();
        const QString triggers = QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'");
        const int before = count(*db, triggers);
        QVERIFY(before > 10);
        LocalSync local(*db);
        QJsonArray rows;
        for (int i = 0; i < 1500; ++i)
            rows.append(serverRow(QStringLiteral("municipality"), QStringLiteral("m%1").arg(i), i + 1,
                                  {{QStringLiteral("name"), QStringLiteral("M%1").arg(i)}}));
        local.applyPullPage({{QStringLiteral("rows"), rows}, {QStringLiteral("next"), 1500}, {QStringLiteral("more"), false}});
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM municipality")), 1500);
        QCOMPARE(count(*db, triggers), before);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
        Rows::update(*db, QStringLiteral("municipality"), QStringLiteral("m7"), {{QStringLiteral("code"), QStringLiteral("7")}});
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 1); // still captured
        // A page that fails half-way leaves everything as it was, triggers included.
        rows.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("municipality")}, {QStringLiteral("id"), QStringLiteral("bad")},
                                {QStringLiteral("rev"), 9999}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("planet")}}}});
        bool failed = false;
        try {
            local.applyPullPage({{QStringLiteral("rows"), rows}, {QStringLiteral("next"), 9999}, {QStringLiteral("more"), false}});
        } catch (const Error &) {
            failed = true;
        }
        QVERIFY(failed || count(*db, QStringLiteral("SELECT COUNT(*) FROM sync_conflict")) == 1);
        QCOMPARE(count(*db, triggers), before);
    }

    void jsonValuesRoundTrip()
    {
        for (const QVariant &v : {QVariant(), QVariant(42LL), QVariant(3.5), QVariant(QStringLiteral("текст")), QVariant(0LL)})
            QCOMPARE(LocalSync::fromJson(LocalSync::toJson(v)), v);
    }
};

QTEST_GUILESS_MAIN(TestLocalSync)
#include "tst_localsync.moc"
