// RouteService on a real SQLite profile: a proposal from the latest diagnostic, saving a
// route with its items in one transaction, the status workflow, coverage, the batch (also
// from a worker thread with its own connection, with cancel) and the CLI command.
#include "routes/routeservice.h"
#include "routesfixture.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace metodist;

class TestRouteService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void proposalFromLatestDiagnostic();
    void acceptedFormsChangeTheProposal();
    void saveStatusWorkflowAndCoverage();
    void doneItemsAreNotProposedAgain();
    void itemsDoneBeforeTheDiagnosticDoNotCover();
    void batchDryRunSaveAndExisting();
    void batchInWorkerThreadWithCancel();
    void cliBuildRoutes();

private:
    int count(const QString &sqlText) { return sql::scalar(m_db->db(), sqlText).toInt(); }
    RouteRequest request() const
    {
        RouteRequest r;
        r.periodStart = QDate(2026, 9, 1);
        r.periodEnd = QDate(2027, 6, 30);
        return r;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<testing::RoutesFixture> m_f;
    QString competence(const QString &code) { return m_f->competence(code); }
};

void TestRouteService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = Database::open(m_dir->filePath(QStringLiteral("profile.sqlite")));
    m_f = std::make_unique<testing::RoutesFixture>(*m_db);
}

void TestRouteService::cleanup()
{
    m_f.reset();
    m_db.reset();
    m_dir.reset();
}

void TestRouteService::proposalFromLatestDiagnostic()
{
    // Optimum by enumeration: m1 (A, 16 h) + mat (B, 4 h) + ev (C, 8 h) = 28 h;
    // P1 + ev = 44 h, P2 = 72 h. E cannot be covered.
    RouteService service(*m_db);
    const RouteProposal rp = service.propose(m_f->ivanova, request());
    QCOMPARE(rp.deficits.levels.size(), 4); // A B C E (D is 0 in the latest)
    QCOMPARE(rp.proposal.hours, 28);
    QCOMPARE(rp.proposal.items.size(), size_t(3));
    const auto &cat = service.catalogue();
    QCOMPARE(cat.item(rp.proposal.items[0].item).id, m_f->material);
    QCOMPARE(rp.proposal.items[0].stage, routes::Stage::Pre);
    QCOMPARE(cat.item(rp.proposal.items[1].item).id, m_f->m1);
    QCOMPARE(rp.proposal.items[1].stage, routes::Stage::Course);
    QCOMPARE(cat.item(rp.proposal.items[2].item).id, m_f->event);
    QCOMPARE(rp.proposal.items[2].stage, routes::Stage::Post);
    QCOMPARE(rp.proposal.uncoverable.size(), size_t(1));
    QCOMPARE(cat.competenceId(rp.proposal.uncoverable.front()), competence(QStringLiteral("E")));

    // The seminar lies outside a spring period: C then needs P2, cheaper than P1 + anything? P2 alone
    // covers A, B, C for 72 h; m1 + mat cover A, B for 20 h but C is then not coverable.
    RouteRequest spring = request();
    spring.periodStart = QDate(2027, 1, 1);
    const RouteProposal later = service.propose(m_f->ivanova, spring);
    QCOMPARE(later.proposal.hours, 72);
    QCOMPARE(later.proposal.items.size(), size_t(1));
    QCOMPARE(cat.item(later.proposal.items[0].item).id, m_f->p2);

    // A budget of 20 h: pronounced A first (m1), then B (mat), C is left by the budget.
    RouteRequest tight = request();
    tight.hoursBudget = 20;
    const RouteProposal budget = service.propose(m_f->ivanova, tight);
    QCOMPARE(budget.proposal.hours, 20);
    QCOMPARE(budget.proposal.leftByBudget.size(), size_t(1));
    QCOMPARE(cat.competenceId(budget.proposal.leftByBudget.front()), competence(QStringLiteral("C")));
}

void TestRouteService::acceptedFormsChangeTheProposal()
{
    // Full-time only: m1 (blended, from P1) is out, so A needs P2, which covers B and C too.
    RouteService service(*m_db);
    RouteRequest r = request();
    r.acceptedForms = QStringLiteral("full_time");
    const RouteProposal rp = service.propose(m_f->ivanova, r);
    QCOMPARE(rp.proposal.hours, 72);
    QCOMPARE(service.catalogue().item(rp.proposal.items.front().item).id, m_f->p2);
    r.acceptedForms = QStringLiteral("nonsense");
    QVERIFY_THROWS_EXCEPTION(Error, service.propose(m_f->ivanova, r));
}

