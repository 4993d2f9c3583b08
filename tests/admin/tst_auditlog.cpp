// The audit log on a real profile file: every local change (insert, update with its
// columns, tombstone, restore) is recorded with its user and time by the same triggers
// that fill the outbox; rows written with capture off (pulled from the server, bulk
// demo data) are not. Filters, sorting, the lazy model and the XLSX export read it back.
#include "admin/auditlog.h"
#include "admin/auditmodel.h"
#include "io/xlsxreader.h"
#include "storage/rows.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestAuditLog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;

    qint64 count(const QString &statement, const QVariantList &binds = {})
    {
        return sql::scalar(m_db->db(), statement, binds).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("audit.sqlite"));
        m_db = Database::open(m_path);
    }

    void changesAreRecorded()
    {
        m_db->setUserId(QStringLiteral("u-anna"));
        Rows::insert(*m_db, QStringLiteral("app_user"), {{QStringLiteral("id"), QStringLiteral("u-anna")}, {QStringLiteral("login"), QStringLiteral("anna")},
                                                         {QStringLiteral("display_name"), QStringLiteral("Анна")}, {QStringLiteral("role"), QStringLiteral("admin")}});
        const QString m = Rows::insert(*m_db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("Округ")}});
        m_db->setUserId(QStringLiteral("u-boris"));
        Rows::update(*m_db, QStringLiteral("municipality"), m, {{QStringLiteral("name"), QStringLiteral("Город")}, {QStringLiteral("code"), QStringLiteral("01")}});
        Rows::update(*m_db, QStringLiteral("municipality"), m, {{QStringLiteral("name"), QStringLiteral("Город")}}); // no change: no entry
        Rows::setDeleted(*m_db, QStringLiteral("municipality"), m, true);
        Rows::setDeleted(*m_db, QStringLiteral("municipality"), m, false);

        QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT user_id, action, details FROM audit_log WHERE row_id = ? ORDER BY seq"), {m});
        QStringList seen;
        while (q.next())
            seen << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        QCOMPARE(seen, (QStringList{QStringLiteral("u-anna insert "), QStringLiteral("u-boris update [\"name\",\"code\"]"),
                                    QStringLiteral("u-boris delete [\"deleted\"]"), QStringLiteral("u-boris restore [\"deleted\"]")}));
        const qint64 at = count(QStringLiteral("SELECT max(at) FROM audit_log"));
        QVERIFY(qAbs(at - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }

    void pulledRowsAreNotRecorded()
    {
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        {
            sql::Transaction tx(m_db->db());
            CaptureOff off(m_db->db());
            Rows::insert(*m_db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("С сервера")}});
            tx.commit();
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), before);
    }

    void oldTriggersAreUpgradedOnOpen()
    {
        // A profile whose outbox triggers predate the audit log.
        sql::exec(m_db->db(), QStringLiteral("DROP TRIGGER outbox_municipality_insert"));
        sql::exec(m_db->db(), QStringLiteral("CREATE TRIGGER outbox_municipality_insert AFTER INSERT ON municipality BEGIN "
                                             "INSERT INTO outbox(table_name, row_id, op, base_rev, changed, created_at) "
                                             "VALUES ('municipality', NEW.id, 'insert', NEW.rev, NULL, 0); END"));
        QVERIFY(!SyncTriggers::upToDate(m_db->db()));
        m_db.reset();
        m_db = Database::open(m_path);
        QVERIFY(SyncTriggers::upToDate(m_db->db()));
        const QString id = Rows::insert(*m_db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("После")}});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = ? AND action = 'insert'"), {id}), 1);
    }

    void filtersAndSorting()
    {
        m_db->setUserId(QStringLiteral("u-vera"));
        for (int i = 0; i < 450; ++i)
            Rows::insert(*m_db, QStringLiteral("site"), {{QStringLiteral("name"), QStringLiteral("Площадка %1").arg(i)}});
        AuditLog log(*m_db);
        QVERIFY(log.users().contains(QStringLiteral("u-vera")));
        QVERIFY(log.tables().contains(QStringLiteral("site")));
        AuditFilter f;
        f.user = QStringLiteral("u-vera");
        QCOMPARE(log.count(f), 450);
        f = {};
        f.table = QStringLiteral("municipality");
        QVERIFY(log.count(f) >= 5);
        f.text = QStringLiteral("code"); // in the changed columns
        QCOMPARE(log.count(f), 1);
        f = {};
        f.text = QStringLiteral("anna"); // the user's login (app_user)
        QVERIFY(log.count(f) >= 2);
        f = {};
        f.from = QDateTime::currentDateTime().addDays(1);
        QCOMPARE(log.count(f), 0);
        f.from = QDateTime::currentDateTime().addSecs(-3600);
        f.to = QDateTime::currentDateTime().addSecs(3600);
        QCOMPARE(log.count(f), count(QStringLiteral("SELECT count(*) FROM audit_log")));

        const auto byUser = log.page({}, AuditLog::User, Qt::AscendingOrder, 0, 1000);
        QVERIFY(byUser.size() > 450);
        for (int i = 1; i < byUser.size(); ++i)
            QVERIFY(byUser.at(i - 1).user <= byUser.at(i).user);
        QCOMPARE(byUser.first().user, QStringLiteral("anna")); // the login of a known user, not the id
        const auto newest = log.page({}, AuditLog::Seq, Qt::DescendingOrder, 0, 1);
        QCOMPARE(newest.first().seq, count(QStringLiteral("SELECT max(seq) FROM audit_log")));

        // The lazy model reads pages as the view scrolls.
        ui::AuditModel model(*m_db);
        model.setFilter({});
        QCOMPARE(model.rowCount(), ui::AuditModel::kPage);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ui::AuditModel::kPage);
        model.sort(AuditLog::Table, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), ui::AuditModel::kPage);
        QCOMPARE(model.data(model.index(0, AuditLog::Table), Qt::DisplayRole).toString(), AuditLog::tableTitle(QStringLiteral("app_user")));
        QVERIFY(AuditLog::tableTitle(QStringLiteral("app_user")) != QStringLiteral("app_user"));
        QCOMPARE(model.data(model.index(0, AuditLog::Record), Qt::DisplayRole).toString(), QStringLiteral("Анна"));
    }

    void exportsToXlsx()
    {
        AuditFilter f;
        f.table = QStringLiteral("site");
        const QString path = m_dir.filePath(QStringLiteral("audit.xlsx"));
        QCOMPARE(AuditLog(*m_db).exportXlsx(path, f, AuditLog::Seq, Qt::AscendingOrder), 450);
        const io::Table table = io::XlsxReader::read(path);
        QCOMPARE(table.rows.size(), 450);
        QCOMPARE(table.header.size(), int(AuditLog::ColumnCount));
        QCOMPARE(table.rows.first().cell(AuditLog::Table), AuditLog::tableTitle(QStringLiteral("site")));
        QCOMPARE(table.rows.first().cell(AuditLog::Record), QStringLiteral("Площадка 0"));
        QCOMPARE(table.rows.first().cell(AuditLog::User), QStringLiteral("u-vera"));
        QVERIFY(table.rows.first().cell(AuditLog::Seq).toLongLong() < table.rows.last().cell(AuditLog::Seq).toLongLong());
    }

    // Entries name their record as a person would: by its own name or title, else by its
    // person, with the row's date; nothing when the row is gone.
    void recordsAreNamed()
    {
        const QString municipality = Rows::insert(*m_db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("Энск")}});
        const QString organisation = Rows::insert(*m_db, QStringLiteral("organisation"),
                                                  {{QStringLiteral("municipality_id"), municipality}, {QStringLiteral("name"), QStringLiteral("МБОУ СОШ № 7")},
                                                   {QStringLiteral("kind"), QStringLiteral("school")}});
        const QString person = Rows::insert(*m_db, QStringLiteral("person"),
                                            {{QStringLiteral("municipality_id"), municipality}, {QStringLiteral("organisation_id"), organisation},
                                             {QStringLiteral("last_name"), QStringLiteral("Ёлкина")}, {QStringLiteral("first_name"), QStringLiteral("Юлия")},
                                             {QStringLiteral("middle_name"), QString()}, {QStringLiteral("search_key"), QString()},
                                             {QStringLiteral("sort_name"), QString()}});
        const QString role = Rows::insert(*m_db, QStringLiteral("role_assignment"),
                                          {{QStringLiteral("person_id"), person}, {QStringLiteral("role"), QStringLiteral("tutor")},
                                           {QStringLiteral("since"), QStringLiteral("2025-09-01")}});
        const QString gone = Rows::insert(*m_db, QStringLiteral("site"), {{QStringLiteral("name"), QStringLiteral("Снесённая")}});
        {
            sql::Transaction tx(m_db->db());
            CaptureOff off(m_db->db());
            sql::exec(m_db->db(), QStringLiteral("DELETE FROM site WHERE id = ?"), {gone});
            tx.commit();
        }
        QHash<QString, QString> records;
        for (const AuditEntry &e : AuditLog(*m_db).page({}, AuditLog::Seq, Qt::DescendingOrder, 0, 10))
            records.insert(e.rowId, e.record);
        QCOMPARE(records.value(organisation), QStringLiteral("МБОУ СОШ № 7"));
        QCOMPARE(records.value(person), QStringLiteral("Ёлкина Юлия"));
        QCOMPARE(records.value(role), QStringLiteral("Ёлкина Юлия · 2025-09-01"));
        QVERIFY(records.contains(gone));
        QCOMPARE(records.value(gone), QString());
    }

    void oldEntriesAreDeleted()
    {
        AuditLog log(*m_db);
        const qint64 all = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(all > 0);
        QCOMPARE(log.countBefore(QDateTime::currentDateTime().addDays(-1)), 0);
        QCOMPARE(log.deleteBefore(QDateTime::currentDateTime().addDays(-1)), 0);
        QCOMPARE(log.countBefore(QDateTime::currentDateTime().addDays(1)), all);
        QCOMPARE(log.deleteBefore(QDateTime::currentDateTime().addDays(1)), all);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        // The log goes on after a trim.
        Rows::insert(*m_db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("Новый")}});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
