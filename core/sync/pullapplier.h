#pragma once
// Writes pulled pages on a thread of its own (its own connection to the profile), in the
// order they came, while SyncClient receives and reads the next page: the SQLite writing of
// an initial sync (most of its CPU) then overlaps everything else on the client. Each page
// is still one transaction together with its cursor (LocalSync::applyPullPage).
#include "localsync.h"
#include "pullpage.h"

#include <QMutex>
#include <QQueue>
#include <QThread>
#include <QWaitCondition>

#include <memory>

namespace metodist {

class PullApplier : public QThread {
    Q_OBJECT
public:
    explicit PullApplier(const Database &db, QObject *parent = nullptr);
    ~PullApplier() override; // finishes the page being written, drops the rest

    void enqueue(quint64 run, std::shared_ptr<const PullPage> page);
    void clear();      // drops pages not yet started
    int pending() const; // queued or being written

Q_SIGNALS:
    // Emitted from the applier's thread (connect with the default, queued, connection).
    void applied(quint64 run, const metodist::LocalSync::PullOutcome &outcome, qint64 head, qint64 applyMs);
    void failed(quint64 run, const QString &message);

protected:
    void run() override;

private:
    struct Job {
        quint64 run;
        std::shared_ptr<const PullPage> page;
    };
    const Database &m_source;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QQueue<Job> m_queue;
    bool m_busy = false;
    bool m_stop = false;
};

} // namespace metodist

Q_DECLARE_METATYPE(metodist::LocalSync::PullOutcome)
