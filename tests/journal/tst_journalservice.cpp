// JournalService on a real profile: the grid, a batch of marks in one transaction,
// emptied cells, grade rules, completion of a group (statuses, documents with their
// sequences, the learners' route items closed with the certificate as evidence).
#include "journal/certificates.h"
#include "journal/journalservice.h"
#include "journalfixture.h"
#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::journal;

class TestJournalService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void gridAndMarks();
    void badMarkRollsBackTheBatch();
    void completionClosesRouteItems();
    void groupWithoutSessions();
    void futureSessionsAreNotHeld();
    void certificateSequences();

private:
    int count(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_db->db(), statement, values).toInt();
    }
    void markAll(const test::JournalScene &s, int learner, const QStringList &attendance)
    {
        QList<MarkEdit> edits;
        for (int i = 0; i < attendance.size(); ++i)
            edits << MarkEdit{s.sessionIds.at(i), s.personIds.at(learner), attendance.at(i), QString()};
        JournalService(*m_db).setMarks(s.groupId, edits);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestJournalService::init()
{
    m_db = Database::open(m_dir.filePath(QStringLiteral("p.metodist")));
}

void TestJournalService::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("p.metodist")));
}

void TestJournalService::gridAndMarks()
{
    const auto s = test::makeJournalScene(*m_db, 3, 4, QStringLiteral("PK"), QStringLiteral("five_point"));
    JournalService service(*m_db);
    service.setMarks(s.groupId, {{s.sessionIds.at(0), s.personIds.at(0), QStringLiteral("present"), QStringLiteral("5")},
                                 {s.sessionIds.at(1), s.personIds.at(0), QStringLiteral("late"), QString()},
                                 {s.sessionIds.at(3), s.personIds.at(2), QStringLiteral("absent"), QString()}});
    JournalGrid grid = service.load(s.groupId);
    QCOMPARE(grid.sessions.size(), 4);
    QCOMPARE(grid.learners.size(), 3);
    const int l0 = [&] { for (int i = 0; i < 3; ++i) if (grid.learners.at(i).personId == s.personIds.at(0)) return i; return -1; }();
    QVERIFY(l0 >= 0);
    QCOMPARE(grid.cell(l0, 0).attendance, QStringLiteral("present"));
    QCOMPARE(grid.cell(l0, 0).grade, QStringLiteral("5"));
    QCOMPARE(grid.cell(l0, 1).attendance, QStringLiteral("late"));
    QVERIFY(grid.cell(l0, 2).isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM journal_mark WHERE deleted = 0")), 3);
    // Changing and then emptying a cell keeps one row (unique cell), tombstoned when empty.
    service.setMarks(s.groupId, {{s.sessionIds.at(0), s.personIds.at(0), QStringLiteral("excused"), QString()}});
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM journal_mark WHERE attendance = 'excused' AND grade = ''")), 1);
    service.setMarks(s.groupId, {{s.sessionIds.at(0), s.personIds.at(0), QString(), QString()}});
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM journal_mark WHERE deleted = 0")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM journal_mark")), 3);
    grid = service.load(s.groupId);
    QVERIFY(grid.cell(l0, 0).isEmpty());
    // Setting it again revives the tombstone.
    service.setMarks(s.groupId, {{s.sessionIds.at(0), s.personIds.at(0), QStringLiteral("present"), QString()}});
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM journal_mark WHERE deleted = 0")), 3);
    // The edits went to the outbox for sync.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'journal_mark'")) >= 3);
}

void TestJournalService::badMarkRollsBackTheBatch()
{
    const auto s = test::makeJournalScene(*m_db, 2, 2, QStringLiteral("PK"), QStringLiteral("five_point"));
    JournalService service(*m_db);
    try {
        service.setMarks(s.groupId, {{s.sessionIds.at(0), s.personIds.at(0), QStringLiteral("present"), QStringLiteral("4")},
                                     {s.sessionIds.at(1), s.personIds.at(1), QStringLiteral("present"), QStringLiteral("7")}});
        QFAIL("a grade of 7 on the five-point scale was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("\"7\"")) && e.message().contains(s.personIds.at(1)), qPrintable(e.message()));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM journal_mark")), 0);
    QVERIFY_THROWS_EXCEPTION(Error, service.setMarks(s.groupId, {{s.sessionIds.at(0), s.personIds.at(0), QStringLiteral("here"), QString()}}));
}

