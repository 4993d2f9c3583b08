// Groups on a real profile: enrolment from approved applications and route items,
// transfer, withdrawal, capacity, adding and moving sessions with the conflict check,
// and the workshop load of a period.
#include "catalogue/applicationservice.h"
#include "groupsfixture.h"
#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using testing::GroupsFixture;

class TestGroupService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void enrolFromApplication();
    void enrolFromRouteItem();
    void transferAndWithdraw();
    void capacityAndValidation();
    void addAndMoveSessions();
    void workshopLoad();

private:
    QString status(const QString &table, const QString &id) const
    {
        return sql::scalar(m_db->db(), QStringLiteral("SELECT status FROM %1 WHERE id = ?").arg(table), {id}).toString();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupsFixture> f;
};

void TestGroupService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("profile.sqlite")));
    f = std::make_unique<GroupsFixture>(*m_db);
}

void TestGroupService::cleanup()
{
    f.reset();
    m_db.reset();
    m_dir.reset();
}

void TestGroupService::enrolFromApplication()
{
    ApplicationService apps(*m_db);
    const QString app = apps.submitMass(f->organisation, QStringLiteral("programme"), f->longProgramme, {f->people.at(0), f->people.at(5)},
                                        QDate(2026, 8, 1));
    // Not approved yet: refused, nothing written.
    QVERIFY_THROWS_EXCEPTION(Error, f->service.enrolFromApplication(app, f->groupB, QDate(2026, 8, 20)));
    apps.setStatus(app, QStringLiteral("under_review"));
    apps.setStatus(app, QStringLiteral("approved"));
    // Another programme's group: refused.
    QVERIFY_THROWS_EXCEPTION(Error, f->service.enrolFromApplication(app, f->groupA, QDate(2026, 8, 20)));
    QCOMPARE(f->service.enrolledCount(f->groupB), 3);
    const QStringList ids = f->service.enrolFromApplication(app, f->groupB, QDate(2026, 8, 20));
    QCOMPARE(ids.size(), 2);
    QCOMPARE(f->service.enrolledCount(f->groupB), 5);
    QCOMPARE(status(QStringLiteral("application"), app), QStringLiteral("enrolled"));
    QCOMPARE(apps.history(app).last().status, QStringLiteral("enrolled"));
    QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT application_id FROM enrolment WHERE id = ?"), {ids.first()}).toString(), app);
    // Enrolled already: a second time is refused.
    QVERIFY_THROWS_EXCEPTION(Error, f->service.enrolFromApplication(app, f->groupB, QDate(2026, 8, 20)));
}

void TestGroupService::enrolFromRouteItem()
{
    const QString route = Rows::insert(*m_db, QStringLiteral("route"), {{QStringLiteral("person_id"), f->people.at(5)},
                                                                        {QStringLiteral("period_start"), QStringLiteral("2026-09-01")},
                                                                        {QStringLiteral("period_end"), QStringLiteral("2027-06-30")}});
    const QString item = Rows::insert(*m_db, QStringLiteral("route_item"), {{QStringLiteral("route_id"), route}, {QStringLiteral("stage"), QStringLiteral("course")},
                                                                            {QStringLiteral("kind"), QStringLiteral("programme")},
                                                                            {QStringLiteral("ref_id"), f->shortProgramme}, {QStringLiteral("hours"), 8}});
    QVERIFY_THROWS_EXCEPTION(Error, f->service.enrolFromRouteItem(item, f->groupB, QDate(2026, 8, 30))); // other programme
    const QString e = f->service.enrolFromRouteItem(item, f->groupA, QDate(2026, 8, 30));
    QCOMPARE(status(QStringLiteral("route_item"), item), QStringLiteral("in_progress"));
    QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT person_id FROM enrolment WHERE id = ?"), {e}).toString(), f->people.at(5));
    QCOMPARE(f->service.enrolledCount(f->groupA), 4);
}

