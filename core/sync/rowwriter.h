#pragma once
// Writes server rows (the JSON of a pull page or a push result) into a profile: an upsert
// per row, prepared once per (table, column set). Works straight on the connection's
// sqlite3 handle: through QSqlQuery the per-row binding cost was most of an initial sync
// (measured by bench_syncapply). Same connection, same transaction as the caller.
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace metodist {

class RowWriter {
public:
    explicit RowWriter(QSqlDatabase db);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    // row: {table, id, rev, deleted, updated_at, updated_by, fields{...}}. Columns the
    // profile does not have are ignored; a table it does not have is skipped (false).
    bool write(const QJsonObject &row);

private:
    const QSet<QString> &columns(const QString &table);
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    QHash<QString, QSet<QString>> m_columns;
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace metodist
