// The main window on a real demo region: every section opens, the register lists the
// region's staff, a person's card opens with its deficit-profile tab, and the
// screenshot mode writes a PNG of every section.
#include "demo/demogenerator.h"
#include "registry/personcarddialog.h"
#include "registry/registrypage.h"
#include "registry/stafflistmodel.h"
#include "registry/staffpanel.h"
#include "shell/mainwindow.h"
#include "shell/screenshots.h"
#include "storage/sql.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("region.metodist"));
        DemoOptions options;
        options.staff = 800;
        options.seed = 3;
        generateDemoRegion(path, options);
        m_db = Database::open(path);
    }
    void cleanupTestCase() { m_db.reset(); }

    void everySectionOpens()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.sectionCount(), 10);
        for (int i = 0; i < window.sectionCount(); ++i) {
            SectionPage *page = window.showSection(i);
            QVERIFY2(page, qPrintable(window.sectionCode(i)));
            QVERIFY(page->isVisible());
        }
    }

    void registerListsTheRegion()
    {
        MainWindow window(*m_db);
        window.show();
        auto *registry = qobject_cast<RegistryPage *>(window.showSection(QStringLiteral("registry")));
        QVERIFY(registry);
        StaffListModel *model = registry->staffPanel()->model();
        const int staff = sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM person WHERE deleted = 0")).toInt();
        QVERIFY(staff >= 800);
        QCOMPARE(model->rowCount(), StaffListModel::PageSize);
        QTRY_COMPARE(model->totalCount(), staff);
        auto card = window.createPersonCard(model->idAt(0));
        QCOMPARE(card->tabs()->count(), 3); // card, deficit profile, portfolio
        QVERIFY(card->windowTitle().contains(model->index(0, 0).data().toString()));
    }

    void screenshotsOfEverySection()
    {
        MainWindow window(*m_db);
        QTemporaryDir shots;
        const QStringList files = takeScreenshots(window, shots.path());
        // A picture per section, then the extra screens and printouts by name.
        const QStringList extras{QStringLiteral("journal.pdf"), QStringLiteral("attendance-sheet.pdf"),
                                 QStringLiteral("groups-load-chart.png"), QStringLiteral("groups-instructor-week.png"),
                                 QStringLiteral("groups-learner-week.png"), QStringLiteral("person-card.png"),
                                 QStringLiteral("person-deficit-profile.png"), QStringLiteral("support-young-without-mentor.png"),
                                 QStringLiteral("support-active.png"), QStringLiteral("support-surveys.png"),
                                 QStringLiteral("person-portfolio.png"), QStringLiteral("portfolio.pdf"),
                                 QStringLiteral("monitoring-figure.png"), QStringLiteral("monitoring-targets.png"),
                                 QStringLiteral("monitoring-report.pdf"), QStringLiteral("monitoring-report-page1.png"),
                                 QStringLiteral("monitoring-report-page2.png"), QStringLiteral("monitoring-report-page3.png")};
        QStringList names;
        for (const QString &file : files)
            names << QFileInfo(file).fileName();
        for (const QString &extra : extras)
            QVERIFY2(names.contains(extra), qPrintable(extra));
        QCOMPARE(files.size(), window.sectionCount() + extras.size());
        for (const QString &file : files) {
            if (file.endsWith(QLatin1String(".pdf"))) {
                QFile pdf(file);
                QVERIFY(pdf.open(QIODevice::ReadOnly));
                QVERIFY2(pdf.read(5) == "%PDF-" && pdf.size() > 2000, qPrintable(file));
                continue;
            }
            const QImage image(file);
            QVERIFY2(!image.isNull() && image.width() >= 800, qPrintable(file));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
