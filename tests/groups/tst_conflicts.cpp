// Conflict detection on a real profile: one test per kind of conflict, no false positives
// for back-to-back sessions, the period scan listing a pair once, and the .ics export
// parsed back.
#include "groups/conflictdetector.h"
#include "groups/icalendar.h"
#include "groupsfixture.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using testing::GroupsFixture;
using Kind = Conflict::Kind;

class TestConflicts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void instructorDoubleBooked();
    void roomDoubleBooked();
    void equipmentDoubleBooked();
    void learnerInTwoGroups();
    void roomTooSmall();
    void outsideGroupDates();
    void outsideAvailability();
    void moreHoursThanProgramme();
    void backToBackIsNoConflict();
    void periodScanListsPairsOnce();
    void icsParsesBack();

private:
    QList<Conflict> ofKind(const QList<Conflict> &list, Kind kind) const
    {
        QList<Conflict> out;
        for (const Conflict &c : list)
            if (c.kind == kind)
                out << c;
        return out;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupsFixture> f;
};

void TestConflicts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("profile.sqlite")));
    f = std::make_unique<GroupsFixture>(*m_db);
}

void TestConflicts::cleanup()
{
    f.reset();
    m_db.reset();
    m_dir.reset();
}

void TestConflicts::instructorDoubleBooked()
{
    const QString a = f->session(f->groupA, GroupsFixture::at(0, 10), GroupsFixture::at(0, 12), f->classroom, {f->instructor1});
    const QString b = f->session(f->groupB, GroupsFixture::at(0, 11), GroupsFixture::at(0, 13), f->workshop, {f->instructor1});
    ConflictDetector d(*m_db);
    const auto list = ofKind(d.check(b), Kind::InstructorBusy);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().otherSessionId, a);
    QCOMPARE(list.first().resourceId, f->instructor1);
    QVERIFY(list.first().message.contains(QStringLiteral("Smirnova")));
    QVERIFY(list.first().message.contains(QStringLiteral("DL-1")) && list.first().message.contains(QStringLiteral("ML-1")));
    QCOMPARE(ofKind(d.check(a), Kind::InstructorBusy).first().otherSessionId, b);
    // Another instructor on b: gone.
    SessionDraft moved = d.load(b);
    moved.instructorIds = {f->instructor2};
    QVERIFY(ofKind(d.check(moved), Kind::InstructorBusy).isEmpty());
}

void TestConflicts::roomDoubleBooked()
{
    const QString a = f->session(f->groupA, GroupsFixture::at(1, 9), GroupsFixture::at(1, 17), f->workshop);
    const QString b = f->session(f->groupB, GroupsFixture::at(1, 16), GroupsFixture::at(1, 18), f->workshop);
    ConflictDetector d(*m_db);
    const auto list = ofKind(d.check(b), Kind::RoomBusy);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().otherSessionId, a);
    QCOMPARE(list.first().resourceName, QStringLiteral("Robotics workshop"));
    // A session inside a long one (starts after it started) is found too: the index range reaches back.
    const QString c = f->session(f->groupB, GroupsFixture::at(1, 12), GroupsFixture::at(1, 13), f->workshop);
    QCOMPARE(ofKind(d.check(c), Kind::RoomBusy).size(), 1);
    SessionDraft other = d.load(b);
    other.roomId = f->classroom;
    QVERIFY(ofKind(d.check(other), Kind::RoomBusy).isEmpty());
}

void TestConflicts::equipmentDoubleBooked()
{
    const QString a = f->session(f->groupA, GroupsFixture::at(2, 10), GroupsFixture::at(2, 12), f->workshop, {}, {f->projector});
    const QString b = f->session(f->groupB, GroupsFixture::at(2, 10), GroupsFixture::at(2, 12), f->classroom, {}, {f->projector});
    ConflictDetector d(*m_db);
    const auto list = ofKind(d.check(b), Kind::EquipmentBusy);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().otherSessionId, a);
    QVERIFY(list.first().message.contains(QStringLiteral("Projector")));
}

