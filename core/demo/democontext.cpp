#include "democontext.h"

#include "storage/errors.h"
#include "storage/sql.h"

#include <QSqlError>
#include <algorithm>
#include <cmath>

namespace metodist::demo {

Context::Context(QSqlDatabase database, const DemoOptions &opts)
    : db(std::move(database)), options(opts), ids(opts.seed)
{
    scale = double(options.staff) / 35000.0;
    today = options.today.isValid() ? options.today : QDate::currentDate();
    yearStart = QDate(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
}

int Context::scaled(double atFullSize, int minimum) const
{
    return std::max(minimum, int(std::lround(atFullSize * scale)));
}

void Context::progress(int percent, const QString &stage) const
{
    if (options.progress && !options.progress(std::clamp(percent, 0, 100), stage))
        throw Error(tr("Demo region generation was cancelled."));
}

Table::Table(Context &ctx, const QString &table, const QStringList &columns)
    : m_ctx(ctx), m_table(table), m_columns(columns)
{
    m_columns.prepend(QStringLiteral("municipality_id"));
    m_columns.prepend(QStringLiteral("updated_by"));
    m_columns.prepend(QStringLiteral("updated_at"));
    m_columns.prepend(QStringLiteral("id"));
    // Stay under SQLite's historic limit of 999 parameters per statement.
    m_batchRows = std::max(1, 999 / int(m_columns.size()));
    m_batch = sql::prepare(ctx.db, statement(m_batchRows));
    m_pending.reserve(m_batchRows * m_columns.size());
}

Table::~Table()
{
    if (std::uncaught_exceptions() > 0)
        return; // the transaction is being rolled back anyway
    try {
        flush();
    } catch (const Error &e) {
        m_ctx.deferredError = e.message();
    }
}

QString Table::statement(int rows) const
{
    QStringList marks;
    for (int i = 0; i < m_columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList values;
    for (int r = 0; r < rows; ++r)
        values << row;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QLatin1Char(',')));
}

void Table::add(const QString &id, const QVariant &municipalityId, std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) + 4 == m_columns.size());
    m_pending << id << m_ctx.stamp << QStringLiteral("demo") << municipalityId;
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; text columns here mean "empty".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_pending << QStringLiteral("");
        else
            m_pending << value;
    }
    ++m_count;
    if (m_pending.size() == m_batchRows * m_columns.size()) {
        for (int i = 0; i < m_pending.size(); ++i)
            m_batch.bindValue(i, m_pending.at(i));
        sql::exec(m_batch);
        m_pending.clear();
    }
}

void Table::flush()
{
    if (m_pending.isEmpty())
        return;
    const int rows = int(m_pending.size() / m_columns.size());
    QSqlQuery query = sql::prepare(m_ctx.db, statement(rows));
    for (int i = 0; i < m_pending.size(); ++i)
        query.bindValue(i, m_pending.at(i));
    sql::exec(query);
    m_pending.clear();
}

QString isoDate(const QDate &date) { return date.toString(Qt::ISODate); }

QDate workingDayFrom(QDate date)
{
    for (;;) {
        const int m = date.month();
        const int d = date.day();
        if (m == 7 || m == 8) {
            date = QDate(date.year(), 9, 1);
            continue;
        }
        const bool holiday = (m == 1 && d <= 8) || (m == 5 && d <= 10) || (m == 12 && d == 31);
        if (!holiday && date.dayOfWeek() <= 5)
            return date;
        date = date.addDays(1);
    }
}

} // namespace metodist::demo
