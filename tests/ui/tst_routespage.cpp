// The routes page on a real profile, offscreen: a person's proposal with alternatives and
// the deficits beside it (uncovered highlighted), saving, agreeing, the PDF card, and
// screenshots of the page and of the card for review.
#include "routes/routecard.h"
#include "routes/routeservice.h"
#include "routes/routespage.h"
#include "routesfixture.h"
#include "shell/appcontext.h"
#include "storage/errors.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace metodist;

class TestRoutesPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proposeSaveAgreePrint();
};

static int highlightedRows(QTableWidget *table)
{
    int n = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        n += table->item(r, 0)->data(Qt::UserRole).toBool();
    return n;
}

void TestRoutesPage::proposeSaveAgreePrint()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
    testing::RoutesFixture f(*db);
    ui::AppContext context(*db);
    ui::RoutesPage page(context);
    page.resize(1500, 800);
    page.show();
    page.activate();
    QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("people"))->count(), 3);
    page.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2026, 9, 1));
    page.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(QDate(2027, 6, 30));

    // No route yet: opening the person proposes one. Best 28 h (m1 + mat + ev); alternatives
    // without one of them: P1 + ev = 44 h, P2 = 72 h.
    page.openPerson(f.ivanova);
    auto *items = page.findChild<QTableWidget *>(QStringLiteral("items"));
    auto *deficits = page.findChild<QTableWidget *>(QStringLiteral("deficits"));
    QCOMPARE(page.alternativeCount(), 3);
    QCOMPARE(items->rowCount(), 3);
    QCOMPARE(deficits->rowCount(), 4);
    QCOMPARE(highlightedRows(deficits), 1); // E: nothing in the catalogue
    page.showAlternative(2);
    QCOMPARE(items->rowCount(), 1);
    QCOMPARE(items->item(0, 1)->text(), QStringLiteral("Modern lesson"));
    page.showAlternative(0);

    QVERIFY_THROWS_EXCEPTION(Error, page.cardHtml()); // not saved yet
    const QString id = page.saveProposal();
    QCOMPARE(page.currentRouteId(), id);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("status_agreed"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("status_completed"))->isEnabled());
    QVERIFY_THROWS_EXCEPTION(Error, page.changeStatus(QStringLiteral("completed")));
    page.changeStatus(QStringLiteral("agreed"));
    RouteService service(*db);
    QCOMPARE(service.loadRoute(id).status, QStringLiteral("agreed"));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("status_in_progress"))->isEnabled());
    QCOMPARE(items->rowCount(), 3);
    QCOMPARE(highlightedRows(deficits), 1);

    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    page.exportPdf(pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 5000);

    // Screenshots for review: the page, and the card's first page as laid out for print.
    const QString shots = QStringLiteral(METODIST_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(page.grab().save(shots + QStringLiteral("/routes_page.png")));
    QTextDocument doc;
    doc.setHtml(page.cardHtml());
    doc.setPageSize(QSizeF(794, 1123)); // A4 at 96 dpi
    QImage card(794, 1123, QImage::Format_RGB32);
    card.fill(Qt::white);
    QPainter painter(&card);
    doc.drawContents(&painter, QRectF(0, 0, 794, 1123));
    painter.end();
    QVERIFY(card.save(shots + QStringLiteral("/routes_card.png")));

    // Marking items: the seminar cancelled uncovers C.
    page.changeStatus(QStringLiteral("in_progress"));
    int seminar = -1;
    for (int r = 0; r < items->rowCount(); ++r)
        if (items->item(r, 1)->text() == QLatin1String("Seminar on feedback"))
            seminar = r;
    QVERIFY(seminar >= 0);
    page.setItemStatus(seminar, QStringLiteral("cancelled"));
    QCOMPARE(highlightedRows(deficits), 2);

    // The organisation's batch on a worker thread: Petrov gets a route, Ivanova has one.
    QSignalSpy finished(&page, &ui::RoutesPage::batchFinished);
    page.startBatch({RouteService::BatchScope::Organisation, f.org});
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toString().startsWith(QStringLiteral("1 draft routes built for 3 people")),
             qPrintable(finished.first().first().toString()));
    QCOMPARE(service.routesOf(f.petrov).size(), 1);
    QCOMPARE(page.currentRouteId(), id); // the page stays on Ivanova's route
}

QTEST_MAIN(TestRoutesPage)
#include "tst_routespage.moc"
