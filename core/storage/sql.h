#pragma once
// Small helpers over QSqlQuery that throw metodist::Error on failure, so call sites
// read as the SQL they run and a failure always carries the statement and reason.
#include "errors.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace metodist::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
// Binds positional values; an invalid QVariant binds NULL, a null QString binds ''.
void bindAll(QSqlQuery &query, const QVariantList &values);
void exec(QSqlQuery &query);
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Runs a block in a transaction: commits on success, rolls back on any exception.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace metodist::sql
