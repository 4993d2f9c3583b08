// The monitoring reports on a demo region: the documents carry the core's figures, the
// PDFs are real PDFs with pages and charts, the XLSX files open, the reports tab builds
// off the UI thread and can be cancelled, and `metodist-cli report` answers with the
// right exit codes.
#include "common/reportprinter.h"
#include "demo/demogenerator.h"
#include "io/xlsxreader.h"
#include "monitoring/indicators.h"
#include "monitoring/monitoringreport.h"
#include "monitoring/reportrenderer.h"
#include "monitoring/reportspanel.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace metodist;
using namespace metodist::monitoring;

class TestMonitoringReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_profile;
    std::unique_ptr<Database> m_db;
    static constexpr int kYear = 2025;

    // A PDF as a reader needs it: the header, at least `minPages` pages, the end marker.
    static void checkPdf(const QString &path, int minPages)
    {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        const auto pages = QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")).globalMatch(QString::fromLatin1(bytes));
        int n = 0;
        for (auto it = pages; it.hasNext(); it.next())
            ++n;
        QVERIFY2(n >= minPages, qPrintable(QStringLiteral("%1 pages in %2").arg(n).arg(path)));
        QVERIFY(bytes.contains("/Subtype /Image") || bytes.contains("/Subtype/Image")); // the charts
    }
    static void checkXlsx(const QString &path, const QString &firstHeader)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == QByteArray("PK\x03\x04", 4)); // a zip
        const io::Table t = io::XlsxReader::read(path);
        QVERIFY(!t.rows.isEmpty());
        QCOMPARE(t.header.value(0), firstHeader);
    }
    QPair<int, QString> cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(qEnvironmentVariable("METODIST_CLI"), QStringList{QStringLiteral("report")} + args);
        if (!p.waitForFinished(120000))
            return {-1, QString()};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAll())};
    }

private Q_SLOTS:
    void initTestCase();
    void ministryReportCarriesTheFigures();
    void reportsArePdfAndXlsx();
    void pageRendersToImage();
    void panelBuildsOffThreadAndCancels();
    void cliReport();
};

void TestMonitoringReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_profile = m_dir.filePath(QStringLiteral("demo.metodist"));
    DemoOptions options;
    options.staff = 700;
    options.seed = 3;
    options.today = QDate(kYear, 11, 1);
    generateDemoRegion(m_profile, options);
    m_db = Database::open(m_profile);
}

void TestMonitoringReport::ministryReportCarriesTheFigures()
{
    ReportRequest request;
    request.year = kYear;
    QList<int> progress;
    const ReportDocument doc = MonitoringReport::build(*m_db, request, [&](int p) {
        progress << p;
        return true;
    });
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), 100);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    const Scope scope{QDate(kYear, 1, 1), QDate(kYear, 12, 31), Level::Region, {}};
    const auto values = Indicators::computeAll(*m_db, scope);
    const TextTable &table = doc.tables.value(0);
    QCOMPARE(table.rows.size(), values.size());
    for (int i = 0; i < values.size(); ++i) {
        QCOMPARE(table.rows[i][1], values[i].title);
        QCOMPARE(table.rows[i][2], QString::number(values[i].numerator));
        QCOMPARE(table.rows[i][3], QString::number(values[i].denominator));
        QCOMPARE(table.rows[i][4], QString::number(values[i].value, 'f', 1));
        // The text per indicator is in the document.
        QVERIFY(doc.html.contains(MonitoringReport::indicatorText(values[i], nullptr).section(QLatin1Char('.'), 0, 0).toHtmlEscaped()));
    }
    // The charts are placed in the HTML under the names the renderer gives them.
    QCOMPARE(doc.charts.size(), 3);
    for (const auto &chart : doc.charts)
        QVERIFY(doc.html.contains(chart.resource));
    QCOMPARE(doc.charts[0].series[0].values.size(), values.size());
    for (int i = 0; i < values.size(); ++i)
        QCOMPARE(doc.charts[0].series[0].values[i], values[i].value);

    // Words: achieved or not, and an empty denominator said as such.
    IndicatorValue v;
    v.numerator = 3;
    v.denominator = 4;
    v.value = 75;
    v.target = 80;
    QVERIFY(MonitoringReport::indicatorText(v, nullptr).contains(QStringLiteral("not achieved")));
    v.target = 70;
    QVERIFY(MonitoringReport::indicatorText(v, nullptr).contains(QStringLiteral("is achieved")));
    v.denominator = 0;
    QVERIFY(MonitoringReport::indicatorText(v, nullptr).contains(QStringLiteral("empty")));

    request.municipalityId = QStringLiteral("no-such-municipality");
    QVERIFY_THROWS_EXCEPTION(Error, MonitoringReport::build(*m_db, request));
    request.municipalityId.clear();
    QVERIFY_THROWS_EXCEPTION(Cancelled, MonitoringReport::build(*m_db, request, [](int) { return false; }));
}

