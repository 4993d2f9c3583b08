#include "auditlog.h"

#include "io/xlsxwriter.h"
#include "rowlabels.h"
#include "storage/sql.h"

#include <QHash>

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
    case Record: return tr("Record");
    case Row: return tr("Row id");
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

QString AuditLog::tableTitle(const QString &table)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("app_user"), QT_TR_NOOP("User account")},
        {QStringLiteral("application"), QT_TR_NOOP("Application")},
        {QStringLiteral("application_person"), QT_TR_NOOP("Person in an application")},
        {QStringLiteral("application_status_change"), QT_TR_NOOP("Application status")},
        {QStringLiteral("catalogue_competence"), QT_TR_NOOP("Competence of a catalogue item")},
        {QStringLiteral("certificate"), QT_TR_NOOP("Certificate")},
        {QStringLiteral("community"), QT_TR_NOOP("Community")},
        {QStringLiteral("community_member"), QT_TR_NOOP("Community member")},
        {QStringLiteral("competence"), QT_TR_NOOP("Competence")},
        {QStringLiteral("competence_area"), QT_TR_NOOP("Competence area")},
        {QStringLiteral("diagnostic"), QT_TR_NOOP("Diagnostic")},
        {QStringLiteral("enrolment"), QT_TR_NOOP("Enrolment")},
        {QStringLiteral("equipment"), QT_TR_NOOP("Equipment")},
        {QStringLiteral("event"), QT_TR_NOOP("Event")},
        {QStringLiteral("indicator_target"), QT_TR_NOOP("Indicator target")},
        {QStringLiteral("instructor"), QT_TR_NOOP("Instructor")},
        {QStringLiteral("instructor_availability"), QT_TR_NOOP("Instructor availability")},
        {QStringLiteral("instrument"), QT_TR_NOOP("Diagnostic instrument")},
        {QStringLiteral("instrument_item"), QT_TR_NOOP("Instrument item")},
        {QStringLiteral("journal_mark"), QT_TR_NOOP("Journal mark")},
        {QStringLiteral("material"), QT_TR_NOOP("Material")},
        {QStringLiteral("mentoring_pair"), QT_TR_NOOP("Mentoring pair")},
        {QStringLiteral("municipality"), QT_TR_NOOP("Municipality")},
        {QStringLiteral("organisation"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("person"), QT_TR_NOOP("Staff member")},
        {QStringLiteral("portfolio_item"), QT_TR_NOOP("Portfolio item")},
        {QStringLiteral("programme"), QT_TR_NOOP("Programme")},
        {QStringLiteral("programme_expertise"), QT_TR_NOOP("Programme expertise")},
        {QStringLiteral("programme_module"), QT_TR_NOOP("Programme module")},
        {QStringLiteral("role_assignment"), QT_TR_NOOP("Role")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("route"), QT_TR_NOOP("Educational route")},
        {QStringLiteral("route_item"), QT_TR_NOOP("Route item")},
        {QStringLiteral("session"), QT_TR_NOOP("Session")},
        {QStringLiteral("session_equipment"), QT_TR_NOOP("Equipment of a session")},
        {QStringLiteral("session_instructor"), QT_TR_NOOP("Instructor of a session")},
        {QStringLiteral("site"), QT_TR_NOOP("Site")},
        {QStringLiteral("study_group"), QT_TR_NOOP("Group")},
        {QStringLiteral("survey_response"), QT_TR_NOOP("Survey response")},
    };
    const auto it = titles.constFind(table);
    return it == titles.cend() ? table : tr(*it);
}

// The SELECT of entries in the given order, with the filter's binds appended.
static QString selectStatement(const AuditFilter &filter, int sortColumn, Qt::SortOrder order, QVariantList &binds)
{
    // By record: a row's history together (the label itself is not in the log).
    static const QStringList orderBy = {QStringLiteral("l.seq"), QStringLiteral("l.at"), QStringLiteral("coalesce(u.login, l.user_id)"),
                                        QStringLiteral("l.table_name"), QStringLiteral("l.table_name %1, l.row_id"),
                                        QStringLiteral("l.row_id"), QStringLiteral("l.action"), QStringLiteral("l.details")};
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column = orderBy.value(sortColumn, orderBy.first());
    if (column.contains(QLatin1String("%1")))
        column = column.arg(direction);
    return QStringLiteral("SELECT l.seq, l.at, l.user_id, coalesce(u.login, l.user_id), l.table_name, l.row_id, "
                          "l.action, l.details%1%2 ORDER BY %3 %4, l.seq %4")
        .arg(QLatin1String(kFrom), where(filter, binds), column, direction);
}

static AuditEntry entryFrom(const QSqlQuery &q, RowLabels &labels)
{
    const QString table = q.value(4).toString(), row = q.value(5).toString();
    return {q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong()), q.value(2).toString(),
            q.value(3).toString(), table, row, labels.label(table, row), q.value(6).toString(), q.value(7).toString()};
}

QList<AuditEntry> AuditLog::page(const AuditFilter &filter, int sortColumn, Qt::SortOrder order, int offset, int limit) const
{
    QVariantList binds;
    const QString statement = selectStatement(filter, sortColumn, order, binds) + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << limit << offset;
    QSqlQuery q = sql::exec(m_db.db(), statement, binds);
    RowLabels labels(m_db);
    QList<AuditEntry> list;
    while (q.next())
        list.append(entryFrom(q, labels));
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
    const double widths[] = {8, 18, 18, 22, 40, 38, 12, 40};
    for (int c = 0; c < ColumnCount; ++c)
        book.setColumnWidth(c, widths[c]);
    // One forward-only pass: rows go to the file as they are read.
    QVariantList binds;
    QSqlQuery q = sql::prepare(m_db.db(), selectStatement(filter, sortColumn, order, binds));
    q.setForwardOnly(true);
    sql::bindAll(q, binds);
    sql::exec(q);
    qint64 written = 0;
    RowLabels labels(m_db);
    while (q.next()) {
        const AuditEntry e = entryFrom(q, labels);
        const int r = int(++written);
        book.write(r, Seq, e.seq);
        book.write(r, At, e.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")));
        book.write(r, User, e.user);
        book.write(r, Table, tableTitle(e.table));
        book.write(r, Record, e.record);
        book.write(r, Row, e.rowId);
        book.write(r, Action, actionName(e.action));
        book.write(r, Details, e.details);
    }
    book.freezeHeaderWithFilter(int(written), ColumnCount);
    book.close();
    return written;
}

qint64 AuditLog::countBefore(const QDateTime &before) const
{
    return sql::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE at < ?"), {before.toMSecsSinceEpoch()}).toLongLong();
}

qint64 AuditLog::deleteBefore(const QDateTime &before)
{
    sql::Transaction tx(m_db.db());
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("DELETE FROM audit_log WHERE at < ?"), {before.toMSecsSinceEpoch()});
    const qint64 deleted = q.numRowsAffected();
    tx.commit();
    return deleted;
}

} // namespace metodist