void TestJournalService::completionClosesRouteItems()
{
    const auto s = test::makeJournalScene(*m_db, 4, 5, QStringLiteral("PP"), QStringLiteral("pass_fail"), 0.8);
    JournalService service(*m_db);
    const QString p = QStringLiteral("present"), a = QStringLiteral("absent"), e = QStringLiteral("excused"), l = QStringLiteral("late");
    markAll(s, 0, {p, p, l, p, a});        // 4/5 = 0.8: completes
    markAll(s, 1, {p, p, p, a, a});        // 3/5: not completed
    markAll(s, 2, {a, a, a, p, a});        // 1/5 < 0.4: expelled
    markAll(s, 3, {p, e, e, p, p});        // 3/3: attendance fine, but no final result
    service.setFinal(s.enrolmentIds.at(0), QStringLiteral("Проект: читательская грамотность"), QStringLiteral("pass"));
    service.setFinal(s.enrolmentIds.at(1), QStringLiteral("Проект"), QStringLiteral("pass"));
    QVERIFY_THROWS_EXCEPTION(Error, service.setFinal(s.enrolmentIds.at(2), QString(), QStringLiteral("5")));

    // A cancelled item of the same programme stays cancelled.
    Rows::update(*m_db, QStringLiteral("route_item"), s.routeItemIds.at(1), {{QStringLiteral("status"), QStringLiteral("cancelled")}});

    const CompletionReport preview = service.evaluate(s.groupId, QDate(2025, 11, 1));
    QCOMPARE(preview.completed, 1);
    QCOMPARE(preview.expelled, 1);
    QCOMPARE(preview.notCompleted, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificate")), 0); // evaluate writes nothing

    const CompletionReport report = service.complete(s.groupId, QDate(2025, 11, 1));
    QCOMPARE(report.certificates, 4);
    QCOMPARE(report.routeItemsClosed, 1);
    auto status = [&](int i) { return Rows::get(*m_db, QStringLiteral("enrolment"), s.enrolmentIds.at(i)).value(QStringLiteral("status")).toString(); };
    QCOMPARE(status(0), QStringLiteral("completed"));
    QCOMPARE(status(1), QStringLiteral("not_completed"));
    QCOMPARE(status(2), QStringLiteral("expelled"));
    QCOMPARE(status(3), QStringLiteral("not_completed"));
    // The completed learner's route item is done, the certificate its evidence.
    const QVariantMap item = Rows::get(*m_db, QStringLiteral("route_item"), s.routeItemIds.at(0));
    QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    const QString certId = sql::scalar(m_db->db(), QStringLiteral("SELECT id FROM certificate WHERE enrolment_id = ?"), {s.enrolmentIds.at(0)}).toString();
    QVERIFY(item.value(QStringLiteral("evidence")).toString().contains(certId));
    QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT doc_kind FROM certificate WHERE id = ?"), {certId}).toString(), QStringLiteral("pp_diploma"));
    QCOMPARE(Rows::get(*m_db, QStringLiteral("route_item"), s.routeItemIds.at(1)).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(Rows::get(*m_db, QStringLiteral("route_item"), s.routeItemIds.at(2)).value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE doc_kind = 'study_reference'")), 3);
    QCOMPARE(Rows::get(*m_db, QStringLiteral("study_group"), s.groupId).value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    // Completing again issues nothing new.
    QCOMPARE(service.complete(s.groupId, QDate(2025, 11, 1)).certificates, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificate")), 4);
    // The register lists them by date.
    QCOMPARE(CertificateService(*m_db).registerOf(QDate(2025, 1, 1), QDate(2025, 12, 31)).size(), 4);
    QCOMPARE(CertificateService(*m_db).registerOf(QDate(2026, 1, 1), QDate()).size(), 0);
}

void TestJournalService::groupWithoutSessions()
{
    const auto s = test::makeJournalScene(*m_db, 2, 0);
    JournalService service(*m_db);
    service.setFinal(s.enrolmentIds.at(0), QString(), QStringLiteral("pass"));
    const JournalGrid grid = service.load(s.groupId);
    QCOMPARE(grid.sessions.size(), 0);
    QCOMPARE(grid.learners.size(), 2);
    const CompletionReport r = service.evaluate(s.groupId, QDate(2025, 11, 1));
    QCOMPARE(r.outcomes.size(), 2);
    for (const LearnerOutcome &o : r.outcomes)
        QCOMPARE(o.decision.status, QStringLiteral("not_completed"));
}

void TestJournalService::futureSessionsAreNotHeld()
{
    const auto s = test::makeJournalScene(*m_db, 1, 3);
    JournalService service(*m_db);
    service.setMarks(s.groupId, {{s.sessionIds.at(0), s.personIds.at(0), QStringLiteral("present"), QString()},
                                 {s.sessionIds.at(1), s.personIds.at(0), QStringLiteral("present"), QString()}});
    service.setFinal(s.enrolmentIds.at(0), QString(), QStringLiteral("pass"));
    // On 2 October two of the three sessions have been held, both attended.
    const LearnerOutcome o = service.evaluate(s.groupId, QDate(2025, 10, 2)).outcomes.first();
    QCOMPARE(o.count.held, 2);
    QCOMPARE(o.decision.status, QStringLiteral("completed"));
    // Later the third, unmarked, counts as an absence: 2 / 3 < 0.8.
    QCOMPARE(service.evaluate(s.groupId, QDate(2025, 11, 1)).outcomes.first().decision.status, QStringLiteral("not_completed"));
}

void TestJournalService::certificateSequences()
{
    const auto s = test::makeJournalScene(*m_db, 3, 1);
    CertificateService certs(*m_db);
    sql::Transaction tx(m_db->db());
    const CertificateRecord a = certs.issue(s.enrolmentIds.at(0), QStringLiteral("pk_certificate"), QDate(2025, 11, 2));
    const CertificateRecord b = certs.issue(s.enrolmentIds.at(1), QStringLiteral("pp_diploma"), QDate(2025, 11, 3));
    const CertificateRecord c = certs.issue(s.enrolmentIds.at(2), QStringLiteral("study_reference"), QDate(2025, 11, 3));
    tx.commit();
    QCOMPARE(a.series, QStringLiteral("2725"));
    QCOMPARE(a.number, QStringLiteral("0000001"));
    QCOMPARE(a.regNumber, QStringLiteral("ПК-2025/00001"));
    QCOMPARE(b.number, QStringLiteral("0000002"));
    QCOMPARE(b.regNumber, QStringLiteral("ПП-2025/00002"));
    QCOMPARE(c.number, QStringLiteral("СО-000001"));
    QVERIFY(c.series.isEmpty());
    QVERIFY_THROWS_EXCEPTION(Error, certs.issue(s.enrolmentIds.at(0), QStringLiteral("pk_certificate"), QDate(2025, 11, 4)));
}

QTEST_GUILESS_MAIN(TestJournalService)
#include "tst_journalservice.moc"