void TestConflicts::learnerInTwoGroups()
{
    const QString a = f->session(f->groupA, GroupsFixture::at(0, 10), GroupsFixture::at(0, 12), f->workshop);
    const QString b = f->session(f->groupB, GroupsFixture::at(0, 11), GroupsFixture::at(0, 13), f->classroom);
    ConflictDetector d(*m_db);
    auto list = ofKind(d.check(b), Kind::LearnerOverlap);
    QCOMPARE(list.size(), 1); // only learner 2 is in both groups
    QCOMPARE(list.first().resourceId, f->people.at(2));
    QCOMPARE(list.first().otherSessionId, a);
    // Withdrawn from group A: no longer a conflict.
    const QString enrolment = sql::scalar(m_db->db(), QStringLiteral("SELECT id FROM enrolment WHERE group_id = ? AND person_id = ?"),
                                          {f->groupA, f->people.at(2)}).toString();
    f->service.withdraw(enrolment, QDate(2026, 9, 2));
    QVERIFY(ofKind(d.check(b), Kind::LearnerOverlap).isEmpty());
}

void TestConflicts::roomTooSmall()
{
    const QString a = f->session(f->groupA, GroupsFixture::at(0, 10), GroupsFixture::at(0, 12), f->smallWorkshop);
    ConflictDetector d(*m_db);
    const auto list = ofKind(d.check(a), Kind::RoomTooSmall);
    QCOMPARE(list.size(), 1);
    QVERIFY2(list.first().message.contains(QStringLiteral("2 seats")) && list.first().message.contains(QStringLiteral("3 learners")),
             qPrintable(list.first().message));
    SessionDraft bigger = d.load(a);
    bigger.roomId = f->workshop;
    QVERIFY(ofKind(d.check(bigger), Kind::RoomTooSmall).isEmpty());
}

void TestConflicts::outsideGroupDates()
{
    const QString a = f->session(f->groupA, QDateTime(QDate(2026, 10, 5), QTime(10, 0)), QDateTime(QDate(2026, 10, 5), QTime(12, 0)), f->workshop);
    ConflictDetector d(*m_db);
    QCOMPARE(ofKind(d.check(a), Kind::OutsideGroupDates).size(), 1);
    SessionDraft inside = d.load(a);
    inside.startsAt = QDateTime(QDate(2026, 9, 30), QTime(10, 0));
    inside.endsAt = QDateTime(QDate(2026, 9, 30), QTime(12, 0));
    QVERIFY(ofKind(d.check(inside), Kind::OutsideGroupDates).isEmpty());
}

void TestConflicts::outsideAvailability()
{
    ConflictDetector d(*m_db);
    SessionDraft s;
    s.groupId = f->groupB;
    s.roomId = f->classroom;
    s.instructorIds = {f->instructor2};
    s.startsAt = GroupsFixture::at(0, 10); // Monday 10-12: inside 09-13
    s.endsAt = GroupsFixture::at(0, 12);
    QVERIFY(d.check(s).isEmpty());
    s.startsAt = GroupsFixture::at(0, 12); // Monday 12-14: ends after 13
    s.endsAt = GroupsFixture::at(0, 14);
    QCOMPARE(ofKind(d.check(s), Kind::OutsideAvailability).size(), 1);
    s.startsAt = GroupsFixture::at(1, 10); // Tuesday
    s.endsAt = GroupsFixture::at(1, 12);
    const auto list = ofKind(d.check(s), Kind::OutsideAvailability);
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().message.contains(QStringLiteral("Kuznetsov")));
    s.instructorIds = {f->instructor1}; // no availability rows: always available
    QVERIFY(d.check(s).isEmpty());
}

void TestConflicts::moreHoursThanProgramme()
{
    QString last;
    for (int day = 0; day < 4; ++day)
        last = f->session(f->groupA, GroupsFixture::at(day, 10), GroupsFixture::at(day, 12), f->workshop);
    ConflictDetector d(*m_db);
    QVERIFY(d.check(last).isEmpty()); // 4 x 2 h = the programme's 8 h
    const QString extra = f->session(f->groupA, GroupsFixture::at(4, 10), GroupsFixture::at(4, 12), f->workshop);
    const auto list = ofKind(d.check(extra), Kind::HoursExceeded);
    QCOMPARE(list.size(), 1);
    QVERIFY2(list.first().message.contains(QStringLiteral("10 hours")), qPrintable(list.first().message));
}

