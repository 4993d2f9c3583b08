#include "screenshots.h"

#include "mainwindow.h"
#include "registry/personcarddialog.h"
#include "registry/registrypage.h"
#include "registry/staffpanel.h"
#include "registry/stafflistmodel.h"

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
    // The person card of the first person in the register.
    if (auto *registry = qobject_cast<RegistryPage *>(window.showSection(QStringLiteral("registry")))) {
        const QString id = registry->staffPanel()->model()->idAt(0);
        if (!id.isEmpty()) {
            PersonCardDialog card(window.context(), id, QString(), &window);
            card.show();
            settle();
            const QString file = QDir(dir).filePath(QStringLiteral("person-card.png"));
            if (card.grab().save(file))
                files << file;
        }
    }
    return files;
}

} // namespace metodist::ui
