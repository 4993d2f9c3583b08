// Programme expertise on a real profile: only experts are assigned, verdicts need reasons
// unless approving, and the programme's status follows the verdicts.
#include "catalogue/expertiseservice.h"
#include "routesfixture.h"
#include "storage/errors.h"
#include "storage/rows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestExpertiseService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void verdictsDriveTheStatus();
};

void TestExpertiseService::verdictsDriveTheStatus()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
    testing::RoutesFixture f(*db);
    const QString expert1 = f.person(QStringLiteral("Kuznetsova")), expert2 = f.person(QStringLiteral("Smirnov"));
    for (const QString &p : {expert1, expert2})
        Rows::insert(*db, QStringLiteral("role_assignment"), {{QStringLiteral("person_id"), p}, {QStringLiteral("role"), QStringLiteral("expert")}});
    ExpertiseService service(*db);
    QCOMPARE(service.programmeStatus(f.p1), QStringLiteral("none"));
    QVERIFY_THROWS_EXCEPTION(Error, service.assignExpert(f.p1, f.ivanova)); // not an expert
    const QString e1 = service.assignExpert(f.p1, expert1);
    QVERIFY_THROWS_EXCEPTION(Error, service.assignExpert(f.p1, expert1)); // twice
    const QString e2 = service.assignExpert(f.p1, expert2);
    QCOMPARE(service.programmeStatus(f.p1), QStringLiteral("in_review"));

    QVERIFY_THROWS_EXCEPTION(Error, service.recordVerdict(e1, QStringLiteral("revise"), QString()));
    QVERIFY_THROWS_EXCEPTION(Error, service.recordVerdict(e1, QStringLiteral("maybe"), QStringLiteral("x")));
    service.recordVerdict(e1, QStringLiteral("approved"), QString(), QDate(2026, 6, 1));
    QCOMPARE(service.programmeStatus(f.p1), QStringLiteral("in_review")); // e2 pending
    service.recordVerdict(e2, QStringLiteral("revise"), QStringLiteral("add a practice module"));
    QCOMPARE(service.programmeStatus(f.p1), QStringLiteral("in_review"));
    service.recordVerdict(e2, QStringLiteral("approved"), QStringLiteral("revised version fine"));
    QCOMPARE(service.programmeStatus(f.p1), QStringLiteral("approved"));
    const auto v = service.verdicts(f.p1);
    QCOMPARE(v.size(), 2);
    QCOMPARE(v[0].decidedOn, QDate(2026, 6, 1));
    QCOMPARE(v[1].comment, QStringLiteral("revised version fine"));
    service.recordVerdict(e1, QStringLiteral("rejected"), QStringLiteral("outdated standard"));
    QCOMPARE(service.programmeStatus(f.p1), QStringLiteral("rejected"));
}

QTEST_GUILESS_MAIN(TestExpertiseService)
#include "tst_expertiseservice.moc"