void TestRouteService::saveStatusWorkflowAndCoverage()
{
    RouteService service(*m_db);
    const int outboxBefore = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    RouteRequest r = request();
    r.tutorPersonId = m_f->petrov;
    const QString id = service.saveProposal(service.propose(m_f->ivanova, r), r);
    RouteRow route = service.loadRoute(id);
    QCOMPARE(route.status, QStringLiteral("draft"));
    QCOMPARE(route.items.size(), 3);
    QCOMPARE(route.hours(), 28);
    QCOMPARE(route.municipalityId, m_f->municipality);
    QCOMPARE(route.periodStart, QDate(2026, 9, 1));
    QCOMPARE(route.items[0].stage, QStringLiteral("pre"));
    QCOMPARE(route.items[1].kind, QStringLiteral("module"));
    QCOMPARE(route.items[1].competenceId, competence(QStringLiteral("A")));
    QCOMPARE(route.items[2].plannedStart, QDate(2026, 11, 10));
    QCOMPARE(route.items[2].responsiblePersonId, m_f->petrov);
    // Sync metadata and the outbox: one row for the route and one per item.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")) - outboxBefore, 4);
    QVERIFY(count(QStringLiteral("SELECT MIN(updated_at) FROM route_item")) > 0);

    RouteCoverage cov = service.coverage(id);
    QCOMPARE(cov.lines.size(), 4);
    QCOMPARE(cov.uncoveredPronounced, 1); // E
    QCOMPARE(cov.uncoveredPartial, 0);
    for (const auto &line : cov.lines)
        QCOMPARE(line.covered(), line.competenceId != competence(QStringLiteral("E")));

    // Workflow.
    QVERIFY_THROWS_EXCEPTION(Error, service.setStatus(id, QStringLiteral("completed")));
    QVERIFY_THROWS_EXCEPTION(Error, service.setStatus(id, QStringLiteral("in_progress")));
    service.setStatus(id, QStringLiteral("agreed"));
    route = service.loadRoute(id);
    QCOMPARE(route.status, QStringLiteral("agreed"));
    QCOMPARE(route.agreedOn, QDate::currentDate());
    QCOMPARE(route.agreedBy, m_db->userId());
    service.setStatus(id, QStringLiteral("in_progress"));
    try {
        service.setStatus(id, QStringLiteral("completed"));
        QFAIL("completed with planned items");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("3 item")), qPrintable(e.message()));
    }
    // Cancelling the seminar uncovers C.
    service.setItemStatus(route.items[2].id, QStringLiteral("cancelled"));
    cov = service.coverage(id);
    QCOMPARE(cov.uncoveredPartial, 1);
    service.setItemStatus(route.items[0].id, QStringLiteral("done"), QStringLiteral("notes.pdf"));
    service.setItemStatus(route.items[1].id, QStringLiteral("done"), QStringLiteral("certificate 123"));
    QVERIFY_THROWS_EXCEPTION(Error, service.setItemStatus(route.items[1].id, QStringLiteral("finished")));
    service.setStatus(id, QStringLiteral("completed"));
    QCOMPARE(service.loadRoute(id).status, QStringLiteral("completed"));
    QCOMPARE(service.loadRoute(id).items[0].evidence, QStringLiteral("notes.pdf"));
    QVERIFY_THROWS_EXCEPTION(Error, service.setStatus(id, QStringLiteral("draft")));
    QVERIFY_THROWS_EXCEPTION(Error, service.addItem(id, RouteItemRow{}));

    // An empty route cannot be agreed; a draft can be cancelled.
    RouteItemRow consultation;
    consultation.kind = QStringLiteral("consultation");
    consultation.stage = QStringLiteral("post");
    consultation.title = QStringLiteral("Consultation");
    RouteProposal empty;
    empty.deficits.personId = m_f->petrov;
    const QString second = service.saveProposal(empty, request());
    QVERIFY_THROWS_EXCEPTION(Error, service.setStatus(second, QStringLiteral("agreed")));
    service.addItem(second, consultation);
    service.setStatus(second, QStringLiteral("agreed"));
    service.setStatus(second, QStringLiteral("draft"));
    QVERIFY(service.loadRoute(second).agreedOn.isNull());
    service.setStatus(second, QStringLiteral("cancelled"));
    QCOMPARE(service.routesOf(m_f->petrov).size(), 1);
}

