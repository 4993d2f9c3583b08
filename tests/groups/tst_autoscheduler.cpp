// The automatic scheduler on a real profile: the groups of a busy term are placed with
// no conflict the ConflictDetector can find (each written session checked), the
// programme's hours exactly, equipment needs met; infeasible input is reported with
// the group and the reason; nothing is written without apply(); apply() writes in one
// transaction with outbox rows; a stop keeps the best found; the CLI prints the figures
// and writes only with --apply.
#include "groups/autoscheduler.h"
#include "groupsfixture.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using testing::GroupsFixture;

class TestAutoScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void placesTermWithoutConflicts();
    void equipmentNeeds();
    void roomTooSmallIsReported();
    void nothingWrittenWithoutApply();
    void stopKeepsBest();
    void unscheduledGroups();
    void cli();

private:
    int count(const QString &table) const
    {
        return sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
    }
    AutoScheduleRequest term(double seconds = 2) const
    {
        AutoScheduleRequest r;
        r.groupIds = QStringList{f->groupA, f->groupB} + m_term;
        r.from = QDate(2026, 9, 1);
        r.to = QDate(2026, 10, 31);
        r.timeLimitSeconds = seconds;
        return r;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupsFixture> f;
    QStringList m_term;
};

void TestAutoScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("p.metodist")));
    f = std::make_unique<GroupsFixture>(*m_db);
    m_term = f->addTerm(8);
}

