#pragma once
// The local half of sync, without any networking: builds push batches from the outbox
// (persisting each batch before it is sent, so a retry reuses its batch_id and content),
// applies push results and pulled pages in one transaction each, keeps the pull cursor.
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <memory>
#include <QStringList>

namespace metodist {

class PullPage;
class RowWriter;

class LocalSync {
    Q_DECLARE_TR_FUNCTIONS(LocalSync)
public:
    explicit LocalSync(Database &db);
    ~LocalSync();

    struct PushOutcome {
        int accepted = 0, merged = 0, conflicts = 0, refused = 0;
    };
    struct PullOutcome {
        int applied = 0, skipped = 0;
        qint64 next = 0;
        bool more = false;
    };

    // The batch left unanswered by an earlier run, else a new one from the outbox
    // (stored in sync_state before it is returned); an empty object when nothing is queued.
    QJsonObject pendingOrNewBatch(int maxRows);
    // Forgets a stored batch the server refused as a whole (never applied).
    void dropStoredBatch() { setState(QStringLiteral("push_batch"), QString()); }
    // Applies the server's answer to the stored batch and forgets that batch.
    PushOutcome applyPushResult(const QJsonObject &result);
    PullOutcome applyPullPage(const PullPage &page);
    PullOutcome applyPullPage(const QJsonObject &page); // the same page as a JSON object

    qint64 cursor() const;
    int outboxCount() const;
    // A profile connected to another server starts its pull from the beginning.
    void bindToServer(const QString &serverUrl);
    QString state(const QString &key) const;
    void setState(const QString &key, const QString &value);

    // SQL value <-> JSON value, the same way in both directions.
    static QJsonValue toJson(const QVariant &value);
    static QVariant fromJson(const QJsonValue &value);
    QJsonObject localRowJson(const QString &table, const QString &id);

private:
    const QStringList &columns(const QString &table);
    // False when a local constraint refused the row (then recorded in sync_conflict).
    bool writeServerRow(const QJsonObject &row);
    bool writeServerRow(const PullPage &page, qsizetype index);
    void recordLocalConstraint(const QJsonObject &row);

    Database &m_db;
    QHash<QString, QStringList> m_columns;
    std::unique_ptr<RowWriter> m_writer; // made on first use
};

} // namespace metodist
