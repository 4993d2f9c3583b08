#include "screenshots.h"

#include "mainwindow.h"
#include "common/reportprinter.h"
#include "journal/journalpage.h"
#include "groups/groupspage.h"
#include "groups/groupsscreenshots.h"
#include "storage/errors.h"
#include "registry/personcarddialog.h"
#include "storage/sql.h"
#include "diagnostics/deficitprofilewidget.h"
#include "support/supportscreenshots.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
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

QStringList takeScreenshots(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    QStringList files;
    window.resize(1366, 800);
    window.show();
    settle();
    for (int i = 0; i < window.sectionCount(); ++i) {
        window.showSection(i);
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
