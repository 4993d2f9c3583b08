// The edges of the indicator definitions, each case built and counted by hand:
// young-teacher ages and years on the period's last day (a 29 February too), people
// who moved between units, empty denominators, trends, unit comparison, targets.
#include "monitoringfixture.h"
#include "monitoring/indicatortargets.h"
#include "storage/errors.h"

#include <QTemporaryDir>

using namespace metodist;
using namespace metodist::monitoring;
using metodist::test::checkIndicator;

class TestIndicatorBoundaries : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_m1, m_m2, m_m3, m_s1, m_s2, m_young, m_leap, m_empty;
    QStringList m_youngIds;

    static QString S(const char *s) { return QString::fromUtf8(s); }
    static Scope year(int y, Level level = Level::Region, const QString &id = {}) { return Indicators::yearScope(y, level, id); }
    static QStringList labels(const QList<DrillRow> &rows)
    {
        QStringList out;
        for (const auto &r : rows)
            out << r.label;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Database::open(m_dir.filePath(S("b.sqlite")));
        test::MonitoringRows r{*m_db};
        m_m1 = r.municipality("M1");
        m_m2 = r.municipality("M2");
        m_m3 = r.municipality("M3 (nobody)");
        m_s1 = r.organisation("S1", "school", m_m1);
        m_s2 = r.organisation("S2", "school", m_m2);
        m_young = r.organisation("Young school", "school", m_m1);
        m_leap = r.organisation("Leap school", "school", m_m2);
        m_empty = r.organisation("Empty school", "school", m_m2);

        // Young teachers on 31.12.2026 (all in "Young school"): under 35 and less than
        // 3 full years in the profession.
        const QString y1 = r.person(m_young, m_m1, "Y1 turns 35 on the last day", "1991-12-31", "2025-01-01");
        const QString y2 = r.person(m_young, m_m1, "Y2 is 34 on the last day", "1992-01-01", "2025-01-01");
        r.person(m_young, m_m1, "Y3 has exactly 3 years", "1995-01-01", "2023-12-31");
        const QString y4 = r.person(m_young, m_m1, "Y4 has 3 years less a day", "1995-01-01", "2024-01-01");
        r.person(m_young, m_m1, "Y5 starts after the period", "1995-01-01", "2027-01-05");
        r.person(m_young, m_m1, "Y6 has no birth date", nullptr, "2025-01-01");
        auto pair = [&](const QString &mentee, const char *from, const char *status, const char *to = nullptr) {
            r.ins("mentoring_pair", {{S("mentor_person_id"), y1}, {S("mentee_person_id"), mentee}, {S("starts_on"), S(from)},
                                     {S("ends_on"), test::MonitoringRows::D(to)}, {S("status"), S(status)}});
        };
        pair(y2, "2026-12-31", "active");               // starts on the last day: supported
        pair(y4, "2027-01-01", "active");               // starts after the period: not
        pair(y4, "2025-01-01", "finished", "2025-12-31"); // ended before the period: not
        pair(y4, "2026-02-01", "cancelled");            // cancelled: not
        m_youngIds = {y2, y4};

        // Young on 29.02.2028 (in "Leap school"): 35 years before is 28.02.1993, 3 years
        // before is 28.02.2025 (SQLite's date() would say 1 March and get both wrong).
        r.person(m_leap, m_m2, "L1 turns 35 on 28 February", "1993-02-28", "2025-03-01");
        r.person(m_leap, m_m2, "L2 turns 35 on 1 March", "1993-03-01", "2025-03-01");
        r.person(m_leap, m_m2, "L3 completes 3 years on 28 February", "1993-03-01", "2025-02-28");

        // Moves. X worked in S1 (M1) and took a diagnostic there on 01.02.2026, then
        // moved to S2 (M2) on 01.03.2026: the register holds S2 and hire date 01.03.2026.
        // W is in S1 since 01.06.2025 with a diagnostic from before (03.2025).
        const QString x = r.person(m_s2, m_m2, "X moved", "1980-01-01", "2005-09-01", "2026-03-01");
        const QString w = r.person(m_s1, m_m1, "W", "1981-01-01", "2006-09-01", "2025-06-01");
        const QString v = r.person(m_s1, m_m1, "V", "1982-01-01", "2007-09-01", "2007-09-01");
        const QString inst = r.ins("instrument", {{S("name"), S("I")}, {S("kind"), S("regional")}});
        auto diag = [&](const QString &p, const char *on) {
            r.ins("diagnostic", {{S("person_id"), p}, {S("instrument_id"), inst}, {S("taken_on"), S(on)}, {S("source"), S("manual")}});
        };
        diag(x, "2026-02-01");
        diag(w, "2025-03-01");
        diag(v, "2025-12-31"); // the last day of 2025
        diag(y2, "2026-01-01"); // the first day of 2026
    }

    void youngTeachersOnTheLastDay()
    {
        checkIndicator(*m_db, "young_teachers_supported_share", year(2026, Level::Organisation, m_young), 1, 2);
        const auto *def = Indicators::find(S("young_teachers_supported_share"));
        const auto young = Indicators::drillDown(*m_db, *def, year(2026, Level::Organisation, m_young), DrillSet::Denominator);
        QCOMPARE(labels(young), (QStringList{S("Y2 is 34 on the last day A"), S("Y4 has 3 years less a day A")}));
        QCOMPARE(labels(Indicators::drillDown(*m_db, *def, year(2026, Level::Organisation, m_young))),
                 QStringList{S("Y2 is 34 on the last day A")});
        // On 31.12.2025 Y1 is 34 and in the 1st year, Y3 in the 2nd, Y5 has not started,
        // Y6 has no birth date: young are Y1, Y2, Y3, Y4. Supported in 2025: Y4, whose
        // pair ended on 31.12.2025 (Y2's starts in 2026).
        checkIndicator(*m_db, "young_teachers_supported_share", year(2025, Level::Organisation, m_young), 1, 4);
    }

    void youngTeachersOnTwentyNinthFebruary()
    {
        const Scope leap{QDate(2028, 1, 1), QDate(2028, 2, 29), Level::Organisation, m_leap};
        const auto *def = Indicators::find(S("young_teachers_supported_share"));
        QCOMPARE(labels(Indicators::drillDown(*m_db, *def, leap, DrillSet::Denominator)),
                 QStringList{S("L2 turns 35 on 1 March A")});
        // A day later L2 is 35 and in the 4th year.
        const Scope march{QDate(2028, 1, 1), QDate(2028, 3, 1), Level::Organisation, m_leap};
        QCOMPARE(Indicators::compute(*m_db, *def, march).denominator, 0);
    }

    void movedPeopleCountWhereTheyAreAtTheEnd()
    {
        // 2026: staff S1 = W, V; S2 = X. Diagnostics in 2026: X (taken while in S1).
        checkIndicator(*m_db, "diagnostic_share", year(2026, Level::Organisation, m_s2), 1, 1);
        checkIndicator(*m_db, "diagnostic_share", year(2026, Level::Organisation, m_s1), 0, 2);
        checkIndicator(*m_db, "diagnostic_share", year(2026, Level::Municipality, m_m2), 1, 4); // X + L1..L3
        // 2025: X was not in S2 yet and where they were is unknown: counted nowhere.
        checkIndicator(*m_db, "diagnostic_share", year(2025, Level::Organisation, m_s2), 0, 0);
        checkIndicator(*m_db, "diagnostic_share", year(2025, Level::Organisation, m_s1), 2, 2); // W, V
        // Region 2025: W, V + young school Y1..Y4, Y6 (5) + leap school L1..L3 = 10.
        checkIndicator(*m_db, "diagnostic_share", year(2025), 2, 10);
        // A period ending before W came (hired 01.06.2025): only V is S1 staff.
        checkIndicator(*m_db, "diagnostic_share", {QDate(2025, 1, 1), QDate(2025, 5, 31), Level::Organisation, m_s1}, 0, 1);
    }

    void trendIsOneValuePerYear()
    {
        const auto *def = Indicators::find(S("diagnostic_share"));
        const auto t = Indicators::trend(*m_db, *def, {QDate(), QDate(), Level::Municipality, m_m1}, 2024, 2026);
        QCOMPARE(t.size(), 3);
        // M1 staff on 31.12.2024: V, Y3, Y4 (Y1, Y2, Y6 start in 2025, W is hired in 2025).
        QCOMPARE(t[0].to, QDate(2024, 12, 31));
        QCOMPARE(t[0].numerator, 0);
        QCOMPARE(t[0].denominator, 3);
        // 2025: + Y1, Y2, Y6, W = 7; diagnostics W (03.2025), V (31.12.2025).
        QCOMPARE(t[1].numerator, 2);
        QCOMPARE(t[1].denominator, 7);
        // 2026: the same 7 (Y5 starts in 2027); diagnostic Y2 (01.01.2026).
        QCOMPARE(t[2].from, QDate(2026, 1, 1));
        QCOMPARE(t[2].numerator, 1);
        QCOMPARE(t[2].denominator, 7);
    }

    void emptyDenominatorIsNoData()
    {
        const auto *def = Indicators::find(S("diagnostic_share"));
        const auto v = Indicators::compute(*m_db, *def, year(2026, Level::Organisation, m_empty));
        QCOMPARE(v.denominator, 0);
        QVERIFY(!v.hasData());
        QVERIFY(!v.share());
        QVERIFY(!qIsNaN(v.value));
        QCOMPARE(Indicators::formatValue(v), S("no data"));
        QVERIFY(Indicators::drillDown(*m_db, *def, year(2026, Level::Organisation, m_empty), DrillSet::Denominator).isEmpty());
    }

    void comparisonOfMunicipalities()
    {
        const auto *def = Indicators::find(S("diagnostic_share"));
        const auto units = Indicators::byUnit(*m_db, *def, year(2026), Level::Municipality);
        QCOMPARE(units.size(), 3);
        // M2: 1 of 4 = 25 %, M1: Y2 of 7 = 14.3 %, M3: no data (last).
        QCOMPARE(units[0].unitId, m_m2);
        QCOMPARE(units[0].value.numerator, 1);
        QCOMPARE(units[0].value.denominator, 4);
        QCOMPARE(units[1].unitId, m_m1);
        QCOMPARE(units[1].value.numerator, 1);
        QCOMPARE(units[1].value.denominator, 7);
        QCOMPARE(units[2].unitId, m_m3);
        QVERIFY(!units[2].value.hasData());
        // Each equals the single-unit computation.
        for (const auto &u : units) {
            const auto one = Indicators::compute(*m_db, *def, year(2026, Level::Municipality, u.unitId));
            QCOMPARE(u.value.numerator, one.numerator);
            QCOMPARE(u.value.denominator, one.denominator);
        }
        // Organisations of M2: S2 100 %, Leap 0 %, Empty no data.
        const auto orgs = Indicators::byUnit(*m_db, *def, year(2026, Level::Municipality, m_m2), Level::Organisation);
        QCOMPARE(orgs.size(), 3);
        QCOMPARE(orgs[0].unitId, m_s2);
        QCOMPARE(orgs[1].unitId, m_leap);
        QCOMPARE(orgs[2].unitId, m_empty);
    }

    void targets()
    {
        const QString code = S("route_share");
        QVERIFY(!IndicatorTargets::get(*m_db, code, 2026, Level::Region));
        const QString id = IndicatorTargets::set(*m_db, code, 2026, Level::Region, {}, 40);
        QCOMPARE(IndicatorTargets::get(*m_db, code, 2026, Level::Region).value_or(-1), 40.0);
        QCOMPARE(IndicatorTargets::set(*m_db, code, 2026, Level::Region, {}, 45.5), id); // replaced in place
        QCOMPARE(IndicatorTargets::get(*m_db, code, 2026, Level::Region).value_or(-1), 45.5);
        IndicatorTargets::set(*m_db, code, 2026, Level::Municipality, m_m1, 30);
        IndicatorTargets::set(*m_db, code, 2027, Level::Municipality, m_m1, 35);
        QCOMPARE(IndicatorTargets::get(*m_db, code, 2026, Level::Municipality, m_m1).value_or(-1), 30.0);
        QVERIFY(!IndicatorTargets::get(*m_db, code, 2026, Level::Municipality, m_m2));
        QCOMPARE(IndicatorTargets::list(*m_db, code).size(), 3);
        QCOMPARE(IndicatorTargets::list(*m_db, {}, 2027).size(), 1);
        QCOMPARE(IndicatorTargets::forLevel(*m_db, code, 2026, Level::Municipality).value(m_m1), 30.0);

        // compute() and byUnit() carry the target of the year of the period's end.
        const auto *def = Indicators::find(code);
        QCOMPARE(Indicators::compute(*m_db, *def, year(2026)).target.value_or(-1), 45.5);
        QVERIFY(!Indicators::compute(*m_db, *def, year(2025)).target);
        const auto units = Indicators::byUnit(*m_db, *def, year(2027), Level::Municipality);
        for (const auto &u : units)
            QCOMPARE(u.value.target.has_value(), u.unitId == m_m1);

        QVERIFY(IndicatorTargets::remove(*m_db, code, 2026, Level::Region));
        QVERIFY(!IndicatorTargets::get(*m_db, code, 2026, Level::Region));
        QVERIFY(!IndicatorTargets::remove(*m_db, code, 2026, Level::Region));

        QVERIFY_THROWS_EXCEPTION(Error, IndicatorTargets::set(*m_db, S("no_such"), 2026, Level::Region, {}, 10));
        QVERIFY_THROWS_EXCEPTION(Error, IndicatorTargets::set(*m_db, code, 2026, Level::Region, {}, 120));
        QVERIFY_THROWS_EXCEPTION(Error, IndicatorTargets::set(*m_db, code, 1990, Level::Region, {}, 10));
        QVERIFY_THROWS_EXCEPTION(Error, IndicatorTargets::set(*m_db, code, 2026, Level::Municipality, S("nowhere"), 10));
    }

    void workerThreadConnection()
    {
        // The dashboard computes on a worker with its own connection.
        auto other = m_db->openAnother();
        const auto *def = Indicators::find(S("diagnostic_share"));
        QCOMPARE(Indicators::compute(*other, *def, year(2026)).denominator,
                 Indicators::compute(*m_db, *def, year(2026)).denominator);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorBoundaries)
#include "tst_indicatorboundaries.moc"
