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

} // namespace metodist
