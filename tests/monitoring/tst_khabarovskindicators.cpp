// The Khabarovsk results (seed 002 §7) on a small hand-built profile. Every expected
// figure is counted by hand in the comments next to the rows that make it.
#include "monitoringfixture.h"

#include <QTemporaryDir>

using namespace metodist;
using namespace metodist::monitoring;
using metodist::test::checkIndicator;

class TestKhabarovskIndicators : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_m1, m_m2, m_s1, m_s2;

    static QString S(const char *s) { return QString::fromUtf8(s); }
    Scope scope(Level level = Level::Region, const QString &id = {}) const
    {
        return {QDate(2026, 1, 1), QDate(2026, 12, 31), level, id};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Database::open(m_dir.filePath(S("k.sqlite")));
        test::MonitoringRows r{*m_db};
        m_m1 = r.municipality("M1");
        m_m2 = r.municipality("M2");
        m_s1 = r.organisation("S1", "school", m_m1);
        m_s2 = r.organisation("S2", "school", m_m2);
        const QString iro = r.organisation("IRO", "further_education", m_m1);
        const QString part = r.organisation("Partner", "partner", m_m2);

        // Staff at the end of 2026: A, B, G (M1, S1); C, D (M2, S2). E is hired after the
        // period (not staff in 2026), F is deleted.
        const QString a = r.person(m_s1, m_m1, "A", "1975-01-01", "2000-09-01", "2010-09-01", true);
        const QString b = r.person(m_s1, m_m1, "B", "1990-01-01", "2015-09-01", "2015-09-01");
        const QString c = r.person(m_s2, m_m2, "C", "1985-01-01", "2010-09-01", "2012-09-01");
        const QString d = r.person(m_s2, m_m2, "D", "1970-01-01", "1995-09-01", "2026-06-01", true); // moved to S2 in 2026
        const QString e = r.person(m_s2, m_m2, "E", "1980-01-01", "2005-09-01", "2027-02-01", true);
        const QString f = r.person(m_s1, m_m1, "F", "1980-01-01", "2005-09-01", "2005-09-01");
        r.drop("person", f);
        const QString g = r.person(m_s1, m_m1, "G", "1976-01-01", "2001-09-01", "2001-09-01", true);

        // Diagnostics with deficit levels (through diagnostic_score).
        const QString area = r.ins("competence_area", {{S("code"), S("AR1")}, {S("name"), S("Area 1")}});
        const QString comp = r.ins("competence", {{S("area_id"), area}, {S("code"), S("C1")}, {S("name"), S("C1")}});
        const QString inst = r.ins("instrument", {{S("name"), S("I")}, {S("kind"), S("regional")}});
        auto diag = [&](const QString &p, const char *on, int level) { return r.diagnostic(p, inst, on, {{comp, level}}); };
        const QString da = diag(a, "2026-02-01", 2); // deficit
        diag(b, "2026-03-01", 0);                    // none
        const QString dc = diag(c, "2026-04-01", 1); // deficit
        diag(d, "2025-05-01", 2);                    // before the period
        const QString de = diag(e, "2026-05-01", 2); // not staff
        r.drop("diagnostic", diag(g, "2026-06-01", 2)); // G's deficit diagnostic is deleted...
        const QString dg = diag(g, "2026-07-01", 0);    // ...and the living one says none

        // Routes and their stages.
        auto route = [&](const QString &p, const QVariant &diagnostic, const char *from, const char *to, const char *status) {
            return r.ins("route", {{S("person_id"), p}, {S("diagnostic_id"), diagnostic}, {S("period_start"), S(from)},
                                   {S("period_end"), S(to)}, {S("status"), S(status)}});
        };
        auto item = [&](const QString &rt, const char *stage, const char *status = "planned") {
            return r.ins("route_item", {{S("route_id"), rt}, {S("stage"), S(stage)}, {S("kind"), S("material")},
                                        {S("status"), S(status)}});
        };
        const QString ra = route(a, da, "2026-03-01", "2026-12-31", "agreed"); // three stages
        item(ra, "pre");
        const QString raCourse = item(ra, "course");
        item(ra, "post", "done");
        const QString rc1 = route(c, dc, "2026-01-01", "2026-12-31", "cancelled"); // cancelled: nowhere
        item(rc1, "pre");
        item(rc1, "course");
        item(rc1, "post");
        const QString rc2 = route(c, QVariant(), "2026-01-01", "2026-06-30", "draft"); // post item cancelled
        item(rc2, "pre");
        item(rc2, "course");
        item(rc2, "post", "cancelled");
        const QString rb = route(b, QVariant(), "2025-01-01", "2025-12-31", "completed"); // before the period
        item(rb, "pre");
        item(rb, "course");
        item(rb, "post");
        const QString rg = route(g, dg, "2026-09-01", "2027-08-31", "in_progress"); // its pre item deleted
        r.drop("route_item", item(rg, "pre"));
        const QString rgCourse = item(rg, "course");
        item(rg, "post");
        const QString rd = route(d, QVariant(), "2026-06-01", "2026-12-31", "agreed"); // three stages
        item(rd, "pre");
        item(rd, "course");
        item(rd, "post");
        item(rd, "post");
        const QString re = route(e, de, "2026-01-01", "2026-12-31", "agreed"); // not staff in 2026
        item(re, "pre");
        item(re, "course");
        item(re, "post");

        // Programmes, groups, enrolments.
        auto prog = [&](const char *t, const QString &provider, int network) {
            return r.ins("programme", {{S("title"), S(t)}, {S("kind"), S("PK")}, {S("hours"), 36}, {S("form"), S("blended")},
                                       {S("provider_org_id"), provider}, {S("network_form"), network}});
        };
        const QString p1 = prog("P1", iro, 0), p2 = prog("P2", part, 1), p3 = prog("P3", iro, 1), p4 = prog("P4", iro, 0),
                      p5 = prog("P5", iro, 1);
        r.drop("programme", p5);
        auto group = [&](const QString &p, const char *code, const char *from, const char *to, const char *status = "finished") {
            return r.ins("study_group", {{S("programme_id"), p}, {S("code"), S(code)}, {S("starts_on"), S(from)},
                                         {S("ends_on"), S(to)}, {S("status"), S(status)}});
        };
        const QString g1 = group(p1, "G1", "2026-01-15", "2026-05-31");
        const QString g2 = group(p2, "G2", "2026-09-01", "2026-10-31");
        const QString g3 = group(p1, "G3", "2025-09-01", "2025-12-31");
        group(p3, "G4", "2026-03-01", "2026-04-30", "cancelled");
        group(p4, "G5", "2025-09-01", "2026-02-28");
        group(p5, "G6", "2026-03-01", "2026-04-30");
        auto enrol = [&](const QString &grp, const QString &p, const QVariant &routeItem, const QVariant &outcome) {
            r.ins("enrolment", {{S("group_id"), grp}, {S("person_id"), p}, {S("enrolled_on"), S("2025-09-01")},
                                {S("status"), S("completed")}, {S("route_item_id"), routeItem}, {S("outcome_on"), outcome}});
        };
        enrol(g1, a, raCourse, QVariant());         // completed 2026-05-31 through a route
        enrol(g1, b, QVariant(), QVariant());       // completed, not through a route
        enrol(g2, c, QVariant(), S("2027-01-10"));  // completed after the period
        enrol(g3, d, raCourse, QVariant());         // completed in 2025
        enrol(g2, g, rgCourse, S("2026-11-01"));    // completed through a route
        enrol(g1, e, raCourse, QVariant());         // not staff

        // The actives.
        const QString ma = r.ins("community", {{S("name"), S("MA")}, {S("kind"), S("methodical_active")}});
        const QString mg = r.ins("community", {{S("name"), S("MG")}, {S("kind"), S("managerial_active")}});
        const QString md = r.ins("community", {{S("name"), S("MD")}, {S("kind"), S("methodical_active")}});
        r.drop("community", md);
        r.ins("community_member", {{S("community_id"), ma}, {S("person_id"), a}, {S("joined_on"), S("2025-05-01")}});
        r.ins("community_member", {{S("community_id"), md}, {S("person_id"), b}});
        r.ins("community_member", {{S("community_id"), ma}, {S("person_id"), g}, {S("joined_on"), S("2027-01-05")}});
        r.ins("role_assignment", {{S("person_id"), c}, {S("role"), S("regional_active")}, {S("since"), S("2026-03-01")}});
        r.ins("role_assignment", {{S("person_id"), d}, {S("role"), S("regional_active")}, {S("since"), S("2020-01-01")},
                                  {S("until"), S("2025-12-31")}});
        r.ins("community_member", {{S("community_id"), mg}, {S("person_id"), d}});
        r.drop("community_member", r.ins("community_member", {{S("community_id"), mg}, {S("person_id"), a}}));
        r.ins("community_member", {{S("community_id"), mg}, {S("person_id"), e}}); // not staff
    }

    void enumerableWithStableCodes()
    {
        QStringList khabarovsk;
        QSet<QString> codes;
        for (const auto &def : Indicators::definitions()) {
            QVERIFY2(!codes.contains(def.code), qPrintable(def.code));
            codes.insert(def.code);
            QVERIFY(def.origin == S("perm") || def.origin == S("khabarovsk"));
            QVERIFY(!def.title.isEmpty());
            if (def.origin == S("khabarovsk"))
                khabarovsk << def.code;
        }
        QCOMPARE(khabarovsk, (QStringList{S("deficit_route_share"), S("three_stage_routes_share"),
                                          S("personalised_training_share"), S("methodical_active_share"),
                                          S("managerial_active_share"), S("network_programmes_share")}));
    }

    void deficitRoutes()
    {
        // Deficit in 2026: A (route on a diagnostic), C (only a cancelled one and one
        // without a diagnostic). D's deficit is from 2025, E is not staff, G's is in a deleted diagnostic.
        checkIndicator(*m_db, "deficit_route_share", scope(), 1, 2);
        checkIndicator(*m_db, "deficit_route_share", scope(Level::Municipality, m_m1), 1, 1);
        checkIndicator(*m_db, "deficit_route_share", scope(Level::Municipality, m_m2), 0, 1);
        checkIndicator(*m_db, "deficit_route_share", scope(Level::Organisation, m_s2), 0, 1);
    }

    void threeStageRoutes()
    {
        // Routes of staff overlapping 2026, not cancelled: RA, RC2, RG, RD; all stages: RA, RD.
        checkIndicator(*m_db, "three_stage_routes_share", scope(), 2, 4);
        checkIndicator(*m_db, "three_stage_routes_share", scope(Level::Municipality, m_m1), 1, 2); // RA, RG
        checkIndicator(*m_db, "three_stage_routes_share", scope(Level::Municipality, m_m2), 1, 2); // RD, RC2
        const auto rows = Indicators::drillDown(*m_db, *Indicators::find(S("three_stage_routes_share")), scope(),
                                                DrillSet::NotCounted);
        QStringList labels;
        for (const auto &row : rows)
            labels << row.label;
        QCOMPARE(labels, (QStringList{S("C A (2026-01-01 - 2026-06-30)"), S("G A (2026-09-01 - 2027-08-31)")}));
    }

    void personalisedTraining()
    {
        // Completed in 2026: A (route item), B (none), G (route item).
        checkIndicator(*m_db, "personalised_training_share", scope(), 2, 3);
        checkIndicator(*m_db, "personalised_training_share", scope(Level::Municipality, m_m1), 2, 3);
        checkIndicator(*m_db, "personalised_training_share", scope(Level::Municipality, m_m2), 0, 0);
        const auto m2 = Indicators::compute(*m_db, *Indicators::find(S("personalised_training_share")),
                                            scope(Level::Municipality, m_m2));
        QVERIFY(!m2.hasData());
        QVERIFY(!m2.share().has_value());
        QCOMPARE(Indicators::formatValue(m2), S("no data"));
    }

    void actives()
    {
        // Methodical: A (member), C (role since March 2026) out of 5 staff.
        checkIndicator(*m_db, "methodical_active_share", scope(), 2, 5);
        checkIndicator(*m_db, "methodical_active_share", scope(Level::Municipality, m_m1), 1, 3);
        checkIndicator(*m_db, "methodical_active_share", scope(Level::Municipality, m_m2), 1, 2);
        // In 2025 (staff: A, B, C, G — D came in 2026): only D's role was active then, and
        // D is not staff of 2025; A had joined in May 2025.
        checkIndicator(*m_db, "methodical_active_share", {QDate(2025, 1, 1), QDate(2025, 12, 31), Level::Region, {}}, 1, 4);
        // Managerial: managers A, D, G; D is a member (A's membership is deleted).
        checkIndicator(*m_db, "managerial_active_share", scope(), 1, 3);
        checkIndicator(*m_db, "managerial_active_share", scope(Level::Municipality, m_m1), 0, 2);
        checkIndicator(*m_db, "managerial_active_share", scope(Level::Organisation, m_s2), 1, 1);
    }

    void networkProgrammes()
    {
        // Run in 2026: P1 (G1), P2 (G2), P4 (G5 into February); P3's group is cancelled,
        // P5 is deleted. Network: P2.
        checkIndicator(*m_db, "network_programmes_share", scope(), 1, 3);
        checkIndicator(*m_db, "network_programmes_share", scope(Level::Municipality, m_m1), 0, 2); // IRO
        checkIndicator(*m_db, "network_programmes_share", scope(Level::Municipality, m_m2), 1, 1); // partner
    }
};

QTEST_GUILESS_MAIN(TestKhabarovskIndicators)
#include "tst_khabarovskindicators.moc"
