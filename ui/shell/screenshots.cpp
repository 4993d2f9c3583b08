#include "screenshots.h"

#include "mainwindow.h"
#include "common/reportprinter.h"
#include "journal/journalpage.h"
#include "groups/groupspage.h"
#include "groups/groupsscreenshots.h"
#include "monitoring/dashboardview.h"
#include "monitoring/monitoringpage.h"
#include "monitoring/reportrenderer.h"
#include "monitoring/reportspanel.h"
#include "storage/errors.h"
#include "registry/personcarddialog.h"
#include "storage/sql.h"
#include "diagnostics/deficitprofilewidget.h"
#include "support/supportscreenshots.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextDocument>
#include <QTableView>
#include <QThread>

namespace metodist::ui {

// Lets queued work (lazy loads, background counts) finish before a picture is taken.
static void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

// The dashboard with a figure opened behind it, and the report for the ministry: its
// PDF and its first three pages as pictures (the charts are drawn into the document).
static QStringList monitoringShots(MainWindow &window, const QString &dir)
{
    QStringList files;
    auto *page = qobject_cast<MonitoringPage *>(window.showSection(QStringLiteral("monitoring")));
    if (!page)
        return files;
    page->waitUntilIdle();
    settle();
    page->dashboard()->selectIndicator(0);
    page->waitUntilIdle();
    page->openIndicator(0);
    if (auto *dialog = page->figureDialog()) {
        dialog->setShow(FigureDialog::NotCounted);
        settle();
        const QString file = QDir(dir).filePath(QStringLiteral("monitoring-figure.png"));
        if (dialog->grab().save(file))
            files << file;
        dialog->close();
    }
    page->tabs()->setCurrentIndex(1); // the targets of the region
    settle();
    const QString targets = QDir(dir).filePath(QStringLiteral("monitoring-targets.png"));
    if (window.grab().save(targets))
        files << targets;
    page->tabs()->setCurrentIndex(0);
    try {
        const auto filter = page->snapshot().filter;
        monitoring::ReportRequest request;
        request.year = filter.toYear;
        request.trendYears = filter.toYear - filter.fromYear + 1;
        const auto report = monitoring::MonitoringReport::build(window.context().db(), request);
        const QString pdf = QDir(dir).filePath(QStringLiteral("monitoring-report.pdf"));
        ReportRenderer::savePdf(report, pdf);
        files << pdf;
        const auto doc = ReportRenderer::document(report);
        for (int p = 0; p < std::min(3, ReportPrinter::pageCount(*doc, report.landscape)); ++p) {
            const QString png = QDir(dir).filePath(QStringLiteral("monitoring-report-page%1.png").arg(p + 1));
            if (ReportPrinter::pageImage(*doc, p, report.landscape).save(png))
                files << png;
        }
    } catch (const Error &) {
        // An empty profile has nothing to report: the section's PNG is still there.
    }
    return files;
}

QStringList takeScreenshots(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    QStringList files;
    window.resize(1366, 800);
    window.show();
    settle();
    for (int i = 0; i < window.sectionCount(); ++i) {
        // The dashboard computes in the background: wait for its charts.
        if (auto *monitoring = qobject_cast<MonitoringPage *>(window.showSection(i)))
            monitoring->waitUntilIdle();
        settle(600);
        const QString file = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(window.sectionCode(i)));
        if (window.grab().save(file))
            files << file;
    }
    // The printed journal and attendance sheet of the group the journal opened with.
    if (auto *journal = qobject_cast<JournalPage *>(window.showSection(QStringLiteral("journal")))) {
        settle();
        const QString journalPdf = QDir(dir).filePath(QStringLiteral("journal.pdf"));
        const QString sheetPdf = QDir(dir).filePath(QStringLiteral("attendance-sheet.pdf"));
        try {
            ReportPrinter::savePdf(journalPdf, journal->journalHtml(), true);
            ReportPrinter::savePdf(sheetPdf, journal->attendanceSheetHtml(), true);
            files << journalPdf << sheetPdf;
        } catch (const Error &) {
            // No group to print in this profile: the PNGs are still there.
        }
    }

    // The groups section: workshop load chart, an instructor's and a learner's week.
    if (auto *groups = qobject_cast<GroupsPage *>(window.showSection(QStringLiteral("groups"))))
        files << saveGroupsScreenshots(window, *groups, window.context().db(), dir, [](int ms) { settle(ms); });
    files << monitoringShots(window, dir);

    // The card of someone diagnosed more than once (so the profile has a before/after).
    window.showSection(QStringLiteral("registry"));
    {
        const QString id = sql::scalar(window.context().db().db(), QStringLiteral(
            "SELECT person_id FROM diagnostic WHERE deleted = 0 GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1")).toString();
        if (!id.isEmpty()) {
            auto card = window.createPersonCard(id);
            card->show();
            settle();
            const QString file = QDir(dir).filePath(QStringLiteral("person-card.png"));
            if (card->grab().save(file))
                files << file;
            card->tabs()->setCurrentWidget(card->findChild<DeficitProfileWidget *>());
            settle();
            const QString profileFile = QDir(dir).filePath(QStringLiteral("person-deficit-profile.png"));
            if (card->grab().save(profileFile))
                files << profileFile;
        }
    }
    files << takeSupportScreenshots(window, dir);
    return files;
}

} // namespace metodist::ui