void TestRouteService::doneItemsAreNotProposedAgain()
{
    RouteService service(*m_db);
    const QString id = service.saveProposal(service.propose(m_f->ivanova, request()), request());
    for (const RouteItemRow &item : service.loadRoute(id).items)
        if (item.kind == QLatin1String("module"))
            service.setItemStatus(item.id, QStringLiteral("done"));
    // A (through m1) is done; B and C remain: mat (4 h) + ev (8 h).
    const RouteProposal again = service.propose(m_f->ivanova, request());
    QCOMPARE(again.proposal.hours, 12);
    QCOMPARE(again.proposal.alreadyCovered.size(), size_t(1));
    for (const auto &chosen : again.proposal.items)
        QVERIFY(service.catalogue().item(chosen.item).id != m_f->m1);
    // A second route shows A as done earlier, not as a gap.
    const QString second = service.saveProposal(again, request());
    const RouteCoverage cov = service.coverage(second);
    QCOMPARE(cov.uncoveredPronounced, 1); // E only
    int doneEarlier = 0;
    for (const auto &line : cov.lines)
        doneEarlier += line.doneEarlier;
    QCOMPARE(doneEarlier, 1);
}

void TestRouteService::itemsDoneBeforeTheDiagnosticDoNotCover()
{
    // m1 was completed in a 2025 route based on the older diagnostic; the 2026 diagnostic
    // still shows A, so A stays a target, but m1 is not proposed again:
    // P1{A,B} 36 h + ev{C} 8 h = 44 h (P2 alone 72 h).
    const QString oldDiagnostic = sql::scalar(m_db->db(), QStringLiteral(
        "SELECT id FROM diagnostic WHERE person_id = ? AND taken_on = '2025-03-01'"), {m_f->ivanova}).toString();
    QVERIFY(!oldDiagnostic.isEmpty());
    const QString old = Rows::insert(*m_db, QStringLiteral("route"), {
        {QStringLiteral("person_id"), m_f->ivanova}, {QStringLiteral("diagnostic_id"), oldDiagnostic},
        {QStringLiteral("period_start"), QStringLiteral("2025-04-01")}, {QStringLiteral("period_end"), QStringLiteral("2025-12-31")},
        {QStringLiteral("status"), QStringLiteral("completed")}});
    Rows::insert(*m_db, QStringLiteral("route_item"), {
        {QStringLiteral("route_id"), old}, {QStringLiteral("stage"), QStringLiteral("course")},
        {QStringLiteral("kind"), QStringLiteral("module")}, {QStringLiteral("ref_id"), m_f->m1},
        {QStringLiteral("hours"), 16}, {QStringLiteral("status"), QStringLiteral("done")}});
    RouteService service(*m_db);
    const RouteProposal rp = service.propose(m_f->ivanova, request());
    QCOMPARE(rp.proposal.hours, 44);
    QVERIFY(rp.proposal.alreadyCovered.empty());
    QStringList ids;
    for (const auto &chosen : rp.proposal.items)
        ids << service.catalogue().item(chosen.item).id;
    ids.sort();
    QStringList expected{m_f->p1, m_f->event};
    expected.sort();
    QCOMPARE(ids, expected);
    // The batch sees it the same way.
    const auto batch = service.buildBatch({RouteService::BatchScope::Organisation, m_f->org}, request(), true);
    QCOMPARE(batch.hours, 44 + 8); // Ivanova 44 h, Petrov 8 h
}

void TestRouteService::batchDryRunSaveAndExisting()
{
    RouteService service(*m_db);
    RouteService::BatchScope scope{RouteService::BatchScope::Municipality, m_f->municipality};
    int lastDone = -1, lastTotal = -1;
    auto dry = service.buildBatch(scope, request(), true, [&](int d, int t) { lastDone = d; lastTotal = t; });
    QCOMPARE(dry.people, 3);
    QCOMPARE(dry.noDiagnostic, 1);
    QCOMPARE(dry.built, 2);
    QCOMPARE(dry.hours, 28 + 8); // Petrov: C by the seminar
    QCOMPARE(lastDone, 3);
    QCOMPARE(lastTotal, 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM route")), 0);

    auto saved = service.buildBatch(scope, request(), false);
    QCOMPARE(saved.built, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM route")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM route_item")), 4);
    auto again = service.buildBatch(scope, request(), false);
    QCOMPARE(again.built, 0);
    QCOMPARE(again.existing, 2);
    // Another organisation's scope is empty.
    auto other = service.buildBatch({RouteService::BatchScope::Organisation, QStringLiteral("none")}, request(), false);
    QCOMPARE(other.people, 0);
}

