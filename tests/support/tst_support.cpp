// Support features on real profile files: the mentoring rules, young teachers without
// a mentor against the register's own definition, community membership, survey
// aggregates against sums made here, the XLSX read back, and the portfolio of demo
// people against SQL of their own.
#include "demo/demogenerator.h"
#include "groupsfixture.h"
#include "io/xlsxreader.h"
#include "registry/person.h"
#include "storage/sql.h"
#include "support/community.h"
#include "support/mentoring.h"
#include "support/portfolio.h"
#include "support/surveys.h"
#include "testprofile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::support;

namespace {

QSet<QString> ids(QSqlQuery q, int column)
{
    QSet<QString> set;
    while (q.next())
        set.insert(q.value(column).toString());
    return set;
}

MentoringPair pairOf(const QString &mentor, const QString &mentee, const QDate &from, const QDate &to, const QString &goal = {})
{
    MentoringPair pair;
    pair.mentorId = mentor;
    pair.menteeId = mentee;
    pair.startsOn = from;
    pair.endsOn = to;
    pair.goal = goal;
    return pair;
}

} // namespace

class TestSupport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<Database> region(const QString &name, test::SmallRegion &people)
    {
        auto db = Database::open(m_dir.filePath(name));
        people = test::makeSmallRegion(*db, 2, 2, 5); // 20 people
        return db;
    }

