// Monitoring indicators on a small hand-built profile: every expected figure below
// is counted by hand from the rows inserted in initTestCase().
#include "monitoring/indicators.h"
#include "storage/database.h"
#include "storage/rows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::monitoring;

namespace {
using M = QVariantMap;
QString S(const char *s) { return QString::fromUtf8(s); }
} // namespace

class TestIndicators : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_m1, m_m2;

    QString ins(const char *table, M fields) { return Rows::insert(*m_db, S(table), std::move(fields)); }
    QString person(const QString &org, const QString &mun, const char *name, const char *born, const char *start,
                   bool manager = false)
    {
        return ins("person", {{S("organisation_id"), org}, {S("municipality_id"), mun}, {S("last_name"), S(name)},
                              {S("first_name"), S("A")}, {S("birth_date"), S(born)},
                              {S("profession_start_date"), S(start)}, {S("is_manager"), manager ? 1 : 0}});
    }
    Scope scope(Level level, const QString &id = {}) const
    {
        return {QDate(2026, 1, 1), QDate(2026, 12, 31), level, id};
    }
    void check(const char *code, const Scope &sc, qint64 num, qint64 den)
    {
        const IndicatorDefinition *def = Indicators::find(S(code));
        QVERIFY2(def, code);
        const IndicatorValue v = Indicators::compute(*m_db, *def, sc);
        QCOMPARE(v.numerator, num);
        QCOMPARE(v.denominator, den);
        QCOMPARE(v.value, den ? 100.0 * double(num) / double(den) : 0.0);
        QCOMPARE(Indicators::drillDown(*m_db, *def, sc).size(), qsizetype(num));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Database::open(m_dir.filePath(S("p.sqlite")));
        m_m1 = ins("municipality", {{S("name"), S("M1")}});
        m_m2 = ins("municipality", {{S("name"), S("M2")}});
        auto org = [&](const char *name, const char *kind, const QString &mun) {
            return ins("organisation", {{S("name"), S(name)}, {S("kind"), S(kind)}, {S("municipality_id"), mun}});
        };
        const QString s1 = org("S1", "school", m_m1), k1 = org("K1", "kindergarten", m_m1),
                      s2 = org("S2", "school", m_m2), iro = org("IRO", "further_education", m_m1);
        const QString p1 = person(s1, m_m1, "P1", "1970-01-01", "1995-09-01", true);
        const QString p2 = person(s1, m_m1, "P2", "1998-01-01", "2025-09-01");
        const QString p3 = person(k1, m_m1, "P3", "2000-01-01", "2024-01-01");
        const QString p4 = person(s2, m_m2, "P4", "1975-01-01", "2000-09-01", true);
        const QString p5 = person(s2, m_m2, "P5", "1995-06-01", "2024-06-01");
        const QString p6 = person(s2, m_m2, "P6", "1980-01-01", "2010-09-01");
        person(iro, m_m1, "P7", "1990-05-05", "2025-01-01"); // too old to be young
        const QString p8 = person(s1, m_m1, "P8", "1980-01-01", "2005-01-01");
        Rows::setDeleted(*m_db, S("person"), p8, true);

        const QString inst = ins("instrument", {{S("name"), S("I")}, {S("kind"), S("regional")}});
        auto diag = [&](const QString &p, const char *on) {
            return ins("diagnostic", {{S("person_id"), p}, {S("instrument_id"), inst}, {S("taken_on"), S(on)},
                                      {S("source"), S("manual")}});
        };
        const QString d1 = diag(p1, "2026-03-01");
        diag(p2, "2025-12-31");
        diag(p4, "2026-02-02");
        const QString d6 = diag(p6, "2025-11-10");
        diag(p8, "2026-04-04");
        auto route = [&](const QString &p, const QVariant &d, const char *a, const char *b) {
            ins("route", {{S("person_id"), p}, {S("diagnostic_id"), d}, {S("period_start"), S(a)},
                          {S("period_end"), S(b)}});
        };
        route(p1, d1, "2026-01-15", "2026-12-31");
        route(p4, QVariant(), "2026-01-01", "2026-12-31");
        route(p6, d6, "2026-01-01", "2026-06-30");

        auto prog = [&](const char *t, int frdpp, int qm, const char *status) {
            return ins("programme", {{S("title"), S(t)}, {S("kind"), S("PK")}, {S("hours"), 36},
                                     {S("form"), S("blended")}, {S("provider_org_id"), iro},
                                     {S("in_frdpp"), frdpp}, {S("quality_management"), qm}, {S("status"), S(status)}});
        };
        const QString a = prog("A", 1, 1, "active"), b = prog("B", 0, 1, "active"), c = prog("C", 1, 0, "active");
        prog("E", 0, 0, "archived");
        auto group = [&](const QString &p, const char *code, const char *ends) {
            return ins("study_group", {{S("programme_id"), p}, {S("code"), S(code)}, {S("starts_on"), S("2025-01-01")},
                                       {S("ends_on"), S(ends)}});
        };
        const QString ga = group(a, "GA", "2026-05-01"), gb = group(b, "GB", "2026-10-01"),
                      gc1 = group(c, "GC1", "2025-06-30"), gc2 = group(c, "GC2", "2026-06-30");
        auto enrol = [&](const QString &g, const QString &p, const char *status, const QVariant &outcome) {
            ins("enrolment", {{S("group_id"), g}, {S("person_id"), p}, {S("enrolled_on"), S("2025-01-01")},
                              {S("status"), S(status)}, {S("outcome_on"), outcome}});
        };
        enrol(ga, p1, "completed", S("2026-05-01"));
        enrol(ga, p3, "completed", S("2026-05-01")); // not a manager
        enrol(gb, p4, "completed", S("2026-10-01"));
        enrol(gc1, p3, "completed", S("2025-06-30"));
        enrol(gc2, p5, "completed", QVariant()); // date from the group end
        enrol(gc2, p6, "withdrawn", QVariant());

        ins("mentoring_pair", {{S("mentor_person_id"), p1}, {S("mentee_person_id"), p2}, {S("starts_on"), S("2025-09-01")}});
        ins("mentoring_pair", {{S("mentor_person_id"), p1}, {S("mentee_person_id"), p3}, {S("starts_on"), S("2024-01-01")},
                               {S("status"), S("finished")}});
        const QString com = ins("community", {{S("name"), S("Young")}, {S("kind"), S("young_teachers")}});
        ins("community_member", {{S("community_id"), com}, {S("person_id"), p5}});

        ins("indicator_target", {{S("indicator_code"), S("diagnostic_share")}, {S("year"), 2026},
                                 {S("level"), S("region")}, {S("target_value"), 50.0}});
        ins("indicator_target", {{S("indicator_code"), S("diagnostic_share")}, {S("year"), 2026},
                                 {S("level"), S("municipality")}, {S("level_id"), m_m1}, {S("target_value"), 30.0}});
    }

    void atLeastSixDefinitions()
    {
        QVERIFY(Indicators::definitions().size() >= 6);
        QCOMPARE(Indicators::computeAll(*m_db, scope(Level::Region)).size(), Indicators::definitions().size());
    }

    void region()
    {
        const Scope r = scope(Level::Region);
        check("diagnostic_share", r, 2, 7);
        check("route_share", r, 2, 7);
        check("frdpp_completed_share", r, 3, 7);
        check("quality_managers_share", r, 2, 3);
        check("young_teachers_supported_share", r, 2, 3);
        check("iro_frdpp_programmes_share", r, 2, 3);
    }

    void municipality()
    {
        const Scope a = scope(Level::Municipality, m_m1), b = scope(Level::Municipality, m_m2);
        check("diagnostic_share", a, 1, 4);
        check("diagnostic_share", b, 1, 3);
        check("route_share", a, 1, 4);
        check("route_share", b, 1, 3);
        check("frdpp_completed_share", a, 2, 4);
        check("frdpp_completed_share", b, 1, 3);
        check("quality_managers_share", a, 1, 2);
        check("quality_managers_share", b, 1, 1);
        check("young_teachers_supported_share", a, 1, 2);
        check("young_teachers_supported_share", b, 1, 1);
        check("iro_frdpp_programmes_share", a, 2, 3);
        check("iro_frdpp_programmes_share", b, 0, 0);
    }

    void targets()
    {
        const auto *def = Indicators::find(S("diagnostic_share"));
        QVERIFY(def);
        const auto region = Indicators::compute(*m_db, *def, scope(Level::Region)).target;
        QVERIFY(region.has_value());
        QCOMPARE(*region, 50.0);
        const auto m1 = Indicators::compute(*m_db, *def, scope(Level::Municipality, m_m1)).target;
        QVERIFY(m1.has_value());
        QCOMPARE(*m1, 30.0);
        QVERIFY(!Indicators::compute(*m_db, *def, scope(Level::Municipality, m_m2)).target.has_value());
        QVERIFY(!Indicators::compute(*m_db, *Indicators::find(S("route_share")), scope(Level::Region)).target.has_value());
    }

    void drillDownNamesThePeople()
    {
        const auto rows = Indicators::drillDown(*m_db, *Indicators::find(S("diagnostic_share")), scope(Level::Region));
        QStringList labels;
        for (const auto &r : rows)
            labels << r.label;
        QCOMPARE(labels, (QStringList{S("P1 A"), S("P4 A")}));
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
