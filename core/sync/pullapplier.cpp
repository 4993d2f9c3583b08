#include "pullapplier.h"

#include "storage/errors.h"

#include <QElapsedTimer>

namespace metodist {

PullApplier::PullApplier(const Database &db, QObject *parent) : QThread(parent), m_source(db)
{
    qRegisterMetaType<metodist::LocalSync::PullOutcome>();
}

PullApplier::~PullApplier()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.wakeAll();
    wait();
}

void PullApplier::enqueue(quint64 run, std::shared_ptr<const PullPage> page)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_queue.enqueue({run, std::move(page)});
    }
    m_wake.wakeAll();
    if (!isRunning())
        start();
}

void PullApplier::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_queue.clear();
}

int PullApplier::pending() const
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_queue.size()) + (m_busy ? 1 : 0);
}

void PullApplier::run()
{
    // The connection is made, used and closed in this thread (QSqlDatabase is per thread).
    std::unique_ptr<Database> db;
    std::unique_ptr<LocalSync> local;
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stop)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            job = m_queue.dequeue();
            m_busy = true;
        }
        try {
            if (!db) {
                db = m_source.openAnother();
                local = std::make_unique<LocalSync>(*db);
            }
            QElapsedTimer timer;
            timer.start();
            const LocalSync::PullOutcome outcome = local->applyPullPage(*job.page);
            {
                const QMutexLocker lock(&m_mutex);
                m_busy = false;
            }
            Q_EMIT applied(job.run, outcome, job.page->head, timer.elapsed());
        } catch (const Error &e) {
            {
                const QMutexLocker lock(&m_mutex);
                m_busy = false;
                m_queue.clear(); // later pages must not be written past a failed one
            }
            Q_EMIT failed(job.run, e.message());
        }
    }
    local.reset();
    db.reset();
}

} // namespace metodist
