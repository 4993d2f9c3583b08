#include "rowlabels.h"

#include "registry/personnamesql.h"
#include "storage/sql.h"

namespace metodist {

namespace {

// The statement naming one row of `table`, made from the columns it has.
std::optional<QString> labelStatement(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (q.next())
        columns << q.value(0).toString();
    if (!columns.contains(QStringLiteral("id")))
        return std::nullopt;
    QString own;
    QString join;
    if (columns.contains(QStringLiteral("last_name"))) {
        own = personFullNameSql(QStringLiteral("t"));
    } else {
        for (const char *name : {"display_name", "full_name", "name", "title", "code", "login", "topic", "reg_number"})
            if (columns.contains(QLatin1String(name))) {
                own = QStringLiteral("nullif(t.%1, '')").arg(QLatin1String(name));
                break;
            }
        for (const char *person : {"person_id", "mentee_person_id", "expert_person_id"})
            if (columns.contains(QLatin1String(person))) {
                join = QStringLiteral(" LEFT JOIN person p ON p.id = t.%1").arg(QLatin1String(person));
                own = own.isEmpty() ? personFullNameSql(QStringLiteral("p")) : QStringLiteral("coalesce(%1, %2)").arg(own, personFullNameSql(QStringLiteral("p")));
                break;
            }
    }
    QString date;
    for (const char *name : {"taken_on", "starts_at", "starts_on", "submitted_on", "issued_on", "enrolled_on", "dated_on", "since", "year"})
        if (columns.contains(QLatin1String(name))) {
            date = QStringLiteral("t.%1").arg(QLatin1String(name));
            break;
        }
    if (own.isEmpty() && date.isEmpty())
        return std::nullopt;
    const QString text = own.isEmpty() ? QStringLiteral("%1").arg(date)
                         : date.isEmpty() ? own
                                          : QStringLiteral("%1 || coalesce(' · ' || %2, '')").arg(own, date);
    return QStringLiteral("SELECT %1 FROM \"%2\" t%3 WHERE t.id = ?").arg(text, table, join);
}

} // namespace

QString RowLabels::label(const QString &table, const QString &id)
{
    auto it = m_queries.find(table);
    if (it == m_queries.end()) {
        std::optional<QSqlQuery> query;
        if (const auto statement = labelStatement(m_db.db(), table))
            query = sql::prepare(m_db.db(), *statement);
        it = m_queries.insert(table, std::move(query));
    }
    if (!it->has_value())
        return {};
    QSqlQuery &q = **it;
    q.bindValue(0, id);
    sql::exec(q);
    const QString text = q.next() ? q.value(0).toString().simplified() : QString();
    q.finish();
    return text;
}

} // namespace metodist
