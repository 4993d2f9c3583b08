#include "synctriggers.h"

#include "sql.h"

#include <QUuid>

#include <utility>


namespace metodist {

static const QStringList kMetaColumns = {
    QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("updated_at"),
    QStringLiteral("updated_by"), QStringLiteral("deleted"), QStringLiteral("municipality_id")};

static QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

QStringList SyncTriggers::syncedTables(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList all;
    while (q.next())
        all << q.value(0).toString();
    for (const QString &table : all) {
        const QStringList columns = columnsOf(db, table);
        bool synced = true;
        for (const QString &meta : kMetaColumns)
            synced = synced && columns.contains(meta);
        if (synced)
            tables << table;
    }
    return tables;
}

QStringList SyncTriggers::dataColumns(const QSqlDatabase &db, const QString &table)
{
    QStringList result;
    for (const QString &column : columnsOf(db, table))
        if (column == QLatin1String("deleted") || column == QLatin1String("municipality_id")
            || !kMetaColumns.contains(column))
            result << column;
    return result;
}

static const QString kCaptureOn = QStringLiteral("(SELECT capture FROM sync_capture WHERE one = 1) = 1");
static const QString kNowMs = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");

void SyncTriggers::install(const QSqlDatabase &db)
{
    const QString &capture = kCaptureOn;
    const QString &now = kNowMs;
    for (const QString &table : syncedTables(db)) {
        sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS outbox_%1_insert").arg(table));
        sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS outbox_%1_update").arg(table));
        sql::exec(db, QStringLiteral(
            "CREATE TRIGGER outbox_%1_insert AFTER INSERT ON %1 WHEN %2 BEGIN "
            "INSERT INTO outbox(table_name, row_id, op, base_rev, changed, created_at) "
            "VALUES ('%1', NEW.id, 'insert', NEW.rev, NULL, %3); "
            "INSERT INTO audit_log(at, user_id, table_name, row_id, action, details) "
            "VALUES (%3, NEW.updated_by, '%1', NEW.id, 'insert', NULL); END")
            .arg(table, capture, now));
        QStringList changedParts;
        for (const QString &column : dataColumns(db, table))
            changedParts << QStringLiteral("SELECT '%1' AS c WHERE OLD.%1 IS NOT NEW.%1").arg(column);
        sql::exec(db, QStringLiteral(
            "CREATE TRIGGER outbox_%1_update AFTER UPDATE ON %1 WHEN %2 BEGIN "
            "INSERT INTO outbox(table_name, row_id, op, base_rev, changed, created_at) "
            "SELECT '%1', NEW.id, 'update', OLD.rev, json_group_array(c), %3 FROM (%4) "
            "HAVING count(*) > 0; "
            "INSERT INTO audit_log(at, user_id, table_name, row_id, action, details) "
            "SELECT %3, NEW.updated_by, '%1', NEW.id, "
            "CASE WHEN NEW.deleted IS OLD.deleted THEN 'update' WHEN NEW.deleted THEN 'delete' ELSE 'restore' END, "
            "json_group_array(c) FROM (%4) HAVING count(*) > 0; END")
            .arg(table, capture, now, changedParts.join(QStringLiteral(" UNION ALL "))));
    }
}

bool SyncTriggers::upToDate(const QSqlDatabase &db)
{
    // Triggers made before the audit log was filled by them lack its INSERT.
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name LIKE 'outbox!_%' ESCAPE '!' AND sql NOT LIKE '%audit_log%'"))
               .toInt() == 0;
}

void SyncTriggers::setCapture(const QSqlDatabase &db, bool on)
{
    sql::exec(db, QStringLiteral("UPDATE sync_capture SET capture = ? WHERE one = 1"), {on ? 1 : 0});
}

CaptureOff::CaptureOff(QSqlDatabase db) : m_db(std::move(db)) { SyncTriggers::setCapture(m_db, false); }

CaptureOff::~CaptureOff()
{
    try {
        SyncTriggers::setCapture(m_db, true);
    } catch (...) {
        // The transaction rolling back restores capture anyway.
    }
}

BulkInsertCapture::BulkInsertCapture(QSqlDatabase db, QString table)
    : m_db(std::move(db)), m_table(std::move(table)),
      m_prefix(QUuid::createUuid().toString(QUuid::WithoutBraces).left(24))
{
    m_triggerSql = sql::scalar(m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
                               {QStringLiteral("outbox_%1_insert").arg(m_table)})
                       .toString();
    if (!m_triggerSql.isEmpty())
        sql::exec(m_db, QStringLiteral("DROP TRIGGER outbox_%1_insert").arg(m_table));
}

BulkInsertCapture::~BulkInsertCapture()
{
    try {
        restoreTrigger();
    } catch (...) {
        // The transaction rolling back restores the trigger anyway.
    }
}

QString BulkInsertCapture::nextId()
{
    // 24 random hex digits (90 bits) keep bulk inserts apart; the last 12 count up.
    return m_prefix + QStringLiteral("%1").arg(++m_counter, 12, 16, QLatin1Char('0'));
}

void BulkInsertCapture::finish()
{
    if (m_triggerSql.isEmpty())
        return;
    const QVariantList range = {m_prefix + QString(12, QLatin1Char('0')), m_prefix + QString(12, QLatin1Char('f'))};
    const QString rows = QStringLiteral("FROM %1 WHERE id BETWEEN ? AND ? AND %2 ORDER BY id").arg(m_table, kCaptureOn);
    sql::exec(m_db, QStringLiteral("INSERT INTO outbox(table_name, row_id, op, base_rev, changed, created_at) "
                                   "SELECT '%1', id, 'insert', rev, NULL, %2 %3").arg(m_table, kNowMs, rows), range);
    sql::exec(m_db, QStringLiteral("INSERT INTO audit_log(at, user_id, table_name, row_id, action, details) "
                                   "SELECT %2, updated_by, '%1', id, 'insert', NULL %3").arg(m_table, kNowMs, rows), range);
    restoreTrigger();
}

void BulkInsertCapture::restoreTrigger()
{
    if (m_triggerSql.isEmpty())
        return;
    const QString sqlText = std::exchange(m_triggerSql, QString());
    sql::exec(m_db, sqlText);
}

} // namespace metodist
