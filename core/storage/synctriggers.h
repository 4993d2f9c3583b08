#pragma once
// Every synced table (one with the id/rev/updated_at/updated_by/deleted/municipality_id
// columns) gets triggers that append to the outbox in the same transaction as the
// change, so no code path can change a row without it being queued for sync.
// Writing with capture off (applying pulled rows, bulk demo data) skips the outbox
// and the audit log.
#include <QSqlDatabase>
#include <QStringList>

namespace metodist {

class SyncTriggers {
public:
    static QStringList syncedTables(const QSqlDatabase &db);
    static QStringList dataColumns(const QSqlDatabase &db, const QString &table);
    // The triggers also write audit_log (who, when, which row, what columns) for local changes.
    static void install(const QSqlDatabase &db);
    // False when the installed triggers are older than this build's (then install() again).
    static bool upToDate(const QSqlDatabase &db);
    static void setCapture(const QSqlDatabase &db, bool on);
};

// Turns outbox capture off for a scope (inside the caller's transaction).
class CaptureOff {
public:
    explicit CaptureOff(QSqlDatabase db);
    ~CaptureOff();

private:
    QSqlDatabase m_db;
};

// Inserting tens of thousands of rows into one synced table: the per-row insert trigger
// costs more than the row itself (SQLite materialises NEW for every row even with
// capture off), so it is dropped for the scope of the caller's transaction and the
// rows' outbox and audit entries are written by one INSERT ... SELECT each in finish().
// The rows must take their ids from nextId() (one random prefix and a counter, so they
// form one range of the primary key) and must not be changed before finish().
// Without finish() the trigger is put back and the transaction must roll back.
class BulkInsertCapture {
public:
    BulkInsertCapture(QSqlDatabase db, QString table);
    ~BulkInsertCapture();
    BulkInsertCapture(const BulkInsertCapture &) = delete;
    BulkInsertCapture &operator=(const BulkInsertCapture &) = delete;

    QString nextId();
    void finish();

private:
    void restoreTrigger();

    QSqlDatabase m_db;
    QString m_table;
    QString m_triggerSql;
    QString m_prefix;
    qint64 m_counter = 0;
};

} // namespace metodist
