// `metodist-cli indicators` run as a real process (METODIST_CLI) on a hand-made profile:
// CSV to standard output, JSON and XLSX files, per unit and per year, and refusals.
#include "io/table.h"
#include "monitoringfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace metodist;
using namespace metodist::monitoring;

class TestIndicatorsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_cli, m_profile, m_m1, m_m2, m_s1;

    static QString S(const char *s) { return QString::fromUtf8(s); }

    struct Run {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &args) const
    {
        QProcess p;
        p.start(m_cli, QStringList{S("indicators")} + args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static QList<QStringList> csvRows(QByteArray bytes)
    {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.mid(3);
        QList<QStringList> rows;
        for (const QString &line : QString::fromUtf8(bytes).split(S("\r\n"), Qt::SkipEmptyParts))
            rows << line.split(QLatin1Char(';'));
        return rows;
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("METODIST_CLI");
        if (m_cli.isEmpty())
            QSKIP("METODIST_CLI is not set");
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(S("cli.metodist"));
        auto db = Database::open(m_profile);
        test::MonitoringRows r{*db};
        m_m1 = r.municipality("Town one");
        m_m2 = r.municipality("Town two");
        m_s1 = r.organisation("School one", "school", m_m1);
        const QString s2 = r.organisation("School two", "school", m_m2);
        // 2026: M1 staff P1, P2, P3 (P1 diagnosed), M2 staff P4 (not diagnosed).
        // 2025: P3 not yet hired; P2 diagnosed in 2025.
        const QString p1 = r.person(m_s1, m_m1, "P1", "1980-01-01", "2005-01-01");
        const QString p2 = r.person(m_s1, m_m1, "P2", "1980-01-01", "2005-01-01");
        r.person(m_s1, m_m1, "P3", "1980-01-01", "2005-01-01", "2026-02-01");
        r.person(s2, m_m2, "P4", "1980-01-01", "2005-01-01");
        const QString inst = r.ins("instrument", {{S("name"), S("I")}, {S("kind"), S("regional")}});
        r.ins("diagnostic", {{S("person_id"), p1}, {S("instrument_id"), inst}, {S("taken_on"), S("2026-04-01")}, {S("source"), S("manual")}});
        r.ins("diagnostic", {{S("person_id"), p2}, {S("instrument_id"), inst}, {S("taken_on"), S("2025-04-01")}, {S("source"), S("manual")}});
        r.ins("indicator_target", {{S("indicator_code"), S("diagnostic_share")}, {S("year"), 2026}, {S("level"), S("region")},
                                   {S("target_value"), 60.0}});
    }

    void csvRegionToStdout()
    {
        const Run r = run({S("--profile"), m_profile, S("--level"), S("region"), S("--period"), S("2026"), S("--format"), S("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto rows = csvRows(r.out);
        QCOMPARE(rows.size(), 1 + Indicators::definitions().size());
        QCOMPARE(rows[0].value(0), S("Code"));
        const int num = int(rows[0].indexOf(S("Numerator"))), den = int(rows[0].indexOf(S("Denominator"))),
                  val = int(rows[0].indexOf(S("Value, %"))), tgt = int(rows[0].indexOf(S("Target, %")));
        QVERIFY(num > 0 && den > 0 && val > 0 && tgt > 0);
        bool seen = false, noData = false;
        for (const auto &row : rows.mid(1)) {
            if (row[0] == S("diagnostic_share")) {
                seen = true;
                QCOMPARE(row[num], S("1")); // P1
                QCOMPARE(row[den], S("4")); // P1..P4
                QCOMPARE(row[val], S("25.0"));
                QCOMPARE(row[tgt], S("60.0"));
            }
            if (row[0] == S("network_programmes_share")) { // no programmes at all
                noData = true;
                QCOMPARE(row[den], S("0"));
                QCOMPARE(row[val], S("no data"));
            }
        }
        QVERIFY(seen && noData);
    }

    void jsonEveryMunicipalityPerYear()
    {
        const QString out = m_dir.filePath(S("m.json"));
        const Run r = run({S("--profile"), m_profile, S("--level"), S("municipality"), S("--period"), S("2025-2026"),
                           S("--format"), S("json"), S("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray list = QJsonDocument::fromJson(f.readAll()).object().value(S("indicators")).toArray();
        QCOMPARE(list.size(), 2 * 2 * Indicators::definitions().size());
        int checked = 0;
        for (const auto &item : list) {
            const QJsonObject o = item.toObject();
            if (o.value(S("code")).toString() != S("diagnostic_share"))
                continue;
            const int year = o.value(S("year")).toInt();
            const bool m1 = o.value(S("unit_id")).toString() == m_m1;
            QCOMPARE(o.value(S("level")).toString(), S("municipality"));
            // M1 2025: P2 of P1, P2; M1 2026: P1 of 3; M2: 0 of 1 both years.
            const int expectedNum = m1 ? 1 : 0, expectedDen = m1 ? (year == 2025 ? 2 : 3) : 1;
            QCOMPARE(o.value(S("numerator")).toInt(), expectedNum);
            QCOMPARE(o.value(S("denominator")).toInt(), expectedDen);
            QCOMPARE(o.value(S("value")).toDouble(), 100.0 * expectedNum / expectedDen);
            QCOMPARE(o.value(S("no_data")).toBool(), false);
            ++checked;
        }
        QCOMPARE(checked, 4);
        bool nullValue = false;
        for (const auto &item : list) {
            const QJsonObject o = item.toObject();
            if (o.value(S("no_data")).toBool()) {
                QVERIFY(o.value(S("value")).isNull()); // not 0, not NaN
                nullValue = true;
            }
        }
        QVERIFY(nullValue);
    }

    void xlsxOneUnitByName()
    {
        const QString out = m_dir.filePath(S("o.xlsx"));
        const Run r = run({S("--profile"), m_profile, S("--level"), S("organisation"), S("--unit"), S("school ONE"),
                           S("--period"), S("2026"), S("--format"), S("xlsx"), S("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const io::Table t = io::TableReader::read(out);
        QCOMPARE(t.rows.size(), Indicators::definitions().size());
        const int code = t.column(S("Code")), unit = t.column(S("Unit id")), num = t.column(S("Numerator")),
                  den = t.column(S("Denominator"));
        for (const auto &row : t.rows) {
            QCOMPARE(row.cell(unit), m_s1);
            if (row.cell(code) == S("diagnostic_share")) {
                QCOMPARE(row.cell(num).toDouble(), 1.0);
                QCOMPARE(row.cell(den).toDouble(), 3.0);
            }
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString p = m_profile;
        QTest::newRow("no profile") << QStringList{S("--period"), S("2026")} << S("--profile");
        QTest::newRow("missing profile") << QStringList{S("--profile"), m_dir.filePath(S("nope")), S("--period"), S("2026")}
                                         << S("does not exist");
        QTest::newRow("bad level") << QStringList{S("--profile"), p, S("--level"), S("country"), S("--period"), S("2026")}
                                   << S("--level");
        QTest::newRow("no period") << QStringList{S("--profile"), p} << S("--period");
        QTest::newRow("bad period") << QStringList{S("--profile"), p, S("--period"), S("2026-20")} << S("--period");
        QTest::newRow("reversed period") << QStringList{S("--profile"), p, S("--period"), S("2026-2021")} << S("--period");
        QTest::newRow("bad format") << QStringList{S("--profile"), p, S("--period"), S("2026"), S("--format"), S("pdf")}
                                    << S("--format");
        QTest::newRow("xlsx to stdout") << QStringList{S("--profile"), p, S("--period"), S("2026"), S("--format"), S("xlsx")}
                                        << S("--out");
        QTest::newRow("unit for region") << QStringList{S("--profile"), p, S("--period"), S("2026"), S("--unit"), S("x")}
                                         << S("--unit");
        QTest::newRow("unknown unit") << QStringList{S("--profile"), p, S("--level"), S("municipality"), S("--unit"),
                                                     S("Atlantis"), S("--period"), S("2026")}
                                      << S("Atlantis");
        QTest::newRow("unknown option") << QStringList{S("--profile"), p, S("--period"), S("2026"), S("--colour"), S("red")}
                                        << S("--colour");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorsCli)
#include "tst_indicatorscli.moc"
