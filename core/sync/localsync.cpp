#include "localsync.h"

#include "pullpage.h"
#include "rowwriter.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>

namespace metodist {

static const QString kPushBatch = QStringLiteral("push_batch");
static const QString kCursor = QStringLiteral("pull_cursor");
static const QString kServer = QStringLiteral("server_url");
static const int kTriggerlessPageRows = 1000;

static QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

LocalSync::LocalSync(Database &db) : m_db(db) {}
LocalSync::~LocalSync() = default;

QJsonValue LocalSync::toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::Bool:
        return QJsonValue(value.toBool() ? 1 : 0);
    default:
        return QJsonValue(value.toString());
    }
}

QVariant LocalSync::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(value.toInteger()))
            return value.toInteger();
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

QString LocalSync::state(const QString &key) const
{
    return sql::scalar(m_db.db(), QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key}).toString();
}

void LocalSync::setState(const QString &key, const QString &value)
{
    if (value.isNull())
        sql::exec(m_db.db(), QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {key});
    else
        sql::exec(m_db.db(), QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, value});
}

qint64 LocalSync::cursor() const { return state(kCursor).toLongLong(); }

int LocalSync::outboxCount() const { return sql::scalar(m_db.db(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(); }

void LocalSync::bindToServer(const QString &serverUrl)
{
    if (state(kServer) == serverUrl)
        return;
    sql::Transaction tx(m_db.db());
    setState(kServer, serverUrl);
    setState(kCursor, QStringLiteral("0"));
    tx.commit();
}

const QStringList &LocalSync::columns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end())
        it = m_columns.insert(table, SyncTriggers::dataColumns(m_db.db(), table));
    return *it;
}

QJsonObject LocalSync::localRowJson(const QString &table, const QString &id)
{
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    QJsonObject row;
    if (!q.next())
        return row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), toJson(q.value(i)));
    return row;
}