void TestGroupService::transferAndWithdraw()
{
    const QString e = sql::scalar(m_db->db(), QStringLiteral("SELECT id FROM enrolment WHERE group_id = ? AND person_id = ?"),
                                  {f->groupA, f->people.at(0)}).toString();
    const QString moved = f->service.transfer(e, f->groupB, QDate(2026, 9, 10));
    QCOMPARE(status(QStringLiteral("enrolment"), e), QStringLiteral("transferred"));
    QCOMPARE(status(QStringLiteral("enrolment"), moved), QStringLiteral("enrolled"));
    QCOMPARE(f->service.enrolledCount(f->groupA), 2);
    QCOMPARE(f->service.enrolledCount(f->groupB), 4);
    QVERIFY_THROWS_EXCEPTION(Error, f->service.transfer(e, f->groupB, QDate(2026, 9, 10))); // no longer active
    // Learner 2 is in B already: transferring her A enrolment to B is refused, and rolled back.
    const QString twice = sql::scalar(m_db->db(), QStringLiteral("SELECT id FROM enrolment WHERE group_id = ? AND person_id = ?"),
                                      {f->groupA, f->people.at(2)}).toString();
    QVERIFY_THROWS_EXCEPTION(Error, f->service.transfer(twice, f->groupB, QDate(2026, 9, 10)));
    QCOMPARE(status(QStringLiteral("enrolment"), twice), QStringLiteral("enrolled"));
    f->service.withdraw(moved, QDate(2026, 9, 20));
    QCOMPARE(status(QStringLiteral("enrolment"), moved), QStringLiteral("withdrawn"));
    QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT outcome_on FROM enrolment WHERE id = ?"), {moved}).toString(), QStringLiteral("2026-09-20"));
    QCOMPARE(f->service.enrolledCount(f->groupB), 3);
    QVERIFY_THROWS_EXCEPTION(Error, f->service.withdraw(moved, QDate(2026, 9, 21)));
    // Every change went to the outbox for sync.
    QVERIFY(sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE row_id = ?"), {moved}).toInt() >= 1);
}

void TestGroupService::capacityAndValidation()
{
    GroupInfo g = f->service.loadGroup(f->groupA);
    g.capacity = 3;
    f->service.updateGroup(g);
    QCOMPARE(f->service.loadGroup(f->groupA).capacity, 3);
    QVERIFY_THROWS_EXCEPTION(Error, f->service.enrol(f->people.at(5), f->groupA, QDate(2026, 9, 1))); // full
    g.endsOn = QDate(2026, 8, 1);
    QVERIFY_THROWS_EXCEPTION(Error, f->service.updateGroup(g));
    g = {};
    g.programmeId = QStringLiteral("nope");
    g.code = QStringLiteral("X");
    g.startsOn = g.endsOn = QDate(2026, 9, 1);
    QVERIFY_THROWS_EXCEPTION(Error, f->service.createGroup(g));
}

void TestGroupService::addAndMoveSessions()
{
    SessionDraft s;
    s.groupId = f->groupA;
    s.startsAt = GroupsFixture::at(0, 10);
    s.endsAt = GroupsFixture::at(0, 12);
    s.roomId = f->workshop;
    s.instructorIds = {f->instructor1};
    const SessionWrite first = f->service.addSession(s);
    QVERIFY(first.written && first.conflicts.isEmpty());
    s.groupId = f->groupB;
    const SessionWrite clash = f->service.addSession(s); // same room and instructor
    QVERIFY(!clash.written);
    QCOMPARE(clash.conflicts.size(), 3); // room, instructor, learner 2
    QVERIFY(!sql::scalar(m_db->db(), QStringLiteral("SELECT 1 FROM session WHERE id = ?"), {clash.id}).isValid());
    s.startsAt = GroupsFixture::at(0, 12);
    s.endsAt = GroupsFixture::at(0, 14);
    const SessionWrite second = f->service.addSession(s);
    QVERIFY(second.written);
    // Moving the second onto the first: reported, not written; then accepted.
    SessionWrite move = f->service.moveSession(second.id, GroupsFixture::at(0, 11), GroupsFixture::at(0, 13), f->workshop);
    QVERIFY(!move.written);
    QCOMPARE(move.conflicts.size(), 3);
    QCOMPARE(ConflictDetector(*m_db).load(second.id).startsAt, GroupsFixture::at(0, 12));
    move = f->service.moveSession(second.id, GroupsFixture::at(0, 11), GroupsFixture::at(0, 13), f->workshop, true);
    QVERIFY(move.written);
    QCOMPARE(ConflictDetector(*m_db).load(second.id).startsAt, GroupsFixture::at(0, 11));
    QCOMPARE(ConflictDetector(*m_db).check(first.id).size(), 3);
}

void TestGroupService::workshopLoad()
{
    f->session(f->groupA, GroupsFixture::at(0, 9), GroupsFixture::at(0, 13), f->workshop);
    f->session(f->groupB, GroupsFixture::at(0, 14), GroupsFixture::at(0, 16), f->workshop);
    f->session(f->groupB, GroupsFixture::at(1, 9), GroupsFixture::at(1, 12), f->smallWorkshop);
    f->session(f->groupB, GroupsFixture::at(1, 9), GroupsFixture::at(1, 12), f->classroom); // not a workshop
    const auto load = f->service.roomLoad(QDate(2026, 9, 7), QDate(2026, 9, 13));
    QCOMPARE(load.size(), 2 * 7); // two workshops x seven days
    double booked = 0, available = 0;
    for (const RoomLoad &l : load) {
        booked += l.bookedHours;
        available += l.availableHours;
        if (l.roomId == f->workshop && l.day == QDate(2026, 9, 7)) {
            QCOMPARE(l.bookedHours, 6.0);
            QCOMPARE(l.groups, QStringList({QStringLiteral("DL-1"), QStringLiteral("ML-1")}));
        }
    }
    QCOMPARE(booked, 9.0);
    QCOMPARE(available, 2 * 5 * 8.0);
    QCOMPARE(f->service.roomLoad(QDate(2026, 9, 7), QDate(2026, 9, 7), QString()).size(), 3); // every room kind
}

QTEST_GUILESS_MAIN(TestGroupService)
#include "tst_groupservice.moc"
