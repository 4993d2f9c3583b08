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

class PullPage;

class RowWriter {
public:
    explicit RowWriter(QSqlDatabase db);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    enum class Result { Written, UnknownTable, Constraint };
    // row: {table, id, rev, deleted, updated_at, updated_by, fields{...}}. Columns the
    // profile does not have are ignored; a table it does not have is skipped. A row that
    // breaks a local UNIQUE/CHECK constraint is not written (Constraint, see lastError()):
    // the server does not know those rules, and one such row must not stop every sync.
    Result write(const QJsonObject &row);
    // The same for row `index` of a page read by PullPage (values bound as UTF-8, as they came).
    Result write(const PullPage &page, qsizetype index);
    QString lastError() const { return m_lastError; }

private:
    const QSet<QString> &columns(const QString &table);
    sqlite3_stmt *prepare(const QString &table, const QStringList &present);
    // A statement for one (table, field key list) of pulled rows, and for each field of that
    // list its parameter number (0: a column this profile does not have).
    struct PageStatement {
        sqlite3_stmt *statement = nullptr;
        QList<int> parameters;
    };
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    QString m_lastError;
    QHash<QString, QSet<QString>> m_columns;
    QHash<QString, sqlite3_stmt *> m_statements;
    QHash<QByteArray, PageStatement> m_pageStatements; // key: table \0 field \0 field ...
    QByteArray m_keyBuffer;
};

} // namespace metodist
