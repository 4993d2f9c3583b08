#include "rowwriter.h"

#include "storage/errors.h"
#include "storage/synctriggers.h"

#include <QSqlDriver>
#include <QVarLengthArray>
#include <QVariant>
#include <sqlite3.h>

namespace metodist {

RowWriter::RowWriter(QSqlDatabase db) : m_db(std::move(db))
{
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        throw Error(QStringLiteral("RowWriter needs an SQLite connection"));
}

RowWriter::~RowWriter()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

const QSet<QString> &RowWriter::columns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        QSet<QString> set;
        for (const QString &c : SyncTriggers::dataColumns(m_db, table))
            if (c != QLatin1String("deleted"))
                set.insert(c);
        it = m_columns.insert(table, set);
    }
    return *it;
}

static void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    // UTF-16 as is; SQLite copies it (and converts once, in C) before returning.
    sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
}

RowWriter::Result RowWriter::write(const QJsonObject &row)
{
    const QString table = row.value(QStringLiteral("table")).toString();
    const QSet<QString> &cols = columns(table);
    if (cols.isEmpty())
        return Result::UnknownTable;
    const QJsonObject fields = row.value(QStringLiteral("fields")).toObject();
    // One pass over the fields. JSON object keys iterate sorted, so the key string names
    // the column set and with it the prepared statement.
    QVarLengthArray<QJsonValue, 48> values;
    QStringList present;
    QString key = table;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString column = it.key();
        if (!cols.contains(column))
            continue;
        key += QLatin1Char(',');
        key += column;
        present << column;
        values.append(it.value());
    }
    sqlite3_stmt *&statement = m_statements[key];
    if (!statement) {
        QStringList names{QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                          QStringLiteral("deleted")};
        names += present;
        QStringList marks, sets;
        for (const QString &n : names) {
            marks << QStringLiteral("?");
            if (n != QLatin1String("id"))
                sets << QStringLiteral("%1 = excluded.%1").arg(n);
        }
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                                   .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                                        sets.join(QStringLiteral(", "))).toUtf8();
        if (sqlite3_prepare_v2(m_handle, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
            m_statements.remove(key);
            throw Error(QStringLiteral("%1\n[%2]").arg(message, QString::fromUtf8(sql.left(300))));
        }
    }
    bindText(statement, 1, row.value(QStringLiteral("id")).toString());
    sqlite3_bind_int64(statement, 2, row.value(QStringLiteral("rev")).toInteger());
    sqlite3_bind_int64(statement, 3, row.value(QStringLiteral("updated_at")).toInteger());
    bindText(statement, 4, row.value(QStringLiteral("updated_by")).toString());
    sqlite3_bind_int(statement, 5, row.value(QStringLiteral("deleted")).toBool() ? 1 : 0);
    int index = 6;
    for (const QJsonValue &v : values) {
        switch (v.type()) {
        case QJsonValue::Bool:
            sqlite3_bind_int(statement, index, v.toBool() ? 1 : 0);
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (d == static_cast<double>(v.toInteger()))
                sqlite3_bind_int64(statement, index, v.toInteger());
            else
                sqlite3_bind_double(statement, index, d);
            break;
        }
        case QJsonValue::String:
            bindText(statement, index, v.toString());
            break;
        default:
            sqlite3_bind_null(statement, index);
        }
        ++index;
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if ((rc & 0xff) == SQLITE_CONSTRAINT) { // extended codes may be on
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return Result::Constraint;
    }
    if (rc != SQLITE_DONE)
        throw Error(QStringLiteral("Cannot write %1 %2 from the server: %3")
                        .arg(table, row.value(QStringLiteral("id")).toString(), QString::fromUtf8(sqlite3_errmsg(m_handle))));
    return Result::Written;
}

} // namespace metodist
