#pragma once
// Runs a job on a pool thread while the calling (GUI) thread keeps processing events,
// and returns the job's value. The job opens its own Database connection there.
#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <functional>

namespace metodist::ui {

template <typename T>
T runInWorker(std::function<T()> job)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(job)));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return watcher.result();
}

} // namespace metodist::ui