void TestMonitoringReport::reportsArePdfAndXlsx()
{
    const QString muni = sql::scalar(m_db->db(), QStringLiteral("SELECT id FROM municipality ORDER BY name LIMIT 1")).toString();
    struct Case {
        ReportKind kind;
        QString municipality;
        int minPages;
        QString firstHeader;
    };
    const QList<Case> cases = {
        {ReportKind::Ministry, {}, 3, MonitoringReport::tr("No.")},
        {ReportKind::Municipality, {}, 2, MonitoringReport::tr("Municipality")},
        {ReportKind::Municipality, muni, 1, MonitoringReport::tr("Municipality")},
        {ReportKind::Deficits, {}, 1, MonitoringReport::tr("Municipality")},
    };
    int n = 0;
    for (const auto &c : cases) {
        ReportRequest request;
        request.kind = c.kind;
        request.year = kYear;
        request.municipalityId = c.municipality;
        const ReportDocument doc = MonitoringReport::build(*m_db, request);
        const QString pdf = m_dir.filePath(QStringLiteral("report%1.pdf").arg(n));
        const QString xlsx = m_dir.filePath(QStringLiteral("report%1.xlsx").arg(n));
        ui::ReportRenderer::save(doc, pdf);
        ui::ReportRenderer::save(doc, xlsx);
        checkPdf(pdf, c.minPages);
        checkXlsx(xlsx, c.firstHeader);
        ++n;
    }
    // Deficits by organisation: one row per educational organisation with staff.
    ReportRequest deficits;
    deficits.kind = ReportKind::Deficits;
    deficits.year = kYear;
    const ReportDocument doc = MonitoringReport::build(*m_db, deficits);
    QCOMPARE(doc.tables[0].rows.size(), sql::scalar(m_db->db(), QStringLiteral(
        "SELECT COUNT(DISTINCT o.id) FROM organisation o JOIN person p ON p.organisation_id = o.id AND p.deleted = 0 "
        "WHERE o.deleted = 0 AND o.kind IN ('school', 'kindergarten', 'college')")).toInt());
    QVERIFY_THROWS_EXCEPTION(Error, ui::ReportRenderer::save(doc, m_dir.filePath(QStringLiteral("report.doc"))));
}

void TestMonitoringReport::pageRendersToImage()
{
    ReportRequest request;
    request.year = kYear;
    const auto doc = ui::ReportRenderer::document(MonitoringReport::build(*m_db, request));
    QVERIFY(ui::ReportPrinter::pageCount(*doc) >= 3);
    // A page after the title (indicators and the first chart) is not blank: many coloured pixels.
    int coloured = 0;
    for (int p = 1; p < ui::ReportPrinter::pageCount(*doc) && coloured <= 200; ++p) {
        const QImage page = ui::ReportPrinter::pageImage(*doc, p);
        QVERIFY(page.width() > 800 && page.height() > page.width());
        coloured = 0;
        for (int y = 0; y < page.height(); y += 3)
            for (int x = 0; x < page.width(); x += 3) {
                const QColor c = page.pixelColor(x, y);
                coloured += (std::abs(c.red() - c.blue()) > 40) ? 1 : 0;
            }
    }
    QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
}

