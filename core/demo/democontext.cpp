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

Table::Table(Context &ctx, const QString &table, const QStringList &columns) : m_ctx(ctx), m_query(ctx.db)
{
    QStringList all = {QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                       QStringLiteral("municipality_id")};
    all << columns;
    m_columns = int(all.size());
    QStringList marks;
    for (int i = 0; i < m_columns; ++i)
        marks << QStringLiteral("?");
    const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table, all.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    m_query = sql::prepare(ctx.db, statement);
}

void Table::add(const QString &id, const QVariant &municipalityId, std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) + 4 == m_columns);
    m_query.bindValue(0, id);
    m_query.bindValue(1, m_ctx.stamp);
    m_query.bindValue(2, QStringLiteral("demo"));
    m_query.bindValue(3, municipalityId);
    int i = 4;
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; text columns here mean "empty".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_query.bindValue(i++, QStringLiteral(""));
        else
            m_query.bindValue(i++, value);
    }
    sql::exec(m_query);
    ++m_count;
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