void TestAutoScheduler::cleanup()
{
    f.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAutoScheduler::placesTermWithoutConflicts()
{
    AutoScheduler scheduler(*m_db);
    QElapsedTimer timer;
    timer.start();
    const AutoScheduleResult r = scheduler.run(term());
    qInfo("%lld groups, %d sessions in %.1f s: hard %d soft %d (days %d, compactness %d, rooms %d)", qlonglong(r.groupIds.size()),
          r.wanted, r.seconds, r.hard(), r.soft(), r.softMinDays, r.softCompactness, r.softRoomStability);
    for (const QString &p : r.problems)
        qInfo("problem: %s", qPrintable(p));
    for (const Conflict &c : r.conflicts)
        qInfo("conflict: %s", qPrintable(c.message));
    QVERIFY(r.wanted > 40);
    QCOMPARE(r.unplaced, 0);
    QCOMPARE(r.engineHard, 0);
    QVERIFY(r.verified);
    QCOMPARE(r.conflicts.size(), 0);
    QCOMPARE(r.sessions.size(), r.wanted);

    const QStringList ids = scheduler.apply(r.sessions);
    QCOMPARE(ids.size(), r.sessions.size());
    // Every written session, checked on its own by the detector against everything else.
    ConflictDetector detector(*m_db);
    for (const QString &id : ids) {
        const QList<Conflict> found = detector.check(id);
        if (!found.isEmpty())
            QFAIL(qPrintable(found.first().message));
    }
    QCOMPARE(detector.scan(QDate(2026, 9, 1), QDate(2026, 12, 31)).size(), 0);
    // Each group now has exactly its programme's hours, inside its dates.
    auto q = sql::exec(m_db->db(), QStringLiteral("SELECT g.code, p.hours, SUM(s.hours), MIN(s.starts_at) >= g.starts_on, "
                                                  "MAX(substr(s.ends_at, 1, 10)) <= g.ends_on FROM study_group g "
                                                  "JOIN programme p ON p.id = g.programme_id JOIN session s ON s.group_id = g.id AND s.deleted = 0 "
                                                  "GROUP BY g.id"));
    int groups = 0;
    while (q.next()) {
        ++groups;
        QCOMPARE(q.value(2).toDouble(), q.value(1).toDouble());
        QVERIFY2(q.value(3).toBool() && q.value(4).toBool(), qPrintable(q.value(0).toString()));
    }
    QCOMPARE(groups, 10);
    // The attestation closes each completed group.
    QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM session WHERE kind = 'attestation'")).toInt(), 10);
}

void TestAutoScheduler::equipmentNeeds()
{
    AutoScheduleRequest r = term(1);
    r.groupIds = {f->groupA, m_term.at(0)};
    r.equipmentNeeds.insert(f->groupA, {QStringLiteral("Projector")});
    const AutoScheduleResult result = AutoScheduler(*m_db).run(r);
    QCOMPARE(result.hard(), 0);
    int withProjector = 0;
    for (const ProposedSession &s : result.sessions) {
        if (s.groupId != f->groupA)
            continue;
        QVERIFY(s.roomId == f->workshop || s.roomId == f->workshop2);
        QCOMPARE(s.equipmentIds.size(), 1);
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT room_id FROM equipment WHERE id = ?"), {s.equipmentIds.first()}).toString(), s.roomId);
        ++withProjector;
    }
    QCOMPARE(withProjector, 2); // 8 hours in 4-hour slots
}

void TestAutoScheduler::roomTooSmallIsReported()
{
    sql::exec(m_db->db(), QStringLiteral("UPDATE room SET capacity = 5"));
    AutoScheduleRequest r = term(1);
    const AutoScheduleResult result = AutoScheduler(*m_db).run(r);
    // Groups A and B (3 learners) fit; the term's groups (8 learners) fit nowhere.
    QCOMPARE(result.unplaced, result.wanted - 10);
    QCOMPARE(result.conflicts.size(), 0);
    const QString all = result.problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Group T-1 has 8 learners but no room it may use holds them (the largest has 5 seats)")), qPrintable(all));
    for (const ProposedSession &s : result.sessions)
        QVERIFY(s.groupId == f->groupA || s.groupId == f->groupB);

    // Nothing at all fits: still a clear answer, not an exception.
    sql::exec(m_db->db(), QStringLiteral("UPDATE room SET capacity = 1"));
    const AutoScheduleResult none = AutoScheduler(*m_db).run(r);
    QCOMPARE(none.sessions.size(), 0);
    QCOMPARE(none.unplaced, none.wanted);
    QVERIFY(none.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Group DL-1 has 3 learners")));
}

void TestAutoScheduler::nothingWrittenWithoutApply()
{
    const int sessions = count(QStringLiteral("session")), outbox = count(QStringLiteral("outbox"));
    AutoScheduler scheduler(*m_db);
    const AutoScheduleResult r = scheduler.run(term(1));
    QVERIFY(!r.sessions.isEmpty());
    QCOMPARE(count(QStringLiteral("session")), sessions);
    QCOMPARE(count(QStringLiteral("session_instructor")), 2);
    QCOMPARE(count(QStringLiteral("outbox")), outbox);
    scheduler.apply(r.sessions);
    QCOMPARE(count(QStringLiteral("session")), sessions + int(r.sessions.size()));
    QVERIFY(count(QStringLiteral("outbox")) >= outbox + int(r.sessions.size()) * 2);
}

void TestAutoScheduler::stopKeepsBest()
{
    std::atomic<bool> stop{false};
    int reports = 0;
    AutoScheduleRequest r = term(30);
    QElapsedTimer timer;
    timer.start();
    const AutoScheduleResult result = AutoScheduler(*m_db).run(r, &stop, [&](const AutoScheduleProgress &p) {
        ++reports;
        if (p.elapsedSeconds > 0.5 && p.unplaced == 0)
            stop = true;
    });
    QVERIFY(result.cancelled);
    QVERIFY(timer.elapsed() < 20000);
    QVERIFY(reports > 0);
    QCOMPARE(result.hard(), 0);
}

void TestAutoScheduler::unscheduledGroups()
{
    AutoScheduler scheduler(*m_db);
    QStringList found = scheduler.unscheduledGroups(QDate(2026, 9, 1), QDate(2026, 9, 30));
    QCOMPARE(found.size(), 10);
    AutoScheduleRequest r = term(1);
    r.groupIds.clear(); // all that lack hours in the period
    const AutoScheduleResult result = scheduler.run(r);
    QCOMPARE(result.groupIds.size(), 10);
    scheduler.apply(result.sessions);
    QCOMPARE(scheduler.unscheduledGroups(QDate(2026, 9, 1), QDate(2026, 9, 30)).size(), 0);
    QVERIFY_THROWS_EXCEPTION(Error, scheduler.run(r)); // nothing left to schedule
}

void TestAutoScheduler::cli()
{
    const QString cli = qEnvironmentVariable("METODIST_CLI");
    if (cli.isEmpty())
        QSKIP("METODIST_CLI is not set");
    const QString path = m_db->path();
    const int before = count(QStringLiteral("session"));
    const QStringList common{QStringLiteral("schedule"), QStringLiteral("solve"), QStringLiteral("--profile"), path,
                             QStringLiteral("--groups"), QStringLiteral("all-unscheduled"), QStringLiteral("--from"), QStringLiteral("2026-09-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-10-31"), QStringLiteral("--time-limit"), QStringLiteral("1")};
    auto run = [&](const QStringList &extra) {
        QProcess p;
        p.start(cli, common + extra);
        if (!p.waitForFinished(60000))
            return qMakePair(-1, QString());
        return qMakePair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    // Equipment needs from the command line: group A only in a room with a projector.
    {
        QProcess p;
        p.start(cli, {QStringLiteral("schedule"), QStringLiteral("solve"), QStringLiteral("--profile"), path, QStringLiteral("--groups"), f->groupA,
                      QStringLiteral("--needs"), f->groupA + QStringLiteral("=Projector"), QStringLiteral("--time-limit"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(p.exitCode(), 0);
        int placed = 0;
        for (const QString &line : lines)
            if (line.contains(QStringLiteral("\tDL-1\t"))) {
                ++placed;
                QVERIFY2(line.contains(QStringLiteral("workshop (Institute)")), qPrintable(line));
            }
        QCOMPARE(placed, 2);
    }
    const auto dry = run({});
    QVERIFY2(dry.first == 0, qPrintable(dry.second));
    QVERIFY2(dry.second.contains(QStringLiteral("hard 0 (unplaced 0, engine 0, conflicts 0)")), qPrintable(dry.second));
    QVERIFY(dry.second.contains(QStringLiteral("groups 10 ")));
    QCOMPARE(count(QStringLiteral("session")), before);
    const auto applied = run({QStringLiteral("--apply"), QStringLiteral("--quiet")});
    QVERIFY2(applied.first == 0, qPrintable(applied.second));
    QVERIFY(applied.second.contains(QStringLiteral("applied ")));
    QVERIFY(count(QStringLiteral("session")) > before + 40);
    QCOMPARE(ConflictDetector(*m_db).scan(QDate(2026, 9, 1), QDate(2026, 12, 31)).size(), 0);
}

QTEST_GUILESS_MAIN(TestAutoScheduler)
#include "tst_autoscheduler.moc"