QJsonObject LocalSync::pendingOrNewBatch(int maxRows)
{
    const QString stored = state(kPushBatch);
    if (!stored.isEmpty())
        return QJsonDocument::fromJson(stored.toUtf8()).object();

    const QStringList synced = SyncTriggers::syncedTables(m_db.db());
    struct Pending {
        QString table, id, op;
        qint64 baseRev = 0;
        QSet<QString> changed;
        QJsonArray seqs;
    };
    QList<Pending> rows;
    QHash<QString, qsizetype> index;
    QJsonArray allSeqs;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT seq, table_name, row_id, op, base_rev, changed FROM outbox ORDER BY seq"));
    while (q.next()) {
        const QString key = q.value(1).toString() + QLatin1Char('|') + q.value(2).toString();
        auto it = index.find(key);
        if (it == index.end()) {
            if (rows.size() >= maxRows)
                continue; // later rows go in the next batch
            Pending p;
            p.table = q.value(1).toString();
            p.id = q.value(2).toString();
            p.op = q.value(3).toString();
            p.baseRev = q.value(4).toLongLong(); // the first change's base: what the server had
            rows.append(p);
            it = index.insert(key, rows.size() - 1);
        }
        Pending &p = rows[*it];
        if (q.value(3).toString() == QLatin1String("insert"))
            p.op = QStringLiteral("insert");
        for (const QJsonValue &c : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            p.changed.insert(c.toString());
        p.seqs.append(q.value(0).toLongLong());
        allSeqs.append(q.value(0).toLongLong());
    }
    if (rows.isEmpty())
        return {};

    QJsonArray changes;
    for (const Pending &p : rows) {
        if (!synced.contains(p.table))
            continue;
        const QJsonObject local = localRowJson(p.table, p.id);
        if (local.isEmpty())
            continue; // hard-deleted locally: nothing left to send
        QJsonObject fields;
        for (const QString &column : columns(p.table))
            if (column != QLatin1String("deleted"))
                fields.insert(column, local.value(column));
        QJsonObject change{{QStringLiteral("table"), p.table},
                           {QStringLiteral("id"), p.id},
                           {QStringLiteral("base_rev"), p.baseRev},
                           {QStringLiteral("fields"), fields},
                           {QStringLiteral("deleted"), local.value(QStringLiteral("deleted")).toInteger() != 0},
                           {QStringLiteral("updated_at"), local.value(QStringLiteral("updated_at"))},
                           {QStringLiteral("updated_by"), local.value(QStringLiteral("updated_by"))}};
        if (p.op == QLatin1String("insert") && p.baseRev == 0) {
            change.insert(QStringLiteral("changed"), QJsonValue::Null);
        } else {
            QJsonArray changed;
            for (const QString &c : p.changed)
                changed.append(c);
            change.insert(QStringLiteral("changed"), changed);
        }
        changes.append(change);
    }
    const QJsonObject body{{QStringLiteral("batch_id"), newId()},
                           {QStringLiteral("schema"), Migrator::currentVersion(m_db.db())},
                           {QStringLiteral("changes"), changes}};
    const QJsonObject batch{{QStringLiteral("body"), body}, {QStringLiteral("seqs"), allSeqs}};
    // Persisted before sending: after a lost answer the same batch_id goes again and the
    // server returns what it did the first time.
    setState(kPushBatch, compact(batch));
    return batch;
}

bool LocalSync::writeServerRow(const QJsonObject &row)
{
    if (!m_writer)
        m_writer = std::make_unique<RowWriter>(m_db.db());
    if (m_writer->write(row) != RowWriter::Result::Constraint)
        return true;
    recordLocalConstraint(row);
    return false;
}

bool LocalSync::writeServerRow(const PullPage &page, qsizetype index)
{
    if (!m_writer)
        m_writer = std::make_unique<RowWriter>(m_db.db());
    if (m_writer->write(page, index) != RowWriter::Result::Constraint)
        return true;
    recordLocalConstraint(page.rowJson(index));
    return false;
}

void LocalSync::recordLocalConstraint(const QJsonObject &row)
{
    // Kept for review instead of blocking every later sync on this row.
    sql::exec(m_db.db(),
              QStringLiteral("INSERT INTO sync_conflict(id, table_name, row_id, mine, theirs, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {newId(), row.value(QStringLiteral("table")).toString(), row.value(QStringLiteral("id")).toString(),
               compact(QJsonObject{{QStringLiteral("status"), QStringLiteral("local_constraint")},
                                   {QStringLiteral("message"), m_writer->lastError()}}),
               compact(row), nowMs()});
}

// Foreign keys are checked by the server's order of revisions, not ours: a page may hold
// a person before its organisation. The pragma only changes outside a transaction.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(QSqlDatabase db) : m_db(std::move(db)) { sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")); }
    ~ForeignKeysOff()
    {
        try {
            sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        } catch (...) {
        }
    }

private:
    QSqlDatabase m_db;
};

