#include "rows.h"

#include "errors.h"
#include "ids.h"
#include "sql.h"

#include <QSqlRecord>

namespace metodist {

QString Rows::insert(const Database &db, const QString &table, QVariantMap fields)
{
    if (fields.value(QStringLiteral("id")).toString().isEmpty())
        fields.insert(QStringLiteral("id"), newId());
    fields.insert(QStringLiteral("updated_at"), nowMs());
    fields.insert(QStringLiteral("updated_by"), db.userId());
    QStringList marks;
    for (int i = 0; i < fields.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &query = db.prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(table, fields.keys().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    sql::bindAll(query, fields.values());
    sql::exec(query);
    return fields.value(QStringLiteral("id")).toString();
}

void Rows::update(const Database &db, const QString &table, const QString &id, const QVariantMap &fields)
{
    QVariantMap all = fields;
    all.remove(QStringLiteral("id"));
    all.insert(QStringLiteral("updated_at"), nowMs());
    all.insert(QStringLiteral("updated_by"), db.userId());
    QStringList sets;
    for (const QString &column : all.keys())
        sets << column + QStringLiteral(" = ?");
    QVariantList values = all.values();
    values << id;
    QSqlQuery &q = db.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
    sql::bindAll(q, values);
    sql::exec(q);
    if (q.numRowsAffected() != 1)
        throw Error(QStringLiteral("No row %1 in %2").arg(id, table));
}

void Rows::setDeleted(const Database &db, const QString &table, const QString &id, bool deleted)
{
    update(db, table, id, {{QStringLiteral("deleted"), deleted ? 1 : 0}});
}

QVariantMap Rows::get(const Database &db, const QString &table, const QString &id)
{
    QSqlQuery q = sql::exec(db.db(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    QVariantMap row;
    if (q.next()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
    }
    return row;
}

} // namespace metodist
