// Deficit structure per competence area on hand-made diagnostics: the latest diagnostic
// of the period that scored an area decides a person's level in it.
#include "monitoringfixture.h"
#include "monitoring/deficitstructure.h"

#include <QTemporaryDir>

using namespace metodist;
using namespace metodist::monitoring;

class TestDeficitStructure : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_m1, m_ar1, m_ar2, m_ar3, m_p4;

    static QString S(const char *s) { return QString::fromUtf8(s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Database::open(m_dir.filePath(S("d.sqlite")));
        test::MonitoringRows r{*m_db};
        m_m1 = r.municipality("M1");
        const QString m2 = r.municipality("M2");
        const QString s1 = r.organisation("S1", "school", m_m1), s2 = r.organisation("S2", "school", m2);
        const QString p1 = r.person(s1, m_m1, "P1", "1980-01-01", "2005-01-01");
        const QString p2 = r.person(s1, m_m1, "P2", "1980-01-01", "2005-01-01");
        const QString p3 = r.person(s1, m_m1, "P3", "1980-01-01", "2005-01-01");
        m_p4 = r.person(s2, m2, "P4", "1980-01-01", "2005-01-01");
        const QString p5 = r.person(s2, m2, "P5 hired later", "1980-01-01", "2005-01-01", "2027-03-01");

        auto area = [&](const char *code, int order) {
            return r.ins("competence_area", {{S("code"), S(code)}, {S("name"), S(code)}, {S("sort_order"), order}});
        };
        m_ar2 = area("AR2", 2);
        m_ar1 = area("AR1", 1);
        m_ar3 = area("AR3", 3);
        auto competence = [&](const QString &a, const char *code) {
            return r.ins("competence", {{S("area_id"), a}, {S("code"), S(code)}, {S("name"), S(code)}});
        };
        const QString c11 = competence(m_ar1, "c11"), c12 = competence(m_ar1, "c12"), c21 = competence(m_ar2, "c21");
        const QString inst = r.ins("instrument", {{S("name"), S("I")}, {S("kind"), S("federal")}});
        auto diag = [&](const QString &p, const char *on, QList<QPair<QString, int>> levels) {
            return r.diagnostic(p, inst, on, levels);
        };
        diag(p1, "2026-02-01", {{c11, 2}, {c12, 0}, {c21, 1}});
        diag(p1, "2026-09-01", {{c11, 1}}); // re-diagnosis: AR1 now partial; AR2 still from February
        diag(p2, "2026-03-01", {{c11, 0}, {c21, 2}});
        diag(p3, "2025-12-31", {{c11, 2}}); // before the period
        diag(m_p4, "2026-05-01", {{c12, 2}});
        diag(p5, "2026-05-01", {{c12, 2}}); // not staff at the end of 2026
        const QString deleted = diag(p3, "2026-04-01", {{c11, 2}});
        r.drop("diagnostic", deleted);
    }

    void region()
    {
        const auto areas = DeficitStructure::compute(*m_db, Indicators::yearScope(2026));
        QCOMPARE(areas.size(), 3);
        QCOMPARE(areas[0].areaId, m_ar1); // by sort order
        // AR1: P1 (partial, from September), P2 (none), P4 (pronounced).
        QCOMPARE(areas[0].diagnosed, 3);
        QCOMPARE(areas[0].pronounced, 1);
        QCOMPARE(areas[0].partial, 1);
        QCOMPARE(areas[0].pronouncedShare(), 100.0 / 3);
        // AR2: P1 (partial), P2 (pronounced).
        QCOMPARE(areas[1].areaId, m_ar2);
        QCOMPARE(areas[1].diagnosed, 2);
        QCOMPARE(areas[1].pronounced, 1);
        QCOMPARE(areas[1].partial, 1);
        // AR3: nobody scored: no data.
        QCOMPARE(areas[2].areaId, m_ar3);
        QVERIFY(!areas[2].hasData());
    }

    void municipality()
    {
        const auto areas = DeficitStructure::compute(*m_db, Indicators::yearScope(2026, Level::Municipality, m_m1));
        QCOMPARE(areas[0].diagnosed, 2); // P1, P2
        QCOMPARE(areas[0].pronounced, 0);
        QCOMPARE(areas[0].partial, 1);
        // 2025 in M1: P3's AR1 pronounced.
        const auto before = DeficitStructure::compute(*m_db, Indicators::yearScope(2025, Level::Municipality, m_m1));
        QCOMPARE(before[0].diagnosed, 1);
        QCOMPARE(before[0].pronounced, 1);
    }

    void drillDown()
    {
        const auto pronounced = DeficitStructure::people(*m_db, Indicators::yearScope(2026), m_ar1, 2);
        QCOMPARE(pronounced.size(), 1);
        QCOMPARE(pronounced[0].id, m_p4);
        QCOMPARE(DeficitStructure::people(*m_db, Indicators::yearScope(2026), m_ar1, 0).size(), 1); // P2
    }
};

QTEST_GUILESS_MAIN(TestDeficitStructure)
#include "tst_deficitstructure.moc"