private slots:
    void mentorCannotMentorThemselves()
    {
        test::SmallRegion r;
        auto db = region(QStringLiteral("self.metodist"), r);
        MentoringService service(*db);
        const MentoringPair pair = pairOf(r.personIds.at(0), r.personIds.at(0), QDate(2026, 9, 1), QDate(2027, 6, 30));
        try {
            service.create(pair);
            QFAIL("self-mentoring was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("themselves")), qPrintable(e.message()));
        }
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM mentoring_pair")).toInt(), 0);
    }

    void overlappingActivePairsRefused()
    {
        test::SmallRegion r;
        auto db = region(QStringLiteral("overlap.metodist"), r);
        MentoringService service(*db);
        const QString mentee = r.personIds.at(1);
        const QString first = service.create(pairOf(r.personIds.at(0), mentee, QDate(2026, 9, 1), QDate(2027, 6, 30), QStringLiteral("Адаптация")));
        QCOMPARE(service.get(first).goal, QStringLiteral("Адаптация"));
        QCOMPARE(service.get(first).status, QStringLiteral("active"));
        const QString firstMentor = sql::scalar(db->db(), QStringLiteral("SELECT last_name FROM person WHERE id = ?"), {r.personIds.at(0)}).toString();

        // Overlapping periods, including touching on one day and an open end, are refused with a message naming the other mentor.
        const QList<QPair<QDate, QDate>> clashes = {{QDate(2027, 1, 1), QDate(2027, 12, 31)},
                                                    {QDate(2026, 1, 1), QDate(2026, 9, 1)},
                                                    {QDate(2027, 6, 30), QDate()},
                                                    {QDate(2025, 1, 1), QDate()}};
        for (const auto &period : clashes) {
            try {
                service.create(pairOf(r.personIds.at(2), mentee, period.first, period.second));
                QFAIL(qPrintable(QStringLiteral("overlap accepted: %1").arg(period.first.toString(Qt::ISODate))));
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(firstMentor), qPrintable(e.message()));
            }
        }
        // Before or after the pair: accepted (an earlier pair that ended).
        const QString later = service.create(pairOf(r.personIds.at(2), mentee, QDate(2027, 7, 1), QDate(2028, 6, 30)));
        QVERIFY(!later.isEmpty());
        // End date before start: refused.
        QVERIFY_THROWS_EXCEPTION(Error, service.create(pairOf(r.personIds.at(3), r.personIds.at(4), QDate(2026, 9, 1), QDate(2026, 8, 1))));
        // Ending the first pair frees its period for another mentor.
        QVERIFY_THROWS_EXCEPTION(Error, service.end(first, QDate(2026, 8, 1))); // before its start
        service.end(first, QDate(2026, 12, 31));
        QCOMPARE(service.get(first).status, QStringLiteral("finished"));
        QVERIFY_THROWS_EXCEPTION(Error, service.end(first, QDate(2027, 1, 1))); // not active any more
        QVERIFY(!service.create(pairOf(r.personIds.at(3), mentee, QDate(2027, 1, 1), QDate(2027, 6, 1))).isEmpty());
        // A different mentee with the same mentor is fine.
        QVERIFY(!service.create(pairOf(r.personIds.at(0), r.personIds.at(5), QDate(2026, 9, 1), QDate())).isEmpty());
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM mentoring_pair WHERE status = 'active'")).toInt(), 3);
        // The changes went to the outbox for sync.
        QVERIFY(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'mentoring_pair'")).toInt() >= 4);
    }

    void youngWithoutMentorUsesTheRegisterDefinition()
    {
        test::SmallRegion r;
        auto db = region(QStringLiteral("young.metodist"), r);
        const QDate today = QDate::currentDate();
        // Three young teachers, one only just too old, one too long in the profession.
        const auto set = [&](int i, const QDate &birth, const QDate &start) {
            sql::exec(db->db(), QStringLiteral("UPDATE person SET birth_date = ?, profession_start_date = ? WHERE id = ?"),
                      {birth.toString(Qt::ISODate), start.toString(Qt::ISODate), r.personIds.at(i)});
        };
        set(1, today.addYears(-25), today.addYears(-1));
        set(2, today.addYears(-30), today.addMonths(-2));
        set(3, today.addYears(-34), today.addYears(-2));
        set(4, today.addYears(-35), today.addYears(-1));
        set(5, today.addYears(-28), today.addYears(-3));
        MentoringService(*db).create(pairOf(r.personIds.at(0), r.personIds.at(2), today.addDays(-10), QDate()));

        QSet<QString> expected;
        QSqlQuery all = sql::exec(db->db(), QStringLiteral("SELECT id, birth_date, profession_start_date FROM person WHERE deleted = 0"));
        while (all.next())
            if (isYoungTeacher(QDate::fromString(all.value(1).toString(), Qt::ISODate), QDate::fromString(all.value(2).toString(), Qt::ISODate), today)
                && all.value(0).toString() != r.personIds.at(2))
                expected.insert(all.value(0).toString());
        QVERIFY(expected.contains(r.personIds.at(1)) && expected.contains(r.personIds.at(3)));
        QVERIFY(!expected.contains(r.personIds.at(4)) && !expected.contains(r.personIds.at(5)));

        StaffFilter filter;
        const StaffQuery page = MentoringService::youngWithoutMentorQuery(filter, 100, 0);
        QCOMPARE(ids(sql::exec(db->db(), page.sql, page.values), 8), expected);
        const StaffQuery count = MentoringService::youngWithoutMentorCountQuery(filter);
        QCOMPARE(sql::scalar(db->db(), count.sql, count.values).toInt(), expected.size());
        // Ending the pair puts the mentee back on the list.
        const QString pair = sql::scalar(db->db(), QStringLiteral("SELECT id FROM mentoring_pair")).toString();
        MentoringService(*db).end(pair, today);
        QCOMPARE(sql::scalar(db->db(), count.sql, count.values).toInt(), expected.size() + 1);
    }

    void communityMembership()
    {
        test::SmallRegion r;
        auto db = region(QStringLiteral("community.metodist"), r);
        CommunityService service(*db);
        QVERIFY_THROWS_EXCEPTION(Error, service.createCommunity(QStringLiteral("  "), QStringLiteral("professional"), {}));
        QVERIFY_THROWS_EXCEPTION(Error, service.createCommunity(QStringLiteral("X"), QStringLiteral("club"), {}));
        const QString active = service.createCommunity(QStringLiteral("Региональный методический актив"), QStringLiteral("methodical_active"), {});
        const QString expert = service.addMember(active, r.personIds.at(0), QStringLiteral("expert"), QDate(2026, 1, 15));
        service.addMember(active, r.personIds.at(1), QStringLiteral("tutor"), QDate());
        try {
            service.addMember(active, r.personIds.at(0), QStringLiteral("member"), QDate());
            QFAIL("a second membership was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("already")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, service.addMember(active, r.personIds.at(2), QStringLiteral("king"), QDate()));
        service.setRole(expert, QStringLiteral("head"));
        QList<CommunityMember> members = service.members(active);
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(0).personId, r.personIds.at(0)); // the head first
        QCOMPARE(members.at(0).role, QStringLiteral("head"));
        QCOMPARE(members.at(0).joinedOn, QDate(2026, 1, 15));
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT role FROM community_member WHERE id = ?"), {expert}).toString(), QStringLiteral("head"));
        service.removeMember(expert);
        QCOMPARE(service.members(active).size(), 1);
        service.removeCommunity(active);
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM community_member WHERE deleted = 0")).toInt(), 0);
        QCOMPARE(sql::scalar(db->db(), CommunityService::communityListSql()).isValid(), false);
    }

    void surveyAggregatesMatchHandSums()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("survey.metodist")));
        testing::GroupsFixture f(*db);
        // Marks for content, instructors, organisation, usefulness, overall; two groups of two programmes.
        struct Answer { QString group; int marks[5]; QString comment; };
        const QList<Answer> answers = {{f.groupA, {5, 5, 4, 5, 5}, QStringLiteral("Отлично")},
                                       {f.groupA, {4, 3, 4, 4, 4}, {}},
                                       {f.groupA, {2, 3, 1, 2, 2}, QStringLiteral("Неудобное время")},
                                       {f.groupB, {5, 4, 5, 5, 5}, {}},
                                       {f.groupB, {3, 4, 3, 3, 3}, {}}};
        const QStringList codes{QStringLiteral("content"), QStringLiteral("instructors"), QStringLiteral("organisation"), QStringLiteral("usefulness")};
        for (const Answer &a : answers) {
            SurveyResponse r;
            r.surveyCode = QStringLiteral("course_satisfaction");
            r.groupId = a.group;
            r.answeredOn = QDate(2026, 10, 1);
            for (int q = 0; q < 4; ++q)
                r.answers.insert(codes.at(q), a.marks[q]);
            r.satisfaction = a.marks[4];
            r.comment = a.comment;
            Surveys::save(*db, r);
        }
        // Refusals: a mark missing, out of range, no group for a survey about a group.
        SurveyResponse bad;
        bad.surveyCode = QStringLiteral("course_satisfaction");
        bad.groupId = f.groupA;
        bad.answeredOn = QDate(2026, 10, 1);
        bad.answers = {{QStringLiteral("content"), 5}};
        bad.satisfaction = 5;
        QVERIFY_THROWS_EXCEPTION(Error, Surveys::save(*db, bad));
        for (const QString &c : codes)
            bad.answers.insert(c, 6);
        QVERIFY_THROWS_EXCEPTION(Error, Surveys::save(*db, bad));
        for (const QString &c : codes)
            bad.answers.insert(c, 3);
        bad.groupId.clear();
        QVERIFY_THROWS_EXCEPTION(Error, Surveys::save(*db, bad));
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM survey_response")).toInt(), answers.size());

        const SurveyResults res = Surveys::results(*db, QStringLiteral("course_satisfaction"));
        QCOMPARE(res.responses, 5);
        QCOMPARE(res.questions.size(), 5);
        for (int q = 0; q < 5; ++q) {
            int counts[5] = {0, 0, 0, 0, 0};
            double sum = 0;
            for (const Answer &a : answers) {
                ++counts[a.marks[q] - 1];
                sum += a.marks[q];
            }
            for (int m = 0; m < 5; ++m)
                QCOMPARE(res.questions.at(q).counts[m], counts[m]);
            QCOMPARE(res.questions.at(q).n, 5);
            QVERIFY(qFuzzyCompare(res.questions.at(q).mean, sum / 5));
        }
        QCOMPARE(res.questions.at(0).mean, 3.8);  // (5+4+2+5+3)/5
        QCOMPARE(res.questions.at(4).code, QStringLiteral("satisfaction"));
        // Per programme: group B's (5+3)/2 = 4 before group A's (5+4+2)/3 = 3.67.
        QCOMPARE(res.programmes.size(), 2);
        QCOMPARE(res.programmes.at(0).programmeId, f.longProgramme);
        QCOMPARE(res.programmes.at(0).meanSatisfaction, 4.0);
        QCOMPARE(res.programmes.at(1).n, 3);
        QVERIFY(qFuzzyCompare(res.programmes.at(1).meanSatisfaction, 11.0 / 3));
        QCOMPARE(res.comments.size(), 2);
        // One programme, and a period that excludes everything.
        const SurveyResults one = Surveys::results(*db, QStringLiteral("course_satisfaction"), {}, {}, f.shortProgramme);
        QCOMPARE(one.responses, 3);
        QCOMPARE(one.questions.at(2).counts[3], 2); // organisation: 4, 4
        QCOMPARE(Surveys::results(*db, QStringLiteral("course_satisfaction"), QDate(2026, 10, 2), {}).responses, 0);

        // The XLSX has the same figures.
        const QString xlsx = m_dir.filePath(QStringLiteral("survey.xlsx"));
        Surveys::exportXlsx(xlsx, res);
        const io::Table sheet = io::XlsxReader::read(xlsx);
        QCOMPARE(sheet.rows.size(), 5);
        QCOMPARE(sheet.rows.at(0).cell(0), res.questions.at(0).text);
        QCOMPARE(sheet.rows.at(0).cell(5).toInt(), 2); // content: two fives
        QCOMPARE(sheet.rows.at(0).cell(7).toDouble(), 3.8);
        QCOMPARE(sheet.rows.at(4).cell(6).toInt(), 5);
    }

    void portfolioMatchesSql()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.metodist"));
        DemoOptions options;
        options.staff = 600;
        options.seed = 11;
        generateDemoRegion(path, options);
        auto db = Database::open(path);
        const QSqlDatabase c = db->db();
        // The demo fills what the support screens show.
        QVERIFY(sql::scalar(c, QStringLiteral("SELECT count(*) FROM mentoring_pair WHERE goal <> ''")).toInt() > 0);
        QVERIFY(sql::scalar(c, QStringLiteral("SELECT count(*) FROM community_member WHERE role = 'head'")).toInt() > 0);
        QVERIFY(sql::scalar(c, QStringLiteral("SELECT count(*) FROM survey_response WHERE answers LIKE '%comment%'")).toInt() > 0);

        // People with the most in their portfolio, and one with nothing at all.
        QStringList people = {sql::scalar(c, QStringLiteral(
            "SELECT person_id FROM portfolio_item GROUP BY person_id ORDER BY count(*) DESC LIMIT 1")).toString(),
                              sql::scalar(c, QStringLiteral("SELECT person_id FROM certificate GROUP BY person_id ORDER BY count(*) DESC LIMIT 1")).toString(),
                              sql::scalar(c, QStringLiteral("SELECT mentee_person_id FROM mentoring_pair LIMIT 1")).toString(),
                              sql::scalar(c, QStringLiteral("SELECT mentor_person_id FROM mentoring_pair LIMIT 1")).toString()};
        for (const QString &person : people) {
            QVERIFY(!person.isEmpty());
            const PortfolioData d = Portfolio::load(*db, person);
            const auto count = [&](const char *statement) { return sql::scalar(c, QString::fromLatin1(statement), {person}).toInt(); };
            QCOMPARE(d.diagnostics.size(), count("SELECT count(*) FROM diagnostic WHERE person_id = ? AND deleted = 0"));
            QCOMPARE(d.routes.size(), count("SELECT count(*) FROM route WHERE person_id = ? AND deleted = 0"));
            QCOMPARE(d.documents.size(), count("SELECT count(*) FROM certificate WHERE person_id = ? AND deleted = 0"));
            QCOMPARE(d.items.size(), count("SELECT count(*) FROM portfolio_item WHERE person_id = ? AND deleted = 0"));
            QCOMPARE(d.support.size(),
                     sql::scalar(c, QStringLiteral("SELECT (SELECT count(*) FROM mentoring_pair WHERE (mentor_person_id = ? OR mentee_person_id = ?) "
                                                   "AND deleted = 0) + (SELECT count(*) FROM community_member WHERE person_id = ? AND deleted = 0)"),
                                 {person, person, person}).toInt());
            // Each diagnostic's result recomputed from its scores.
            for (const PortfolioDiagnostic &x : d.diagnostics) {
                QSqlQuery s = sql::exec(c, QStringLiteral("SELECT score, max_score, level FROM diagnostic_score WHERE diagnostic_id = ? AND deleted = 0"),
                                        {x.id});
                double score = 0, max = 0;
                int pronounced = 0, partial = 0;
                while (s.next()) {
                    score += s.value(0).toDouble();
                    max += s.value(1).toDouble();
                    pronounced += s.value(2).toInt() == 2;
                    partial += s.value(2).toInt() == 1;
                }
                QVERIFY(max > 0);
                QVERIFY2(std::abs(x.percent - 100 * score / max) < 1e-6, qPrintable(x.instrument));
                QCOMPARE(x.pronounced, pronounced);
                QCOMPARE(x.partial, partial);
            }
            // Done items never exceed the items of a route.
            for (const PortfolioRoute &x : d.routes)
                QVERIFY(x.done <= x.items);
            const QString html = Portfolio::html(d);
            QVERIFY(html.contains(d.name.toHtmlEscaped()));
            for (const PortfolioItem &item : d.items)
                QVERIFY2(html.contains(item.title.toHtmlEscaped()), qPrintable(item.title));
            for (const PortfolioDocument &doc : d.documents)
                QVERIFY(html.contains(doc.regNumber.toHtmlEscaped()));
        }
        // Items added and removed through the service show up and go.
        const QString person = people.at(0);
        const int before = Portfolio::load(*db, person).items.size();
        const QString item = Portfolio::addItem(*db, person, QStringLiteral("competition"), QStringLiteral("Учитель года — 2026"), QDate::currentDate().addDays(1));
        QCOMPARE(Portfolio::load(*db, person).items.size(), before + 1);
        QCOMPARE(Portfolio::load(*db, person).items.at(0).title, QStringLiteral("Учитель года — 2026"));
        QVERIFY_THROWS_EXCEPTION(Error, Portfolio::addItem(*db, person, QStringLiteral("medal"), QStringLiteral("x"), {}));
        QVERIFY_THROWS_EXCEPTION(Error, Portfolio::addItem(*db, person, QStringLiteral("product"), QStringLiteral(" "), {}));
        Portfolio::removeItem(*db, item);
        QCOMPARE(Portfolio::load(*db, person).items.size(), before);
        QVERIFY_THROWS_EXCEPTION(Error, Portfolio::load(*db, QStringLiteral("no-such-person")));
    }
};

QTEST_GUILESS_MAIN(TestSupport)
#include "tst_support.moc"