void TestRouteService::batchInWorkerThreadWithCancel()
{
    std::atomic_bool cancel{false};
    RouteService::BatchResult cancelled, done;
    QString failure;
    std::thread worker([&] {
        try {
            auto db = m_db->openAnother(); // the worker's own connection
            RouteService service(*db);
            cancel = true;
            cancelled = service.buildBatch({}, request(), false, {}, &cancel);
            cancel = false;
            done = service.buildBatch({}, request(), false, {}, &cancel);
        } catch (const Error &e) {
            failure = e.message();
        }
    });
    worker.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(cancelled.cancelled);
    QCOMPARE(done.built, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM route")), 2); // the cancelled run left nothing
}

void TestRouteService::cliBuildRoutes()
{
    const QString cli = qEnvironmentVariable("METODIST_CLI");
    if (cli.isEmpty())
        QSKIP("METODIST_CLI is not set (run through ctest)");
    const QString path = m_db->path();
    m_db.reset(); // let the CLI have the file
    QProcess p;
    p.start(cli, {QStringLiteral("build-routes"), QStringLiteral("--profile"), path, QStringLiteral("--all"),
                  QStringLiteral("--from"), QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2027-06-30")});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("routes built and saved as drafts: 2")), qPrintable(out));
    QVERIFY2(err.contains(QStringLiteral("3/3 people")), qPrintable(err));
    m_db = Database::open(path);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM route WHERE status = 'draft'")), 2);
    const QString routeId = sql::scalar(m_db->db(), QStringLiteral("SELECT id FROM route WHERE person_id = ?"), {m_f->ivanova}).toString();
    m_db.reset();
    QProcess agree;
    agree.start(cli, {QStringLiteral("route"), QStringLiteral("status"), QStringLiteral("--profile"), path,
                      QStringLiteral("--route"), routeId, QStringLiteral("--to"), QStringLiteral("agreed")});
    QVERIFY(agree.waitForFinished(60000));
    QVERIFY2(agree.exitCode() == 0, agree.readAllStandardError().constData());
    QVERIFY(agree.readAllStandardOutput().contains("agreed"));
    // The printable card and the XLSX export through the CLI.
    const QString card = m_dir->filePath(QStringLiteral("card.html"));
    QProcess cardProcess;
    cardProcess.start(cli, {QStringLiteral("route"), QStringLiteral("card"), QStringLiteral("--profile"), path,
                            QStringLiteral("--route"), routeId, QStringLiteral("--out"), card});
    QVERIFY(cardProcess.waitForFinished(60000));
    QCOMPARE(cardProcess.exitCode(), 0);
    QFile cardFile(card);
    QVERIFY(cardFile.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(cardFile.readAll());
    QVERIFY(html.contains(QStringLiteral("Individual educational route")));
    QVERIFY(html.contains(QStringLiteral("Ivanova Anna")));
    QVERIFY(html.contains(QStringLiteral("Assessment criteria")));
    QVERIFY(html.contains(QStringLiteral("Orlova O. O."))); // head of the organisation signs
    QVERIFY(html.contains(QStringLiteral("Total: 28 h")));
    // The same card as PDF (QGuiApplication offscreen inside the CLI).
    const QString pdf = m_dir->filePath(QStringLiteral("card.pdf"));
    QProcess pdfProcess;
    pdfProcess.start(cli, {QStringLiteral("route"), QStringLiteral("card"), QStringLiteral("--profile"), path,
                           QStringLiteral("--route"), routeId, QStringLiteral("--pdf"), pdf});
    QVERIFY(pdfProcess.waitForFinished(60000));
    QVERIFY2(pdfProcess.exitCode() == 0, pdfProcess.readAllStandardError().constData());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QVERIFY2(pdfBytes.size() > 5000, QByteArray::number(pdfBytes.size()).constData()); // text with embedded fonts
    QVERIFY(pdfBytes.contains("/Type /Page") || pdfBytes.contains("/Type/Page"));
    QVERIFY(pdfBytes.trimmed().endsWith("%%EOF"));
    const QString xlsx = m_dir->filePath(QStringLiteral("routes.xlsx"));
    QProcess xlsxProcess;
    xlsxProcess.start(cli, {QStringLiteral("route"), QStringLiteral("export-xlsx"), QStringLiteral("--profile"), path,
                            QStringLiteral("--organisation"), m_f->org, QStringLiteral("--out"), xlsx});
    QVERIFY(xlsxProcess.waitForFinished(60000));
    QVERIFY2(xlsxProcess.exitCode() == 0, xlsxProcess.readAllStandardError().constData());
    QVERIFY(xlsxProcess.readAllStandardOutput().contains(": 2 routes"));
    QFile xlsxFile(xlsx);
    QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
    QVERIFY(xlsxFile.read(2) == "PK"); // a zip container
    QProcess bad;
    bad.start(cli, {QStringLiteral("build-routes"), QStringLiteral("--profile"), path});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 2);
    m_db = Database::open(path);
}

QTEST_GUILESS_MAIN(TestRouteService)
#include "tst_routeservice.moc"