LocalSync::PushOutcome LocalSync::applyPushResult(const QJsonObject &result)
{
    const QJsonObject batch = QJsonDocument::fromJson(state(kPushBatch).toUtf8()).object();
    const QJsonArray seqs = batch.value(QStringLiteral("seqs")).toArray();
    QVariantList seqList;
    qint64 maxSeq = 0;
    for (const QJsonValue &s : seqs)
        maxSeq = std::max(maxSeq, s.toInteger());
    PushOutcome outcome;
    ForeignKeysOff fkOff(m_db.db());
    sql::Transaction tx(m_db.db());
    CaptureOff capture(m_db.db());
    for (const QJsonValue &v : result.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString table = r.value(QStringLiteral("table")).toString();
        const QString id = r.value(QStringLiteral("id")).toString();
        const QString status = r.value(QStringLiteral("status")).toString();
        // Edits made while the batch was in flight stay queued, rebased on the new revision.
        const bool editedSince = sql::scalar(m_db.db(),
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = ? AND row_id = ? AND seq > ?"),
            {table, id, maxSeq}).toInt() > 0;
        if (status == QLatin1String("accepted") || status == QLatin1String("merged")) {
            const qint64 rev = r.value(QStringLiteral("rev")).toInteger();
            if (editedSince) {
                sql::exec(m_db.db(), QStringLiteral("UPDATE %1 SET rev = ? WHERE id = ?").arg(table), {rev, id});
                sql::exec(m_db.db(), QStringLiteral("UPDATE outbox SET base_rev = ? WHERE table_name = ? AND row_id = ? AND seq > ?"),
                          {rev, table, id, maxSeq});
            } else {
                writeServerRow(r.value(QStringLiteral("row")).toObject());
            }
            status == QLatin1String("accepted") ? ++outcome.accepted : ++outcome.merged;
        } else {
            // Conflict or refusal: the local version is kept for review; the server's
            // version (if any) is what the row shows until then.
            const QJsonObject theirs = status == QLatin1String("conflict")
                ? r.value(QStringLiteral("theirs")).toObject()
                : QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("code"), r.value(QStringLiteral("code"))},
                              {QStringLiteral("message"), r.value(QStringLiteral("message"))}};
            sql::exec(m_db.db(),
                      QStringLiteral("INSERT INTO sync_conflict(id, table_name, row_id, mine, theirs, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {newId(), table, id, compact(localRowJson(table, id)), compact(theirs), nowMs()});
            if (status == QLatin1String("conflict") && !editedSince)
                writeServerRow(theirs);
            status == QLatin1String("conflict") ? ++outcome.conflicts : ++outcome.refused;
        }
    }
    for (const QJsonValue &s : seqs)
        sql::exec(m_db.db(), QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {s.toInteger()});
    setState(kPushBatch, QString());
    tx.commit();
    return outcome;
}

LocalSync::PullOutcome LocalSync::applyPullPage(const QJsonObject &page)
{
    PullPage parsed;
    if (!parsed.parse(QJsonDocument(page).toJson(QJsonDocument::Compact)))
        throw Error(parsed.error());
    return applyPullPage(parsed);
}

LocalSync::PullOutcome LocalSync::applyPullPage(const PullPage &page)
{
    PullOutcome outcome;
    ForeignKeysOff fkOff(m_db.db());
    sql::Transaction tx(m_db.db());
    CaptureOff capture(m_db.db());
    const bool outboxEmpty = outboxCount() == 0;
    // The outbox triggers run (and test the capture flag) for every row even with capture
    // off — about a fifth of the write time. For a big page of one table they are dropped
    // and re-created inside this transaction, so they are never missing outside it.
    QHash<QByteArrayView, int> perTable;
    for (const PullRow &row : page.rows)
        ++perTable[row.table];
    QStringList triggers;
    for (auto it = perTable.begin(); it != perTable.end(); ++it) {
        if (it.value() < kTriggerlessPageRows)
            continue;
        QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                                          "AND tbl_name = ? AND name LIKE 'outbox\\_%' ESCAPE '\\'"),
                                {QString::fromUtf8(it.key())});
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            triggers << q.value(1).toString();
        }
        for (const QString &name : names)
            sql::exec(m_db.db(), QStringLiteral("DROP TRIGGER %1").arg(name));
    }
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        const PullRow &row = page.rows.at(i);
        // A row with local edits still queued keeps them; the next push reconciles it.
        if (!outboxEmpty
            && sql::scalar(m_db.db(), QStringLiteral("SELECT 1 FROM outbox WHERE table_name = ? AND row_id = ? LIMIT 1"),
                           {QString::fromUtf8(row.table), QString::fromUtf8(row.id)}).isValid()) {
            ++outcome.skipped;
            continue;
        }
        writeServerRow(page, i) ? ++outcome.applied : ++outcome.skipped;
    }
    for (const QString &trigger : triggers)
        sql::exec(m_db.db(), trigger);
    outcome.next = page.next;
    outcome.more = page.more;
    if (outcome.next > cursor())
        setState(kCursor, QString::number(outcome.next));
    tx.commit();
    return outcome;
}

} // namespace metodist
