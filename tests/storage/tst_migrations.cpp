// Migrations: a fresh file gets every migration; a file at each earlier version is
// upgraded (with a backup of it first) to the same schema; a newer file is refused
// untouched.
#include "diagnostics/scoresjson.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

static QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList items;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    while (q.next())
        items << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString();
    return items;
}

// A bare connection that applies migrations only up to `version`.
static void makeFileAtVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        Migrator::migrate(db, path, version);
        SyncTriggers::install(db);
        QCOMPARE(Migrator::currentVersion(db), version);
        // Some data that must survive the upgrade.
        sql::exec(db, QStringLiteral("INSERT INTO municipality(id, name, municipality_id) VALUES ('m1', 'Город', 'm1')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void freshFileGetsEveryMigration()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("fresh.metodist")));
        QCOMPARE(Migrator::currentVersion(db->db()), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 3);
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), Migrator::latestVersion());
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // No backup for a brand-new file.
        QVERIFY(!QFile::exists(Migrator::backupPath(db->path(), 0)));
    }

    void upgradeFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Migrator::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void upgradeFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("reference.metodist"));
        const QString path = dir.filePath(QStringLiteral("old.metodist"));
        QStringList expectedSchema;
        {
            auto fresh = Database::open(reference);
            expectedSchema = schemaOf(fresh->db());
        }
        makeFileAtVersion(path, from);
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        auto db = Database::open(path);
        QCOMPARE(Migrator::currentVersion(db->db()), Migrator::latestVersion());
        QCOMPARE(schemaOf(db->db()), expectedSchema);
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT name FROM municipality WHERE id = 'm1'")).toString(),
                 QStringLiteral("Город"));
        // The backup is the file as it was, at its old version.
        const QString backup = Migrator::backupPath(path, from);
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        {
            QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            b.setDatabaseName(backup);
            QVERIFY(b.open());
            QCOMPARE(Migrator::currentVersion(b), from);
            QCOMPARE(sql::scalar(b, QStringLiteral("SELECT count(*) FROM municipality")).toInt(), 1);
            b.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.metodist"));
        {
            auto db = Database::open(path);
            sql::exec(db->db(), QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 5));
            sql::exec(db->db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray hashBefore = QCryptographicHash::hash(before.readAll(), QCryptographicHash::Sha256);
        before.close();
        try {
            Database::open(path);
            QFAIL("a newer schema was opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
            QVERIFY(e.message().contains(path));
        }
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(after.readAll(), QCryptographicHash::Sha256), hashBefore);
        QVERIFY(!QFile::exists(Migrator::backupPath(path, Migrator::latestVersion() + 5)));
    }

    // 0005: per-competence score rows move into their diagnostic's scores object;
    // deleted scores are dropped, unpushed score changes are queued as changes of
    // the diagnostic, and the diagnostic_score view reads them back.
    void scoresMoveIntoTheirDiagnostic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.metodist"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            Migrator::migrate(db, path, 4);
            SyncTriggers::install(db);
            SyncTriggers::setCapture(db, false);
            for (const char *statement : {
                     "INSERT INTO municipality(id, name) VALUES ('m1', 'Город')",
                     "INSERT INTO person(id, municipality_id, last_name, first_name) VALUES ('p1', 'm1', 'Иванова', 'Анна')",
                     "INSERT INTO competence_area(id, code, name) VALUES ('a1', 'SUBJ', 'Предметные')",
                     "INSERT INTO competence(id, area_id, code, name) VALUES ('c1', 'a1', 'SUBJ.1', 'Знание предмета')",
                     "INSERT INTO competence(id, area_id, code, name) VALUES ('c2', 'a1', 'SUBJ.2', 'Задачи')",
                     "INSERT INTO competence(id, area_id, code, name) VALUES ('c3', 'a1', 'SUBJ.3', 'ФГОС')",
                     "INSERT INTO instrument(id, name, kind) VALUES ('i1', 'Тест', 'regional')",
                     "INSERT INTO diagnostic(id, rev, municipality_id, person_id, instrument_id, taken_on, source) "
                     "VALUES ('d1', 7, 'm1', 'p1', 'i1', '2025-03-15', 'manual')",
                     "INSERT INTO diagnostic_score(id, diagnostic_id, competence_id, score, max_score, level) VALUES ('s1', 'd1', 'c1', 4.5, 10, 2)",
                     "INSERT INTO diagnostic_score(id, diagnostic_id, competence_id, score, max_score, level) VALUES ('s2', 'd1', 'c2', 9, 10, 0)",
                     "INSERT INTO diagnostic_score(id, diagnostic_id, competence_id, score, max_score, level, deleted) VALUES ('s3', 'd1', 'c3', 1, 10, 2, 1)",
                 })
                sql::exec(db, QString::fromUtf8(statement));
            SyncTriggers::setCapture(db, true);
            sql::exec(db, QStringLiteral("UPDATE diagnostic_score SET score = 5, level = 2 WHERE id = 's1'")); // not pushed yet
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw4"));

        auto db = Database::open(path);
        const QList<CodedScore> scores = decodeScores(sql::scalar(db->db(), QStringLiteral("SELECT scores FROM diagnostic WHERE id = 'd1'")).toString());
        QCOMPARE(scores.size(), 2);
        QCOMPARE(scores.at(0), (CodedScore{QStringLiteral("SUBJ.1"), 5, 10, 2}));
        QCOMPARE(scores.at(1), (CodedScore{QStringLiteral("SUBJ.2"), 9, 10, 0}));
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM diagnostic_score WHERE competence_id IN ('c1', 'c2')")).toInt(), 2);
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT level FROM diagnostic_score WHERE competence_id = 'c1'")).toInt(), 2);
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'diagnostic_score'")).toInt(), 0);
        QCOMPARE(sql::scalar(db->db(), QStringLiteral(
                     "SELECT changed || ' ' || base_rev FROM outbox WHERE table_name = 'diagnostic' AND row_id = 'd1'")).toString(),
                 QStringLiteral("[\"scores\"] 7"));
        // Only a synced table remains: the view is not one.
        QVERIFY(!SyncTriggers::syncedTables(db->db()).contains(QStringLiteral("diagnostic_score")));
    }

    void migrationsAreNumberedWithoutGaps()
    {
        const auto scripts = Migrator::scripts();
        for (int i = 0; i < scripts.size(); ++i)
            QCOMPARE(scripts.at(i).version, i + 1);
    }

    void everyDataTableCarriesSyncMetadata()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("meta.metodist")));
        const QStringList synced = SyncTriggers::syncedTables(db->db());
        QSqlQuery q = sql::exec(db->db(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        const QStringList localOnly = {QStringLiteral("settings"), QStringLiteral("sync_capture"), QStringLiteral("outbox"),
                                       QStringLiteral("sync_state"), QStringLiteral("sync_conflict"), QStringLiteral("audit_log"),
                                       QStringLiteral("schema_migrations"), QStringLiteral("import_mapping")};
        int tables = 0;
        while (q.next()) {
            const QString table = q.value(0).toString();
            if (localOnly.contains(table) || table.startsWith(QLatin1String("person_fts")))
                continue; // local indexes
            ++tables;
            QVERIFY2(synced.contains(table), qPrintable(table + QStringLiteral(" lacks sync metadata")));
        }
        QVERIFY(tables > 30); // the schema covers the whole cycle
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
