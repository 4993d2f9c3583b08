#pragma once
// Reading the audit log (who changed which row, when, and which columns). The outbox
// triggers write it for every local change (core/storage/synctriggers.cpp); here it is
// filtered, sorted and read a page at a time, and exported to XLSX in pages too, so a
// log of millions of rows never sits in memory.
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace metodist {

struct AuditFilter {
    QString user;      // user id, exact; empty = all
    QString table;     // table name, exact; empty = all
    QDateTime from;    // inclusive; invalid = open
    QDateTime to;      // exclusive; invalid = open
    QString text;      // substring of row id, user, table or changed columns
};

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString userId;
    QString user;      // login or display name when the user is known locally, else the id
    QString table;
    QString rowId;
    QString record;    // what the row is, as a person names it (RowLabels); empty when the row is gone
    QString action;    // insert, update, delete, restore
    QString details;   // JSON array of changed columns for updates
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    enum Column { Seq, At, User, Table, Record, Row, Action, Details, ColumnCount };

    explicit AuditLog(Database &db) : m_db(db) {}

    static QString columnTitle(int column);
    static QString actionName(const QString &action);
    // "Сотрудник" for person, … ; the table's own name for tables without a title.
    static QString tableTitle(const QString &table);

    QList<AuditEntry> page(const AuditFilter &filter, int sortColumn, Qt::SortOrder order, int offset, int limit) const;
    qint64 count(const AuditFilter &filter) const;
    QStringList users() const;   // user ids found in the log
    QStringList tables() const;  // table names found in the log
    // Writes every matching entry (in the given order) to an XLSX file; returns the rows written.
    qint64 exportXlsx(const QString &path, const AuditFilter &filter, int sortColumn, Qt::SortOrder order) const;
    // Entries before `before`, and deleting them (the log is otherwise kept for ever).
    qint64 countBefore(const QDateTime &before) const;
    qint64 deleteBefore(const QDateTime &before);

private:
    Database &m_db;
};

} // namespace metodist
