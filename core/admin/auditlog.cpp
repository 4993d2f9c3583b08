#include "auditlog.h"

#include "io/xlsxwriter.h"
#include "storage/sql.h"

namespace metodist {

static QString where(const AuditFilter &f, QVariantList &binds)
{
    QStringList parts;
    if (!f.user.isEmpty()) {
        parts << QStringLiteral("l.user_id = ?");
        binds << f.user;
    }
    if (!f.table.isEmpty()) {
        parts << QStringLiteral("l.table_name = ?");
        binds << f.table;
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("l.at >= ?");
        binds << f.from.toMSecsSinceEpoch();
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("l.at < ?");
        binds << f.to.toMSecsSinceEpoch();
    }
    if (!f.text.trimmed().isEmpty()) {
        parts << QStringLiteral("(instr(l.row_id, ?) > 0 OR instr(l.user_id, ?) > 0 OR instr(l.table_name, ?) > 0 "
                                "OR instr(coalesce(l.details, ''), ?) > 0 OR instr(coalesce(u.login, ''), ?) > 0)");
        for (int i = 0; i < 5; ++i)
            binds << f.text.trimmed();
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

static const char *kFrom = " FROM audit_log l LEFT JOIN app_user u ON u.id = l.user_id";

QString AuditLog::columnTitle(int column)
{
    switch (column) {
    case Seq: return tr("No.");
    case At: return tr("Time");
    case User: return tr("User");
    case Table: return tr("Table");
    case Row: return tr("Row");
    case Action: return tr("Action");
    case Details: return tr("Changed fields");
    }
    return {};
}

QString AuditLog::actionName(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("added");
    if (action == QLatin1String("update"))
        return tr("changed");
    if (action == QLatin1String("delete"))
        return tr("deleted");
    if (action == QLatin1String("restore"))
        return tr("restored");
    return action;
}

// The SELECT of entries in the given order, with the filter's binds appended.
static QString selectStatement(const AuditFilter &filter, int sortColumn, Qt::SortOrder order, QVariantList &binds)
{
    static const QStringList orderBy = {QStringLiteral("l.seq"), QStringLiteral("l.at"), QStringLiteral("coalesce(u.login, l.user_id)"),
                                        QStringLiteral("l.table_name"), QStringLiteral("l.row_id"), QStringLiteral("l.action"),
                                        QStringLiteral("l.details")};
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString column = orderBy.value(sortColumn, orderBy.first());
    return QStringLiteral("SELECT l.seq, l.at, l.user_id, coalesce(u.login, l.user_id), l.table_name, l.row_id, "
                          "l.action, l.details%1%2 ORDER BY %3 %4, l.seq %4")
        .arg(QLatin1String(kFrom), where(filter, binds), column, direction);
}

static AuditEntry entryFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong()), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

QList<AuditEntry> AuditLog::page(const AuditFilter &filter, int sortColumn, Qt::SortOrder order, int offset, int limit) const
{
    QVariantList binds;
    const QString statement = selectStatement(filter, sortColumn, order, binds) + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << limit << offset;
    QSqlQuery q = sql::exec(m_db.db(), statement, binds);
    QList<AuditEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

qint64 AuditLog::count(const AuditFilter &filter) const
{
    QVariantList binds;
    return sql::scalar(m_db.db(), QStringLiteral("SELECT count(*)%1%2").arg(QLatin1String(kFrom), where(filter, binds)), binds).toLongLong();
}

QStringList AuditLog::users() const
{
    QStringList list;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT DISTINCT user_id FROM audit_log ORDER BY user_id"));
    while (q.next())
        list << q.value(0).toString();
    return list;
}

QStringList AuditLog::tables() const
{
    QStringList list;
    // Walks the (table_name, row_id) index.
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT DISTINCT table_name FROM audit_log ORDER BY table_name"));
    while (q.next())
        list << q.value(0).toString();
    return list;
}

qint64 AuditLog::exportXlsx(const QString &path, const AuditFilter &filter, int sortColumn, Qt::SortOrder order) const
{
    io::XlsxWriter book(path, true);
    book.addSheet(tr("Audit log"));
    for (int c = 0; c < ColumnCount; ++c)
        book.write(0, c, columnTitle(c), true);
    const double widths[] = {8, 18, 18, 22, 38, 12, 40};
    for (int c = 0; c < ColumnCount; ++c)
        book.setColumnWidth(c, widths[c]);
    // One forward-only pass: rows go to the file as they are read.
    QVariantList binds;
    QSqlQuery q = sql::prepare(m_db.db(), selectStatement(filter, sortColumn, order, binds));
    q.setForwardOnly(true);
    sql::bindAll(q, binds);
    sql::exec(q);
    qint64 written = 0;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        const int r = int(++written);
        book.write(r, Seq, e.seq);
        book.write(r, At, e.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")));
        book.write(r, User, e.user);
        book.write(r, Table, e.table);
        book.write(r, Row, e.rowId);
        book.write(r, Action, actionName(e.action));
        book.write(r, Details, e.details);
    }
    book.freezeHeaderWithFilter(int(written), ColumnCount);
    book.close();
    return written;
}

} // namespace metodist
