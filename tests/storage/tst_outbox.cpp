// The outbox is written by triggers in the same transaction as each change: a change
// that commits has its outbox rows, a change that rolls back leaves none.
#include "registry/registryservice.h"
#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"
#include "testprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestOutbox : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::SmallRegion m_region;

    int outboxCount() { return sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM outbox")).toInt(); }
    QVariantList lastOutbox()
    {
        QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT table_name, row_id, op, base_rev, changed FROM outbox ORDER BY seq DESC LIMIT 1"));
        QVariantList row;
        if (q.next())
            for (int i = 0; i < 5; ++i)
                row << q.value(i);
        return row;
    }

private slots:
    void init()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("outbox-%1.metodist").arg(QTest::currentTestFunction())));
        m_region = test::makeSmallRegion(*m_db, 1, 1, 3);
    }
    void cleanup() { m_db.reset(); }

    void insertQueuesOneRowPerInsertedRow()
    {
        // 1 municipality + 1 organisation + 3 people
        QCOMPARE(outboxCount(), 5);
        QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT count(*) FROM outbox o JOIN person p ON p.id = o.row_id "
                                                           "WHERE o.table_name = 'person' AND o.op = 'insert'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void updateRecordsExactlyTheChangedColumns()
    {
        RegistryService registry(*m_db);
        Person p = registry.loadPerson(m_region.personIds.first());
        p.position = QStringLiteral("методист");
        const int before = outboxCount();
        registry.savePerson(p);
        QCOMPARE(outboxCount(), before + 1);
        const QVariantList last = lastOutbox();
        QCOMPARE(last.at(0).toString(), QStringLiteral("person"));
        QCOMPARE(last.at(1).toString(), p.id);
        QCOMPARE(last.at(2).toString(), QStringLiteral("update"));
        QCOMPARE(last.at(3).toInt(), 0);
        const QJsonArray changed = QJsonDocument::fromJson(last.at(4).toString().toUtf8()).array();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).toString(), QStringLiteral("position"));
    }

    void saveWithoutChangesQueuesNothing()
    {
        RegistryService registry(*m_db);
        Person p = registry.loadPerson(m_region.personIds.first());
        const int before = outboxCount();
        registry.savePerson(p);
        QCOMPARE(outboxCount(), before);
    }

    void softDeleteIsAnUpdateOfTheTombstone()
    {
        RegistryService registry(*m_db);
        const int before = outboxCount();
        registry.setPersonDeleted(m_region.personIds.at(1), true);
        QCOMPARE(outboxCount(), before + 1);
        QCOMPARE(QJsonDocument::fromJson(lastOutbox().at(4).toString().toUtf8()).array().at(0).toString(), QStringLiteral("deleted"));
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT deleted FROM person WHERE id = ?"), {m_region.personIds.at(1)}).toInt(), 1);
    }

    void rolledBackChangeLeavesNoOutboxRow()
    {
        const int before = outboxCount();
        const QString id = m_region.personIds.first();
        const QString positionBefore = Rows::get(*m_db, QStringLiteral("person"), id).value(QStringLiteral("position")).toString();
        try {
            sql::Transaction tx(m_db->db());
            Rows::update(*m_db, QStringLiteral("person"), id, {{QStringLiteral("position"), QStringLiteral("директор")}});
            QCOMPARE(outboxCount(), before + 1); // visible inside the transaction
            throw Error(QStringLiteral("something failed after the change"));
        } catch (const Error &) {
        }
        QCOMPARE(outboxCount(), before);
        QCOMPARE(Rows::get(*m_db, QStringLiteral("person"), id).value(QStringLiteral("position")).toString(), positionBefore);
    }

    void failedServiceSaveWritesNothing()
    {
        RegistryService registry(*m_db);
        Person p = registry.loadPerson(m_region.personIds.first());
        p.position = QStringLiteral("завуч");
        p.snils = QStringLiteral("112-233-445 96"); // bad checksum
        const int before = outboxCount();
        QVERIFY_THROWS_EXCEPTION(Error, registry.savePerson(p));
        QCOMPARE(outboxCount(), before);
        QVERIFY(registry.loadPerson(p.id).position != QStringLiteral("завуч"));
    }

    void captureOffSkipsTheOutbox()
    {
        const int before = outboxCount();
        {
            sql::Transaction tx(m_db->db());
            CaptureOff off(m_db->db());
            Rows::update(*m_db, QStringLiteral("person"), m_region.personIds.first(), {{QStringLiteral("phone"), QStringLiteral("123")}});
            tx.commit();
        }
        QCOMPARE(outboxCount(), before);
        // Capture is back on afterwards.
        Rows::update(*m_db, QStringLiteral("person"), m_region.personIds.first(), {{QStringLiteral("phone"), QStringLiteral("456")}});
        QCOMPARE(outboxCount(), before + 1);
    }

    // A bulk insert without the per-row trigger queues exactly what the trigger would
    // have: one 'insert' per row, in insertion order, with audit rows; the trigger is
    // back afterwards, and a rolled-back bulk insert leaves neither rows nor a lost trigger.
    int insertTriggers()
    {
        return sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                                      "AND name = 'outbox_organisation_insert'")).toInt();
    }
    void bulkInsert(BulkInsertCapture &capture, int rows, QStringList &ids)
    {
        const QString municipality = sql::scalar(m_db->db(), QStringLiteral("SELECT id FROM municipality LIMIT 1")).toString();
        for (int i = 0; i < rows; ++i) {
            ids << capture.nextId();
            sql::exec(m_db->db(), QStringLiteral("INSERT INTO organisation(id, municipality_id, name, kind, updated_by) "
                                                 "VALUES (?, ?, ?, 'school', 'bulk-user')"),
                      {ids.last(), municipality, QStringLiteral("Школа %1").arg(i)});
        }
    }
    void bulkInsertCaptureQueuesEveryRow()
    {
        const int outboxBefore = outboxCount();
        const int auditBefore = sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        QStringList ids;
        {
            sql::Transaction tx(m_db->db());
            BulkInsertCapture capture(m_db->db(), QStringLiteral("organisation"));
            QCOMPARE(insertTriggers(), 0);
            bulkInsert(capture, 300, ids);
            capture.finish();
            tx.commit();
        }
        QCOMPARE(insertTriggers(), 1);
        QCOMPARE(outboxCount(), outboxBefore + 300);
        QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT row_id, op, table_name FROM outbox ORDER BY seq DESC LIMIT 300"));
        QStringList queued;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), QStringLiteral("insert"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("organisation"));
            queued.prepend(q.value(0).toString());
        }
        QCOMPARE(queued, ids);
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = 'bulk-user' AND action = 'insert'")).toInt(), 300);
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore + 300);
        // Ordinary inserts are captured by the restored trigger again.
        Rows::insert(*m_db, QStringLiteral("organisation"),
                     {{QStringLiteral("municipality_id"), m_region.municipalityIds.first()},
                      {QStringLiteral("name"), QStringLiteral("После")}, {QStringLiteral("kind"), QStringLiteral("school")}});
        QCOMPARE(outboxCount(), outboxBefore + 301);
    }
    void bulkInsertCaptureRolledBackLeavesTheTrigger()
    {
        const int outboxBefore = outboxCount();
        const int organisations = sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM organisation")).toInt();
        QStringList ids;
        {
            sql::Transaction tx(m_db->db());
            BulkInsertCapture capture(m_db->db(), QStringLiteral("organisation"));
            bulkInsert(capture, 20, ids);
            // no finish(), no commit: cancelled
        }
        QCOMPARE(insertTriggers(), 1);
        QCOMPARE(outboxCount(), outboxBefore);
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM organisation")).toInt(), organisations);
    }
    void bulkInsertCaptureHonoursCaptureOff()
    {
        const int outboxBefore = outboxCount();
        QStringList ids;
        {
            sql::Transaction tx(m_db->db());
            CaptureOff off(m_db->db());
            BulkInsertCapture capture(m_db->db(), QStringLiteral("organisation"));
            bulkInsert(capture, 10, ids);
            capture.finish();
            tx.commit();
        }
        QCOMPARE(outboxCount(), outboxBefore);
        QCOMPARE(insertTriggers(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
