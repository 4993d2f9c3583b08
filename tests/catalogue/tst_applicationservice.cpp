// Applications on a real profile: individual and mass submission with their checks, the
// status workflow with its history and the rejection reason, and the pending list.
#include "catalogue/applicationservice.h"
#include "routesfixture.h"
#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestApplicationService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void individualWorkflowAndHistory();
    void massApplicationChecks();
    void pendingList();
    void cli();
};

void TestApplicationService::individualWorkflowAndHistory()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
    testing::RoutesFixture f(*db);
    ApplicationService service(*db);
    const QString id = service.submitIndividual(f.ivanova, QStringLiteral("programme"), f.p1, QDate(2026, 8, 20), QStringLiteral("from the route"));
    Application a = service.load(id);
    QCOMPARE(a.kind, QStringLiteral("individual"));
    QCOMPARE(a.status, QStringLiteral("submitted"));
    QCOMPARE(a.organisationId, f.org);
    QCOMPARE(a.municipalityId, f.municipality);
    QCOMPARE(a.personIds, QStringList{f.ivanova});
    // A second live application of the same person to the same programme is refused.
    QVERIFY_THROWS_EXCEPTION(Error, service.submitIndividual(f.ivanova, QStringLiteral("programme"), f.p1));
    QVERIFY_THROWS_EXCEPTION(Error, service.submitIndividual(f.ivanova, QStringLiteral("programme"), QStringLiteral("no-such")));
    QVERIFY_THROWS_EXCEPTION(Error, service.submitIndividual(f.ivanova, QStringLiteral("group"), f.p1));

    QVERIFY_THROWS_EXCEPTION(Error, service.setStatus(id, QStringLiteral("enrolled"))); // skips review
    service.setStatus(id, QStringLiteral("under_review"));
    service.setStatus(id, QStringLiteral("approved"), QStringLiteral("places available"));
    service.setStatus(id, QStringLiteral("enrolled"));
    QVERIFY_THROWS_EXCEPTION(Error, service.setStatus(id, QStringLiteral("rejected"), QStringLiteral("late")));
    const auto h = service.history(id);
    QCOMPARE(h.size(), 4);
    QCOMPARE(h[0].status, QStringLiteral("submitted"));
    QCOMPARE(h[0].comment, QStringLiteral("from the route"));
    QCOMPARE(h[2].status, QStringLiteral("approved"));
    QCOMPARE(h[2].comment, QStringLiteral("places available"));
    QCOMPARE(h[3].status, QStringLiteral("enrolled"));
    for (int i = 1; i < h.size(); ++i)
        QVERIFY(h[i].changedAt > h[i - 1].changedAt);

    // Rejection needs a reason; after it the person may apply again.
    const QString ev = service.submitIndividual(f.petrov, QStringLiteral("event"), f.event);
    QVERIFY_THROWS_EXCEPTION(Error, service.setStatus(ev, QStringLiteral("rejected"), QStringLiteral("  ")));
    service.setStatus(ev, QStringLiteral("rejected"), QStringLiteral("the group is full"));
    QCOMPARE(service.load(ev).rejectReason, QStringLiteral("the group is full"));
    QVERIFY(!service.submitIndividual(f.petrov, QStringLiteral("event"), f.event).isEmpty());
}

void TestApplicationService::massApplicationChecks()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
    testing::RoutesFixture f(*db);
    ApplicationService service(*db);
    const int outbox = sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
    const QString id = service.submitMass(f.org, QStringLiteral("programme"), f.p2, {f.ivanova, f.petrov, f.ivanova});
    const Application a = service.load(id);
    QCOMPARE(a.kind, QStringLiteral("mass"));
    QCOMPARE(a.personIds.size(), 2); // the duplicate is merged
    // application + 2 people + the first history entry, all queued for sync.
    QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt() - outbox, 4);

    const QString otherOrg = Rows::insert(*db, QStringLiteral("organisation"),
                                          {{QStringLiteral("name"), QStringLiteral("School 2")}, {QStringLiteral("kind"), QStringLiteral("school")},
                                           {QStringLiteral("municipality_id"), f.municipality}});
    QVERIFY_THROWS_EXCEPTION(Error, service.submitMass(otherOrg, QStringLiteral("programme"), f.p1, {f.sidorova}));
    QVERIFY_THROWS_EXCEPTION(Error, service.submitMass(f.org, QStringLiteral("programme"), f.p1, {}));
    QVERIFY_THROWS_EXCEPTION(Error, service.submitMass(f.org, QStringLiteral("programme"), f.p2, {f.sidorova, f.petrov})); // Petrov applied
    // A failed submission leaves nothing behind.
    QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM application")).toInt(), 1);
    // An archived programme takes no applications.
    sql::exec(db->db(), QStringLiteral("UPDATE programme SET status = 'archived' WHERE id = ?"), {f.p1});
    QVERIFY_THROWS_EXCEPTION(Error, service.submitIndividual(f.sidorova, QStringLiteral("programme"), f.p1));
}

void TestApplicationService::pendingList()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
    testing::RoutesFixture f(*db);
    ApplicationService service(*db);
    const QString a = service.submitIndividual(f.ivanova, QStringLiteral("programme"), f.p1, QDate(2026, 8, 1));
    const QString b = service.submitMass(f.org, QStringLiteral("event"), f.event, {f.petrov, f.sidorova}, QDate(2026, 7, 1));
    const QString c = service.submitIndividual(f.petrov, QStringLiteral("programme"), f.p2, QDate(2026, 9, 1));
    service.setStatus(c, QStringLiteral("rejected"), QStringLiteral("duplicate"));
    const auto pending = service.pending();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending[0].id, b); // oldest first
    QCOMPARE(pending[0].people, 2);
    QCOMPARE(pending[0].targetTitle, QStringLiteral("Seminar on feedback"));
    QCOMPARE(pending[1].id, a);
    QCOMPARE(pending[1].targetTitle, QStringLiteral("Formative assessment"));
    QCOMPARE(pending[1].organisationName, QStringLiteral("School 1"));
    QCOMPARE(service.pending(f.municipality).size(), 2);
    QCOMPARE(service.pending(QStringLiteral("elsewhere")).size(), 0);
}

void TestApplicationService::cli()
{
    const QString cli = qEnvironmentVariable("METODIST_CLI");
    if (cli.isEmpty())
        QSKIP("METODIST_CLI is not set (run through ctest)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    QString programme, person;
    {
        auto db = Database::open(path);
        testing::RoutesFixture f(*db);
        programme = f.p1;
        person = f.ivanova;
    }
    auto run = [&](const QStringList &args, QString *out) {
        QProcess p;
        p.start(cli, args);
        p.waitForFinished(60000);
        *out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out;
    QCOMPARE(run({QStringLiteral("applications"), QStringLiteral("submit"), QStringLiteral("--profile"), path,
                  QStringLiteral("--person"), person, QStringLiteral("--programme"), programme}, &out), 0);
    QVERIFY2(out.startsWith(QStringLiteral("submitted ")), qPrintable(out));
    const QString id = out.mid(10).trimmed();
    QCOMPARE(run({QStringLiteral("applications"), QStringLiteral("status"), QStringLiteral("--profile"), path,
                  QStringLiteral("--application"), id, QStringLiteral("--to"), QStringLiteral("enrolled")}, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("cannot change")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("applications"), QStringLiteral("pending"), QStringLiteral("--profile"), path}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("Formative assessment")) && out.contains(QStringLiteral("1 pending")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestApplicationService)
#include "tst_applicationservice.moc"
