// The demo region made from the GUI: the generator runs in a worker thread, the
// dialog shows its stage and percent, and Cancel stops it (the partial file is removed).
#include "profiledialog.h"

#include "demo/demogenerator.h"
#include "storage/errors.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>

namespace metodist::ui {

bool createDemoRegion(QWidget *parent, const QString &path, int staff)
{
    QProgressDialog progress(QCoreApplication::translate("metodist::ui::ProfileDialog", "Making the demo region…"),
                             QCoreApplication::translate("metodist::ui::ProfileDialog", "Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    std::atomic<bool> cancelled{false};
    std::atomic<int> percent{0};
    QString stage;
    QMutex stageMutex;

    DemoOptions options;
    options.staff = staff;
    options.seed = 2026;
    options.progress = [&](int p, const QString &s) {
        percent = p;
        QMutexLocker lock(&stageMutex);
        stage = s;
        return !cancelled.load();
    };
    QString error;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        tick.stop();
    });
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        progress.setValue(percent.load());
        QMutexLocker lock(&stageMutex);
        progress.setLabelText(stage);
    });
    tick.start(100);
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            generateDemoRegion(path, options);
        } catch (const Error &e) {
            error = e.message();
        }
    }));
    loop.exec();
    tick.stop();
    progress.close();
    if (cancelled)
        return false;
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QCoreApplication::translate("metodist::ui::ProfileDialog", "Demo region not made"), error);
        return false;
    }
    return true;
}

} // namespace metodist::ui