void TestConflicts::backToBackIsNoConflict()
{
    // Same room, instructor, equipment and a shared learner, end == start.
    const QString a = f->session(f->groupA, GroupsFixture::at(0, 10), GroupsFixture::at(0, 12), f->workshop, {f->instructor2}, {f->projector});
    const QString b = f->session(f->groupB, GroupsFixture::at(0, 12), GroupsFixture::at(0, 13), f->workshop, {f->instructor2}, {f->projector});
    const QString c = f->session(f->groupA, GroupsFixture::at(0, 9), GroupsFixture::at(0, 10), f->workshop, {f->instructor2}, {f->projector});
    ConflictDetector d(*m_db);
    for (const QString &id : {a, b, c}) {
        const auto list = d.check(id);
        QVERIFY2(list.isEmpty(), qPrintable(list.isEmpty() ? QString() : list.first().message));
    }
    QVERIFY(d.scan(QDate(2026, 9, 1), QDate(2026, 9, 30)).isEmpty());
}

void TestConflicts::periodScanListsPairsOnce()
{
    const QString a = f->session(f->groupB, GroupsFixture::at(1, 10), GroupsFixture::at(1, 12), f->workshop);
    const QString b = f->session(f->groupB, GroupsFixture::at(1, 11), GroupsFixture::at(1, 13), f->workshop);
    f->session(f->groupB, GroupsFixture::at(14, 11), GroupsFixture::at(14, 13), f->workshop); // outside the period below
    ConflictDetector d(*m_db);
    const auto list = d.scan(QDate(2026, 9, 7), QDate(2026, 9, 13));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().kind, Kind::RoomBusy);
    QCOMPARE(QSet<QString>({list.first().sessionId, list.first().otherSessionId}), QSet<QString>({a, b}));
}

void TestConflicts::icsParsesBack()
{
    const QString topic = QStringLiteral("Робототехника; сборка, программирование и испытания модели манипулятора на стенде \\ часть 1");
    f->session(f->groupA, GroupsFixture::at(0, 10), GroupsFixture::at(0, 12), f->workshop, {f->instructor1}, {}, 2, topic);
    f->session(f->groupA, GroupsFixture::at(2, 14), GroupsFixture::at(2, 16, 30), f->classroom, {f->instructor1}, {}, 2, QStringLiteral("Review"));
    f->session(f->groupB, GroupsFixture::at(1, 14), GroupsFixture::at(1, 16), f->classroom, {f->instructor2});
    const QByteArray data = f->service.ics(QStringLiteral("DL-1"), {QDate(2026, 9, 1), QDate(2026, 9, 30), f->groupA, {}, {}, {}});
    QVERIFY(data.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(data.endsWith("END:VCALENDAR\r\n"));
    bool folded = false;
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty())
            continue;
        QVERIFY2(line.endsWith('\r'), line.constData());    // CRLF only
        QVERIFY2(line.size() - 1 <= 75, line.constData());  // folded at 75 octets
        QVERIFY(QString::fromUtf8(line).toUtf8() == line);  // no UTF-8 sequence split
        folded = folded || line.startsWith(' ');
    }
    QVERIFY(folded);
    const auto events = ical::parse(data);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).summary, QStringLiteral("DL-1: ") + topic);
    QCOMPARE(events.at(0).start, GroupsFixture::at(0, 10));
    QCOMPARE(events.at(0).location, QStringLiteral("Robotics workshop"));
    QCOMPARE(events.at(1).end, GroupsFixture::at(2, 16, 30));
    QVERIFY(events.at(1).uid.endsWith(QStringLiteral("@metodist")));
    // An instructor's calendar spans both groups.
    const auto instructor = ical::parse(f->service.ics(QStringLiteral("I"), {QDate(2026, 9, 1), QDate(2026, 9, 30), {}, f->instructor1, {}, {}}));
    QCOMPARE(instructor.size(), 2);
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
