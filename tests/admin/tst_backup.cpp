// Backup and restore of a profile through metodist-cli on a real demo region: the restored
// profile's content equals the original's (sqlite3 .dump of both, by the real sqlite3
// binary), a backup taken while another connection holds an open write transaction is
// consistent, and a damaged, foreign or newer file is refused with a clear message and
// leaves the profile byte-for-byte as it was.
#include "admin/profilebackup.h"
#include "serverprocess.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/rows.h"
#include "storage/sql.h"
#include "tabledump.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::test;

class TestBackup : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_profile;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The whole database as SQL text, by the sqlite3 command-line shell.
    static QString dump(const QString &file)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {file, QStringLiteral(".dump")});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QByteArray sha(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    }

    static QString firstDiff(const QString &a, const QString &b)
    {
        const QStringList la = a.split(QLatin1Char('\n')), lb = b.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMax(la.size(), lb.size()); ++i)
            if (la.value(i) != lb.value(i))
                return QStringLiteral("line %1:\n< %2\n> %3").arg(i + 1).arg(la.value(i).left(300), lb.value(i).left(300));
        return {};
    }

    // Changes the profile: people added, renamed and tombstoned, a row hard-deleted.
    void changeProfile()
    {
        auto db = Database::open(m_profile);
        sql::Transaction tx(db->db());
        QSqlQuery q = sql::exec(db->db(), QStringLiteral("SELECT id FROM person ORDER BY id LIMIT 5"));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        Rows::update(*db, QStringLiteral("person"), ids.at(0), {{QStringLiteral("last_name"), QStringLiteral("Изменённая")}});
        Rows::setDeleted(*db, QStringLiteral("person"), ids.at(1), true);
        Rows::insert(*db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("Новый округ")}});
        sql::exec(db->db(), QStringLiteral("DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox LIMIT 1)"));
        tx.commit();
    }

    // A refused restore: non-zero exit, the message names the problem, the profile unchanged.
    void expectRefused(const QString &backup, const QString &keyword)
    {
        const QByteArray before = sha(m_profile);
        const QString dumpBefore = dump(m_profile);
        const CliResult r = runCli({QStringLiteral("restore"), QStringLiteral("--profile"), m_profile, QStringLiteral("--from"), backup});
        QVERIFY2(r.rc != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(keyword, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(r.err.contains(backup), qPrintable(r.err)); // names the file
        QCOMPARE(sha(m_profile), before);
        QCOMPARE(dump(m_profile), dumpBefore);
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.before-restore-*")}).isEmpty()); // refused before any copy
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("METODIST_CLI"))
            QSKIP("METODIST_CLI is not set (run through ctest)");
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        QVERIFY(m_dir.isValid());
        m_profile = path(QStringLiteral("region.sqlite"));
        const CliResult demo = runCli({QStringLiteral("demo"), QStringLiteral("--staff"), QStringLiteral("400"), QStringLiteral("--seed"),
                                       QStringLiteral("11"), QStringLiteral("--out"), m_profile});
        QVERIFY2(demo.rc == 0, qPrintable(demo.err));
    }

    void restoreGivesTheSameContent()
    {
        const QString original = dump(m_profile);
        QVERIFY2(original.contains(QLatin1String("INSERT INTO person")), qPrintable(original.left(500)));
        const QString backup = path(QStringLiteral("region.metodist-backup"));
        const CliResult b = runCli({QStringLiteral("backup"), QStringLiteral("--profile"), m_profile, QStringLiteral("--out"), backup});
        QVERIFY2(b.rc == 0, qPrintable(b.err));
        QCOMPARE(dump(backup), original);
        QVERIFY(!QFile::exists(backup + QStringLiteral("-wal"))); // one self-contained file

        changeProfile();
        const QString changed = dump(m_profile);
        QVERIFY(changed != original);

        const CliResult r = runCli({QStringLiteral("restore"), QStringLiteral("--profile"), m_profile, QStringLiteral("--from"), backup});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        const QString restored = dump(m_profile);
        QVERIFY2(restored == original, qPrintable(firstDiff(original, restored)));
        // The profile as it was before the restore is kept.
        const QStringList safety = QDir(m_dir.path()).entryList({QStringLiteral("region.sqlite.before-restore-*.bak")});
        QCOMPARE(safety.size(), 1);
        QVERIFY2(r.out.contains(safety.first()), qPrintable(r.out));
        QVERIFY2(dump(path(safety.first())) == changed, qPrintable(firstDiff(changed, dump(path(safety.first())))));
        // The app opens the restored profile as usual; its synced tables match the backup's.
        QVERIFY(firstDifference(dumpSyncedTables(m_profile), dumpSyncedTables(backup)).isEmpty());
        QFile::remove(path(safety.first()));
    }

    void backupWhileAnotherConnectionWrites()
    {
        auto db = Database::open(m_profile);
        const qint64 people = sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM person")).toLongLong();
        QVERIFY(db->db().transaction());
        Rows::insert(*db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("Незавершённый")}});
        sql::exec(db->db(), QStringLiteral("UPDATE person SET position = 'в транзакции'"));
        const QString backup = path(QStringLiteral("live.metodist-backup"));
        const CliResult b = runCli({QStringLiteral("backup"), QStringLiteral("--profile"), m_profile, QStringLiteral("--out"), backup});
        QVERIFY(db->db().commit());
        QVERIFY2(b.rc == 0, qPrintable(b.err));
        const auto info = ProfileBackup::validate(backup); // integrity_check passes
        QVERIFY(info.people > 0);
        auto copy = Database::open(backup, Database::Mode::ExistingOnly);
        QCOMPARE(sql::scalar(copy->db(), QStringLiteral("SELECT count(*) FROM person")).toLongLong(), people);
        QCOMPARE(sql::scalar(copy->db(), QStringLiteral("SELECT count(*) FROM person WHERE position = 'в транзакции'")).toInt(), 0);
        QCOMPARE(sql::scalar(copy->db(), QStringLiteral("SELECT count(*) FROM municipality WHERE name = 'Незавершённый'")).toInt(), 0);
    }

    void damagedBackupIsRefused()
    {
        const QString backup = path(QStringLiteral("damaged.metodist-backup"));
        QVERIFY(runCli({QStringLiteral("backup"), QStringLiteral("--profile"), m_profile, QStringLiteral("--out"), backup}).rc == 0);
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 200000);
        // Garbage over pages in the middle of the file (b-tree pages of the data).
        for (qint64 at = 8192; at < size - 4096; at += size / 7) {
            f.seek(at);
            f.write(QByteArray(3000, '\x5a'));
        }
        f.close();
        expectRefused(backup, QStringLiteral("damaged"));
    }

    void foreignFilesAreRefused()
    {
        const QString text = path(QStringLiteral("notes.txt"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("this is not a database\n");
        t.close();
        expectRefused(text, QStringLiteral("not a Metodist backup"));

        const QString other = path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            sql::exec(db, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
            sql::exec(db, QStringLiteral("INSERT INTO invoices(total) VALUES (12.5)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        expectRefused(other, QStringLiteral("not a Metodist profile"));
    }

    void newerBackupIsRefused()
    {
        const QString backup = path(QStringLiteral("newer.metodist-backup"));
        QVERIFY(runCli({QStringLiteral("backup"), QStringLiteral("--profile"), m_profile, QStringLiteral("--out"), backup}).rc == 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(backup);
            QVERIFY(db.open());
            sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        expectRefused(backup, QStringLiteral("newer version of Metodist"));
    }

    void cancelledRestoreLeavesTheProfile()
    {
        const QString backup = path(QStringLiteral("cancel.metodist-backup"));
        ProfileBackup::backup(m_profile, backup);
        changeProfile();
        const QString before = dump(m_profile);
        int calls = 0;
        bool threw = false;
        try {
            ProfileBackup::restore(m_profile, backup, [&](int done, int total) {
                ++calls;
                return done < total / 2; // cancel halfway
            });
        } catch (const Error &e) {
            threw = e.message().contains(QLatin1String("cancelled"));
        }
        QVERIFY(threw);
        QVERIFY(calls >= 2);
        QCOMPARE(dump(m_profile), before);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
