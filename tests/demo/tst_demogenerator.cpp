// The demo region generator: valid and unique СНИЛС, deterministic output, scaling,
// every section filled, consistent references, nothing queued for sync, cancel, and
// the `metodist-cli demo` command as a real process.
#include "demo/demogenerator.h"
#include "registry/person.h"
#include "registry/snils.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

namespace {

const QDate kToday(2026, 11, 29);

DemoSummary generate(const QString &path, int staff, quint64 seed)
{
    DemoOptions options;
    options.staff = staff;
    options.seed = seed;
    options.today = kToday;
    return generateDemoRegion(path, options);
}

// Per synced table: a hash of every row (all columns but the timestamp) in id order.
QMap<QString, QByteArray> dump(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ExistingOnly);
    QMap<QString, QByteArray> result;
    for (const QString &table : SyncTriggers::syncedTables(db->db())) {
        QSqlQuery q = sql::exec(db->db(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int rows = 0;
        while (q.next()) {
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                if (record.fieldName(i) != QLatin1String("updated_at"))
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
            ++rows;
        }
        result.insert(table, QByteArray::number(rows) + ':' + hash.result().toHex());
    }
    return result;
}

qint64 count(const QSqlDatabase &db, const QString &statement)
{
    return sql::scalar(db, statement).toLongLong();
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_small; // 300 staff, seed 7
    DemoSummary m_smallSummary;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = file(QStringLiteral("small.metodist"));
        m_smallSummary = generate(m_small, 300, 7);
        QVERIFY(QFileInfo::exists(m_small));
    }

    void everySectionIsFilled()
    {
        auto db = Database::open(m_small, Database::Mode::ExistingOnly);
        const QStringList tables = SyncTriggers::syncedTables(db->db());
        QVERIFY(tables.size() >= 35);
        for (const QString &table : tables)
            QVERIFY2(count(db->db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0, qPrintable(table + QStringLiteral(" is empty")));
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM person")), 300);
        QCOMPARE(m_smallSummary.staff, 300);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM journal_mark")), qint64(m_smallSummary.journalMarks));
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM study_group")), qint64(m_smallSummary.groups));
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM competence")), 40);
        // Every kind of organisation and every role is present.
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(DISTINCT kind) FROM organisation")), 6);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(DISTINCT role) FROM role_assignment")), 6);
    }

    void referencesAreConsistent()
    {
        auto db = Database::open(m_small, Database::Mode::ExistingOnly);
        QSqlQuery q = sql::exec(db->db(), QStringLiteral("PRAGMA foreign_key_check"));
        if (q.next())
            QFAIL(qPrintable(QStringLiteral("dangling reference in %1").arg(q.value(0).toString())));
        // Polymorphic references the schema cannot check.
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM catalogue_competence c WHERE item_kind = 'programme' "
                                                "AND NOT EXISTS (SELECT 1 FROM programme p WHERE p.id = c.item_id)")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM route_item r WHERE kind = 'programme' "
                                                "AND NOT EXISTS (SELECT 1 FROM programme p WHERE p.id = r.ref_id)")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM application a WHERE target_kind = 'event' "
                                                "AND NOT EXISTS (SELECT 1 FROM event e WHERE e.id = a.target_id)")), 0);
        // Scope keys: people carry their organisation's municipality; municipalities their own id.
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM person p JOIN organisation o ON o.id = p.organisation_id "
                                                "WHERE p.municipality_id IS NOT o.municipality_id")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM municipality WHERE municipality_id IS NOT id")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM programme WHERE municipality_id IS NOT NULL")), 0);
        // No room or instructor in two places at once; sessions within their group's dates.
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM (SELECT room_id, starts_at FROM session WHERE room_id IS NOT NULL "
                                                "GROUP BY 1, 2 HAVING count(*) > 1)")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM (SELECT si.instructor_id, s.starts_at FROM session_instructor si "
                                                "JOIN session s ON s.id = si.session_id GROUP BY 1, 2 HAVING count(*) > 1)")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM session s JOIN study_group g ON g.id = s.group_id "
                                                "WHERE substr(s.starts_at, 1, 10) < g.starts_on OR substr(s.starts_at, 1, 10) > g.ends_on")), 0);
        // A learner is never in two overlapping groups.
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM enrolment a JOIN study_group ga ON ga.id = a.group_id "
                                                "JOIN enrolment b ON b.person_id = a.person_id AND b.id > a.id "
                                                "JOIN study_group gb ON gb.id = b.group_id "
                                                "WHERE ga.starts_on <= gb.ends_on AND gb.starts_on <= ga.ends_on")), 0);
        // Marks only for sessions already held; certificates only for completed learners.
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM journal_mark m JOIN session s ON s.id = m.session_id "
                                                "WHERE s.starts_at >= '2026-11-29'")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id "
                                                "WHERE c.doc_kind <> 'study_reference' AND e.status <> 'completed'")), 0);
        // Diagnostic levels follow the instrument's thresholds.
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM diagnostic_score s JOIN diagnostic d ON d.id = s.diagnostic_id "
                                                "JOIN instrument i ON i.id = d.instrument_id WHERE s.level <> CASE "
                                                "WHEN s.score < i.threshold_pronounced * s.max_score THEN 2 "
                                                "WHEN s.score < i.threshold_partial * s.max_score THEN 1 ELSE 0 END")), 0);
    }

    void nothingQueuedForSync()
    {
        auto db = Database::open(m_small, Database::Mode::ExistingOnly);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT capture FROM sync_capture")), 1); // capture back on
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void snilsValidAndUnique()
    {
        auto db = Database::open(m_small, Database::Mode::ExistingOnly);
        QSqlQuery q = sql::exec(db->db(), QStringLiteral("SELECT snils, last_name, first_name, middle_name, search_key, sort_name FROM person"));
        QSet<QString> seen;
        while (q.next()) {
            const QString snils = q.value(0).toString();
            QVERIFY2(Snils::isValid(snils), qPrintable(Snils::problem(snils)));
            QVERIFY2(!seen.contains(snils), qPrintable(snils));
            seen.insert(snils);
            QCOMPARE(q.value(4).toString(), personSearchKey(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), snils));
            QCOMPARE(q.value(5).toString(), personSortName(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
        }
        QCOMPARE(seen.size(), 300);
    }

    void namesHaveGenderForms()
    {
        auto db = Database::open(m_small, Database::Mode::ExistingOnly);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM person WHERE sex = 'F' AND middle_name NOT LIKE '%на'")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM person WHERE sex = 'M' AND middle_name NOT LIKE '%ич'")), 0);
        QCOMPARE(count(db->db(), QStringLiteral("SELECT count(*) FROM person WHERE sex = 'F' AND (last_name LIKE '%ов' OR last_name LIKE '%ский')")), 0);
        QVERIFY(count(db->db(), QStringLiteral("SELECT count(*) FROM person WHERE sex = 'F' AND last_name LIKE '%ова'")) > 10);
    }

    void agesAndYoungTeachers()
    {
        auto db = Database::open(m_small, Database::Mode::ExistingOnly);
        QSqlQuery q = sql::exec(db->db(), QStringLiteral("SELECT birth_date, profession_start_date, hire_date FROM person"));
        int young = 0, all = 0;
        while (q.next()) {
            const QDate birth = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            const QDate start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            const QDate hire = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            QVERIFY(birth.isValid() && start.isValid() && hire.isValid());
            const int age = kToday.year() - birth.year() - (QDate(kToday.year(), birth.month(), birth.day()) > kToday ? 1 : 0);
            QVERIFY2(age >= 22 && age <= 67, qPrintable(q.value(0).toString()));
            QVERIFY(start >= birth.addYears(20));
            QVERIFY(start <= kToday && hire >= start && hire <= kToday);
            young += isYoungTeacher(birth, start, kToday) ? 1 : 0;
            ++all;
        }
        const double share = double(young) / all;
        QVERIFY2(share > 0.04 && share < 0.25, qPrintable(QString::number(share)));
    }

    void sameSeedSameContent()
    {
        const QString again = file(QStringLiteral("again.metodist"));
        generate(again, 300, 7);
        const auto a = dump(m_small);
        const auto b = dump(again);
        QCOMPARE(a.keys(), b.keys());
        for (const QString &table : a.keys())
            QVERIFY2(a.value(table) == b.value(table), qPrintable(table));
    }

    void otherSeedOtherContent()
    {
        const QString other = file(QStringLiteral("other.metodist"));
        generate(other, 300, 8);
        const auto a = dump(m_small);
        const auto b = dump(other);
        QVERIFY(a.value(QStringLiteral("person")) != b.value(QStringLiteral("person")));
        QVERIFY(a.value(QStringLiteral("journal_mark")) != b.value(QStringLiteral("journal_mark")));
    }

    void countsScale()
    {
        const QString bigger = file(QStringLiteral("bigger.metodist"));
        const DemoSummary big = generate(bigger, 1000, 7);
        const DemoSummary &small = m_smallSummary;
        QCOMPARE(big.staff, 1000);
        QVERIFY(big.organisations > small.organisations);
        QVERIFY(big.diagnostics > 2 * small.diagnostics);
        QVERIFY(big.routes > 2 * small.routes);
        QVERIFY(big.groups > 2 * small.groups);
        QVERIFY(big.sessions > 2 * small.sessions);
        QVERIFY(big.enrolments > 2 * small.enrolments);
        QVERIFY(big.journalMarks > 2 * small.journalMarks);
        QVERIFY(big.certificates > small.certificates);
        // Diagnostics for about 60 % of staff, routes for about 30 %.
        QVERIFY2(big.routes > 200 && big.routes < 400, qPrintable(QString::number(big.routes)));
        auto db = Database::open(bigger, Database::Mode::ExistingOnly);
        const qint64 diagnosed = count(db->db(), QStringLiteral("SELECT count(DISTINCT person_id) FROM diagnostic"));
        QVERIFY2(diagnosed > 500 && diagnosed < 700, qPrintable(QString::number(diagnosed)));
    }

    void existingFileIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, generate(m_small, 300, 7));
        QVERIFY(QFileInfo(m_small).size() > 0);
    }

    void cancelLeavesNoFile()
    {
        const QString path = file(QStringLiteral("cancelled.metodist"));
        DemoOptions options;
        options.staff = 1000;
        options.today = kToday;
        int calls = 0;
        options.progress = [&](int percent, const QString &stage) {
            ++calls;
            Q_UNUSED(stage);
            return percent < 50;
        };
        QVERIFY_THROWS_EXCEPTION(Error, generateDemoRegion(path, options));
        QVERIFY(calls > 2);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    }

    void cliCommand()
    {
        const QString cli = qEnvironmentVariable("METODIST_CLI");
        if (cli.isEmpty())
            QSKIP("METODIST_CLI is not set (run through ctest)");
        const QString out = file(QStringLiteral("cli.metodist"));
        auto run = [&](const QStringList &args, QByteArray *stdOut, QByteArray *stdErr) {
            QProcess process;
            process.start(cli, args);
            if (!process.waitForFinished(120000))
                return -1;
            *stdOut = process.readAllStandardOutput();
            *stdErr = process.readAllStandardError();
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        const QStringList args = {QStringLiteral("demo"), QStringLiteral("--staff"), QStringLiteral("300"), QStringLiteral("--seed"),
                                  QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2026-11-29"), QStringLiteral("--out"), out};
        QByteArray stdOut, stdErr;
        QCOMPARE(run(args, &stdOut, &stdErr), 0);
        QVERIFY2(stdOut.contains("staff: 300\n"), stdOut.constData());
        QVERIFY(stdOut.contains("journal_marks: " + QByteArray::number(m_smallSummary.journalMarks) + '\n'));
        QVERIFY2(stdErr.contains("100%"), stdErr.constData());
        // The same as the library made with the same seed.
        QCOMPARE(dump(out), dump(m_small));
        // Refuses to overwrite without --force; overwrites with it.
        QVERIFY(run(args, &stdOut, &stdErr) != 0);
        QVERIFY2(stdErr.contains("already exists"), stdErr.constData());
        QCOMPARE(run(args + QStringList{QStringLiteral("--force")}, &stdOut, &stdErr), 0);
        QVERIFY(run({QStringLiteral("demo"), QStringLiteral("--staff"), QStringLiteral("many"), QStringLiteral("--out"), file(QStringLiteral("x"))},
                    &stdOut, &stdErr) != 0);
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
