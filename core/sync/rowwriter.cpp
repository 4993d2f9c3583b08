#include "rowwriter.h"

#include "pullpage.h"
#include "storage/errors.h"
#include "storage/synctriggers.h"

#include <QSqlDriver>
#include <QVarLengthArray>
#include <QVariant>
#include <sqlite3.h>

#include <cmath>

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
    for (const PageStatement &ps : std::as_const(m_pageStatements))
        sqlite3_finalize(ps.statement);
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

// Columns 1..5 are id, rev, updated_at, updated_by, deleted; then `present` in order.
sqlite3_stmt *RowWriter::prepare(const QString &table, const QStringList &present)
{
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
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
        throw Error(QStringLiteral("%1\n[%2]").arg(QString::fromUtf8(sqlite3_errmsg(m_handle)), QString::fromUtf8(sql.left(300))));
    return statement;
}

static void bindUtf8(sqlite3_stmt *statement, int index, QByteArrayView text)
{
    // The page text outlives the step; SQLite need not copy it.
    sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

RowWriter::Result RowWriter::write(const PullPage &page, qsizetype index)
{
    const PullRow &row = page.rows.at(index);
    m_keyBuffer.resize(0); // keeps its capacity
    m_keyBuffer += row.table;
    for (qsizetype i = row.firstField; i < row.firstField + row.fieldCount; ++i) {
        m_keyBuffer += '\0';
        m_keyBuffer += page.fields.at(i).key;
    }
    auto it = m_pageStatements.find(m_keyBuffer);
    if (it == m_pageStatements.end()) {
        PageStatement ps;
        const QString table = QString::fromUtf8(row.table);
        const QSet<QString> &cols = columns(table);
        if (!cols.isEmpty()) {
            QStringList present;
            for (qsizetype i = row.firstField; i < row.firstField + row.fieldCount; ++i) {
                const QString column = QString::fromUtf8(page.fields.at(i).key);
                // Unknown or repeated columns are not bound.
                const bool use = cols.contains(column) && !present.contains(column);
                ps.parameters << (use ? 6 + static_cast<int>(present.size()) : 0);
                if (use)
                    present << column;
            }
            ps.statement = prepare(table, present);
        }
        it = m_pageStatements.insert(m_keyBuffer, ps);
    }
    sqlite3_stmt *statement = it->statement;
    if (!statement)
        return Result::UnknownTable;
    bindUtf8(statement, 1, row.id);
    sqlite3_bind_int64(statement, 2, row.rev);
    sqlite3_bind_int64(statement, 3, row.updatedAt);
    bindUtf8(statement, 4, row.updatedBy);
    sqlite3_bind_int(statement, 5, row.deleted ? 1 : 0);
    for (qsizetype i = 0; i < row.fieldCount; ++i) {
        const int parameter = it->parameters.at(i);
        if (parameter == 0)
            continue;
        const PullValue &v = page.fields.at(row.firstField + i).value;
        switch (v.type) {
        case PullValue::Bool:
        case PullValue::Int:
            sqlite3_bind_int64(statement, parameter, v.integer);
            break;
        case PullValue::Double:
            // Integral numbers are stored as integers, as LocalSync::fromJson does.
            if (std::abs(v.real) < 9e18 && v.real == static_cast<double>(static_cast<qint64>(v.real)))
                sqlite3_bind_int64(statement, parameter, static_cast<qint64>(v.real));
            else
                sqlite3_bind_double(statement, parameter, v.real);
            break;
        case PullValue::String:
        case PullValue::Json:
            bindUtf8(statement, parameter, v.text);
            break;
        default:
            sqlite3_bind_null(statement, parameter);
        }
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if ((rc & 0xff) == SQLITE_CONSTRAINT) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return Result::Constraint;
    }
    if (rc != SQLITE_DONE)
        throw Error(QStringLiteral("Cannot write %1 %2 from the server: %3")
                        .arg(QString::fromUtf8(row.table), QString::fromUtf8(row.id), QString::fromUtf8(sqlite3_errmsg(m_handle))));
    return Result::Written;
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
        try {
            statement = prepare(table, present);
        } catch (const Error &) {
            m_statements.remove(key);
            throw;
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