void TestMonitoringReport::panelBuildsOffThreadAndCancels()
{
    ui::ReportsPanel panel(*m_db);
    panel.setRequest(kYear, {}, QStringLiteral("Region"));
    QSignalSpy finished(&panel, &ui::ReportsPanel::finished);
    QSignalSpy progress(&panel, &ui::ReportsPanel::progressChanged);
    const QString pdf = m_dir.filePath(QStringLiteral("panel.pdf"));
    panel.setKind(ReportKind::Ministry);
    panel.start(ui::ReportsPanel::Action::Pdf, pdf);
    QVERIFY(panel.isRunning()); // the call returned while the report is being built
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(progress.size() > 0);
    checkPdf(pdf, 3);

    // Cancelled straight away: nothing is written.
    finished.clear();
    const QString xlsx = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
    panel.setKind(ReportKind::Municipality);
    panel.start(ui::ReportsPanel::Action::Xlsx, xlsx);
    panel.cancel();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!QFile::exists(xlsx));
    QVERIFY(!panel.isRunning());
}

void TestMonitoringReport::cliReport()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    auto r = cli({QStringLiteral("--profile"), m_profile, QStringLiteral("--kind"), QStringLiteral("ministry"),
                  QStringLiteral("--period"), QString::number(kYear), QStringLiteral("--out"), pdf});
    QVERIFY2(r.first == 0, qPrintable(r.second));
    checkPdf(pdf, 3);
    const QString muniName = sql::scalar(m_db->db(), QStringLiteral("SELECT name FROM municipality ORDER BY name LIMIT 1")).toString();
    const QString xlsx = m_dir.filePath(QStringLiteral("cli.xlsx"));
    r = cli({QStringLiteral("--profile"), m_profile, QStringLiteral("--kind"), QStringLiteral("municipality"), QStringLiteral("--period"),
             QString::number(kYear), QStringLiteral("--municipality"), muniName, QStringLiteral("--out"), xlsx});
    QVERIFY2(r.first == 0, qPrintable(r.second));
    checkXlsx(xlsx, MonitoringReport::tr("Municipality"));
    QCOMPARE(io::XlsxReader::read(xlsx).rows.size(), 1);
    r = cli({QStringLiteral("--profile"), m_profile, QStringLiteral("--kind"), QStringLiteral("deficits"), QStringLiteral("--period"),
             QString::number(kYear), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("cli-deficits.pdf"))});
    QVERIFY2(r.first == 0, qPrintable(r.second));

    // Usage errors: 2; things that do not exist: 1; nothing written.
    const QString bad = m_dir.filePath(QStringLiteral("bad.pdf"));
    QCOMPARE(cli({QStringLiteral("--profile"), m_profile, QStringLiteral("--period"), QString::number(kYear), QStringLiteral("--out"), bad}).first, 2);
    QCOMPARE(cli({QStringLiteral("--profile"), m_profile, QStringLiteral("--kind"), QStringLiteral("weekly"), QStringLiteral("--period"),
                  QString::number(kYear), QStringLiteral("--out"), bad}).first, 2);
    QCOMPARE(cli({QStringLiteral("--profile"), m_profile, QStringLiteral("--kind"), QStringLiteral("ministry"), QStringLiteral("--period"),
                  QStringLiteral("last"), QStringLiteral("--out"), bad}).first, 2);
    QCOMPARE(cli({QStringLiteral("--profile"), m_profile, QStringLiteral("--kind"), QStringLiteral("ministry"), QStringLiteral("--period"),
                  QString::number(kYear), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad.docx"))}).first, 2);
    QCOMPARE(cli({QStringLiteral("--profile"), m_profile, QStringLiteral("--kind"), QStringLiteral("ministry"), QStringLiteral("--period"),
                  QString::number(kYear), QStringLiteral("--municipality"), QStringLiteral("Atlantis"), QStringLiteral("--out"), bad}).first, 1);
    QCOMPARE(cli({QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("missing.metodist")), QStringLiteral("--kind"),
                  QStringLiteral("ministry"), QStringLiteral("--period"), QString::number(kYear), QStringLiteral("--out"), bad}).first, 1);
    QVERIFY(!QFile::exists(bad));
}

QTEST_MAIN(TestMonitoringReport)
#include "tst_monitoringreport.moc"
