#include "indicatortargets.h"

#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QSet>

namespace metodist::monitoring {

namespace {

QString unitId(Level level, const QString &levelId) { return level == Level::Region ? QString() : levelId; }

// Reads run often (every computed value carries its target): statements are prepared
// once per connection. The caller reads the rows and then calls finish().
QSqlQuery &run(const Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery &q = db.prepared(statement);
    sql::bindAll(q, values);
    sql::exec(q);
    return q;
}

// Newest first, so that rows written concurrently on two machines resolve the same way.
QStringList ids(const Database &db, const QString &code, int year, Level level, const QString &levelId)
{
    auto q = sql::exec(db.db(),
                       QStringLiteral("SELECT id FROM indicator_target WHERE deleted = 0 AND indicator_code = ? "
                                      "AND year = ? AND level = ? AND COALESCE(level_id, '') = ? "
                                      "ORDER BY updated_at DESC, id DESC"),
                       {code, year, levelKey(level), unitId(level, levelId)});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

std::optional<double> IndicatorTargets::get(const Database &db, const QString &code, int year, Level level,
                                            const QString &levelId)
{
    QSqlQuery &q = run(db,
                       QStringLiteral("SELECT target_value FROM indicator_target WHERE deleted = 0 "
                                      "AND indicator_code = ? AND year = ? AND level = ? "
                                      "AND COALESCE(level_id, '') = ? ORDER BY updated_at DESC, id DESC LIMIT 1"),
                       {code, year, levelKey(level), unitId(level, levelId)});
    std::optional<double> out;
    if (q.next() && !q.value(0).isNull())
        out = q.value(0).toDouble();
    q.finish();
    return out;
}

QHash<QString, double> IndicatorTargets::forLevel(const Database &db, const QString &code, int year, Level level)
{
    auto q = sql::exec(db.db(),
                       QStringLiteral("SELECT COALESCE(level_id, ''), target_value FROM indicator_target WHERE deleted = 0 "
                                      "AND indicator_code = ? AND year = ? AND level = ? ORDER BY updated_at, id"),
                       {code, year, levelKey(level)});
    QHash<QString, double> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toDouble()); // the newest wins
    return out;
}

QList<IndicatorTarget> IndicatorTargets::list(const Database &db, const QString &code, int year)
{
    // Conditions only for what is given, so that the (indicator_code, year) index serves them.
    QString where = QStringLiteral("deleted = 0");
    QVariantList values;
    if (!code.isEmpty()) {
        where += QStringLiteral(" AND indicator_code = ?");
        values << code;
    }
    if (year != 0) {
        where += QStringLiteral(" AND year = ?");
        values << year;
    }
    QSqlQuery &q = run(db,
                       QStringLiteral("SELECT id, indicator_code, year, level, COALESCE(level_id, ''), target_value "
                                      "FROM indicator_target WHERE %1 "
                                      "ORDER BY indicator_code, year, level, level_id, updated_at DESC, id DESC").arg(where),
                       values);
    QList<IndicatorTarget> out;
    QSet<QString> seen;
    while (q.next()) {
        IndicatorTarget t;
        t.id = q.value(0).toString();
        t.code = q.value(1).toString();
        t.year = q.value(2).toInt();
        t.level = levelFromKey(q.value(3).toString()).value_or(Level::Region);
        t.levelId = q.value(4).toString();
        t.value = q.value(5).toDouble();
        const QString key = QStringList{t.code, QString::number(t.year), levelKey(t.level), t.levelId}.join(QLatin1Char('|'));
        if (!seen.contains(key)) {
            seen.insert(key);
            out << t;
        }
    }
    q.finish();
    return out;
}

QString IndicatorTargets::problem(const QString &code, int year, std::optional<double> value)
{
    if (!Indicators::find(code))
        return tr("Unknown indicator code \"%1\"").arg(code);
    if (year < 2000 || year > 2100)
        return tr("Target year %1 is outside 2000-2100").arg(year);
    if (value && !(*value >= 0 && *value <= 100))
        return tr("Target %1 for \"%2\" must be a percentage from 0 to 100").arg(*value).arg(code);
    return {};
}

QVariant IndicatorTargets::scopeOf(const Database &db, const QString &code, Level level, const QString &levelId)
{
    if (level == Level::Municipality) {
        if (!sql::scalar(db.db(), QStringLiteral("SELECT 1 FROM municipality WHERE id = ? AND deleted = 0"), {levelId}).isValid())
            throw Error(tr("No municipality with id \"%1\" for the target of \"%2\"").arg(levelId, code));
        return levelId;
    }
    if (level == Level::Organisation) {
        const QVariant m = sql::scalar(db.db(), QStringLiteral("SELECT municipality_id FROM organisation WHERE id = ? AND deleted = 0"),
                                       {levelId});
        if (!m.isValid())
            throw Error(tr("No organisation with id \"%1\" for the target of \"%2\"").arg(levelId, code));
        return m;
    }
    return {};
}

bool IndicatorTargets::write(const Database &db, const QString &code, int year, Level level, const QString &levelId,
                             std::optional<double> value, const QVariant &scope, QString *id)
{
    const QString table = QStringLiteral("indicator_target");
    const QStringList existing = ids(db, code, year, level, levelId);
    if (!value) {
        for (const QString &rowId : existing)
            Rows::setDeleted(db, table, rowId, true);
        return !existing.isEmpty();
    }
    if (existing.isEmpty()) {
        const QString made = Rows::insert(db, table,
                                          {{QStringLiteral("indicator_code"), code}, {QStringLiteral("year"), year},
                                           {QStringLiteral("level"), levelKey(level)},
                                           {QStringLiteral("level_id"), level == Level::Region ? QVariant() : QVariant(levelId)},
                                           {QStringLiteral("target_value"), *value}, {QStringLiteral("municipality_id"), scope}});
        if (id)
            *id = made;
        return true;
    }
    if (id)
        *id = existing.first();
    const double current = sql::scalar(db.db(), QStringLiteral("SELECT target_value FROM indicator_target WHERE id = ?"),
                                       {existing.first()}).toDouble();
    if (current == *value && existing.size() == 1)
        return false;
    Rows::update(db, table, existing.first(), {{QStringLiteral("target_value"), *value}});
    for (int i = 1; i < existing.size(); ++i) // duplicates from two machines: keep one
        Rows::setDeleted(db, table, existing.at(i), true);
    return true;
}

QString IndicatorTargets::set(const Database &db, const QString &code, int year, Level level, const QString &levelId,
                              double value)
{
    if (const QString why = problem(code, year, value); !why.isEmpty())
        throw Error(why);
    const QVariant scope = scopeOf(db, code, level, levelId);
    sql::Transaction tx(db.db());
    QString id;
    write(db, code, year, level, levelId, value, scope, &id);
    tx.commit();
    return id;
}

bool IndicatorTargets::remove(const Database &db, const QString &code, int year, Level level, const QString &levelId)
{
    sql::Transaction tx(db.db());
    const bool had = write(db, code, year, level, levelId, std::nullopt, {});
    tx.commit();
    return had;
}

int IndicatorTargets::saveAll(const Database &db, Level level, const QString &levelId, const QList<TargetEntry> &entries)
{
    for (const TargetEntry &entry : entries)
        if (const QString why = problem(entry.code, entry.year, entry.value); !why.isEmpty())
            throw Error(why);
    const QVariant scope = entries.isEmpty() ? QVariant() : scopeOf(db, entries.first().code, level, levelId);
    sql::Transaction tx(db.db());
    int changed = 0;
    for (const TargetEntry &entry : entries)
        changed += write(db, entry.code, entry.year, level, levelId, entry.value, scope) ? 1 : 0;
    tx.commit();
    return changed;
}

QHash<QString, double> IndicatorTargets::load(const Database &db, Level level, const QString &levelId, int fromYear, int toYear)
{
    // Oldest first, so the newest of duplicates wins as everywhere else.
    auto q = sql::exec(db.db(), QStringLiteral("SELECT indicator_code, year, target_value FROM indicator_target "
                                               "WHERE deleted = 0 AND level = ? AND COALESCE(level_id, '') = ? "
                                               "AND year BETWEEN ? AND ? ORDER BY updated_at, id"),
                       {levelKey(level), unitId(level, levelId), fromYear, toYear});
    QHash<QString, double> out;
    while (q.next())
        out.insert(key(q.value(0).toString(), q.value(1).toInt()), q.value(2).toDouble());
    return out;
}

} // namespace metodist::monitoring
