#include "supportscreenshots.h"

#include "communitypanel.h"
#include "mentoringmodel.h"
#include "mentoringpanel.h"
#include "portfoliowidget.h"
#include "registry/personcarddialog.h"
#include "shell/mainwindow.h"
#include "storage/errors.h"
#include "storage/sql.h"
#include "supportpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>

namespace metodist::ui {

static void settle(int ms = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

QStringList takeSupportScreenshots(MainWindow &window, const QString &dir)
{
    QStringList files;
    const auto shoot = [&](QWidget *widget, const QString &name) {
        settle();
        const QString file = QDir(dir).filePath(name);
        if (widget->grab().save(file))
            files << file;
    };
    auto *page = qobject_cast<SupportPage *>(window.showSection(QStringLiteral("support")));
    if (!page)
        return files;
    page->tabs()->setCurrentIndex(0);
    QComboBox *view = page->mentoring()->viewChooser();
    view->setCurrentIndex(view->findData(int(MentoringModel::Mode::YoungWithoutMentor)));
    page->mentoring()->refresh();
    shoot(&window, QStringLiteral("support-young-without-mentor.png"));
    view->setCurrentIndex(0);
    page->mentoring()->refresh();

    page->tabs()->setCurrentIndex(1);
    QTableWidget *communities = page->communities()->communities();
    for (int row = 0; row < communities->rowCount(); ++row)
        if (communities->item(row, 0)->text().contains(QStringLiteral("методический актив"), Qt::CaseInsensitive))
            communities->setCurrentCell(row, 0);
    shoot(&window, QStringLiteral("support-active.png"));
    page->tabs()->setCurrentIndex(2);
    shoot(&window, QStringLiteral("support-surveys.png"));
    page->tabs()->setCurrentIndex(0);

    // The portfolio of someone with the most to show: items, documents and diagnostics.
    const QString id = sql::scalar(window.context().db().db(), QStringLiteral(
        "SELECT pi.person_id FROM portfolio_item pi WHERE pi.deleted = 0 "
        "AND EXISTS (SELECT 1 FROM certificate c WHERE c.person_id = pi.person_id AND c.deleted = 0) "
        "GROUP BY pi.person_id ORDER BY count(*) DESC, (SELECT count(*) FROM diagnostic d WHERE d.person_id = pi.person_id) DESC, "
        "pi.person_id LIMIT 1")).toString();
    if (id.isEmpty())
        return files;
    auto card = window.createPersonCard(id);
    card->resize(1000, 760);
    card->show();
    if (auto *portfolio = card->findChild<PortfolioWidget *>()) {
        card->tabs()->setCurrentWidget(portfolio);
        shoot(card.get(), QStringLiteral("person-portfolio.png"));
        const QString pdf = QDir(dir).filePath(QStringLiteral("portfolio.pdf"));
        try {
            portfolio->savePdf(pdf);
            files << pdf;
        } catch (const Error &) {
            // The PNGs are still there.
        }
    }
    return files;
}

} // namespace metodist::ui
