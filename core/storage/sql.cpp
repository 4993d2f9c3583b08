#include "sql.h"

#include <QSqlError>

namespace metodist::sql {

static Error sqlError(const QSqlError &error, const QString &statement)
{
    return Error(QStringLiteral("%1\n[%2]").arg(error.text(), statement.simplified().left(300)));
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        throw sqlError(query.lastError(), statement);
    return query;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // QtSql binds a null QString as NULL; only an invalid QVariant means NULL here.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw sqlError(query.lastError(), query.lastQuery());
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!query.exec(statement))
            throw sqlError(query.lastError(), statement);
        return query;
    }
    if (!query.prepare(statement))
        throw sqlError(query.lastError(), statement);
    bindAll(query, values);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw sqlError(m_db.lastError(), QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        throw sqlError(m_db.lastError(), QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace metodist::sql
