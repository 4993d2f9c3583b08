#include "conflicts.h"

#include "localsync.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/rows.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QJsonDocument>

namespace metodist {

static QJsonObject parse(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

static QJsonValue theirsValue(const QJsonObject &theirs, const QString &column)
{
    if (column == QLatin1String("deleted"))
        return theirs.value(QStringLiteral("deleted")).toBool() ? 1 : 0;
    return theirs.value(QStringLiteral("fields")).toObject().value(column);
}

QStringList SyncConflict::differingFields() const
{
    QStringList result;
    if (refused() || localConstraint())
        return result;
    static const QSet<QString> meta{QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("updated_at"),
                                    QStringLiteral("updated_by")};
    for (auto it = mine.begin(); it != mine.end(); ++it)
        if (!meta.contains(it.key()) && LocalSync::fromJson(it.value()) != LocalSync::fromJson(theirsValue(theirs, it.key())))
            result << it.key();
    return result;
}

static SyncConflict fromQuery(QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toString();
    c.table = q.value(1).toString();
    c.rowId = q.value(2).toString();
    c.mine = parse(q.value(3).toString());
    c.theirs = parse(q.value(4).toString());
    c.createdAt = q.value(5).toLongLong();
    return c;
}

QList<SyncConflict> SyncConflicts::unresolved() const
{
    QList<SyncConflict> list;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT id, table_name, row_id, mine, theirs, created_at FROM sync_conflict "
                                                      "WHERE resolved_at IS NULL ORDER BY created_at, id"));
    while (q.next())
        list << fromQuery(q);
    return list;
}

int SyncConflicts::unresolvedCount() const
{
    return sql::scalar(m_db.db(), QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE resolved_at IS NULL")).toInt();
}

SyncConflict SyncConflicts::get(const QString &conflictId) const
{
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT id, table_name, row_id, mine, theirs, created_at FROM sync_conflict "
                                                      "WHERE id = ? AND resolved_at IS NULL"), {conflictId});
    if (!q.next())
        throw Error(tr("No open sync conflict %1").arg(conflictId));
    return fromQuery(q);
}

void SyncConflicts::markResolved(const QString &conflictId)
{
    sql::exec(m_db.db(), QStringLiteral("UPDATE sync_conflict SET resolved_at = ? WHERE id = ?"), {nowMs(), conflictId});
}

void SyncConflicts::takeTheirs(const QString &conflictId)
{
    get(conflictId);
    markResolved(conflictId);
}

void SyncConflicts::keepMine(const QString &conflictId)
{
    const SyncConflict c = get(conflictId);
    QSet<QString> all;
    for (const QString &column : SyncTriggers::dataColumns(m_db.db(), c.table))
        all.insert(column);
    merge(conflictId, all);
}

void SyncConflicts::merge(const QString &conflictId, const QSet<QString> &mineFields)
{
    const SyncConflict c = get(conflictId);
    sql::Transaction tx(m_db.db());
    if (!c.refused()) {
        QVariantMap values;
        for (const QString &column : SyncTriggers::dataColumns(m_db.db(), c.table))
            if (mineFields.contains(column) && c.mine.contains(column))
                values.insert(column, LocalSync::fromJson(c.mine.value(column)));
        // An ordinary local edit on top of theirs: the outbox carries it to the server
        // with base_rev = theirs' revision, so it is accepted, not a new conflict.
        if (!values.isEmpty())
            Rows::update(m_db, c.table, c.rowId, values);
    }
    markResolved(conflictId);
    tx.commit();
}

} // namespace metodist
