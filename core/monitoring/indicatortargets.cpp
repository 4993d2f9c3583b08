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

QString IndicatorTargets::set(const Database &db, const QString &code, int year, Level level, const QString &levelId,
                              double value)
{
    if (!Indicators::find(code))
        throw Error(tr("Unknown indicator code \"%1\"").arg(code));
    if (year < 2000 || year > 2100)
        throw Error(tr("Target year %1 is outside 2000-2100").arg(year));
    if (!(value >= 0 && value <= 100))
        throw Error(tr("Target %1 for \"%2\" must be a percentage from 0 to 100").arg(value).arg(code));
    QVariant scopeMunicipality; // the sync scope key of the row
    if (level == Level::Municipality) {
        if (!sql::scalar(db.db(), QStringLiteral("SELECT 1 FROM municipality WHERE id = ? AND deleted = 0"), {levelId}).isValid())
            throw Error(tr("No municipality with id \"%1\" for the target of \"%2\"").arg(levelId, code));
        scopeMunicipality = levelId;
    } else if (level == Level::Organisation) {
        const QVariant m = sql::scalar(db.db(), QStringLiteral("SELECT municipality_id FROM organisation WHERE id = ? AND deleted = 0"),
                                       {levelId});
        if (!m.isValid())
            throw Error(tr("No organisation with id \"%1\" for the target of \"%2\"").arg(levelId, code));
        scopeMunicipality = m;
    }
    sql::Transaction tx(db.db());
    const QStringList existing = ids(db, code, year, level, levelId);
    QString id;
    if (existing.isEmpty()) {
        id = Rows::insert(db, QStringLiteral("indicator_target"),
                          {{QStringLiteral("indicator_code"), code}, {QStringLiteral("year"), year},
                           {QStringLiteral("level"), levelKey(level)},
                           {QStringLiteral("level_id"), level == Level::Region ? QVariant() : QVariant(levelId)},
                           {QStringLiteral("target_value"), value}, {QStringLiteral("municipality_id"), scopeMunicipality}});
    } else {
        id = existing.first();
        Rows::update(db, QStringLiteral("indicator_target"), id, {{QStringLiteral("target_value"), value}});
        for (int i = 1; i < existing.size(); ++i) // duplicates from two machines: keep one
            Rows::setDeleted(db, QStringLiteral("indicator_target"), existing.at(i), true);
    }
    tx.commit();
    return id;
}

bool IndicatorTargets::remove(const Database &db, const QString &code, int year, Level level, const QString &levelId)
{
    sql::Transaction tx(db.db());
    const QStringList existing = ids(db, code, year, level, levelId);
    for (const QString &id : existing)
        Rows::setDeleted(db, QStringLiteral("indicator_target"), id, true);
    tx.commit();
    return !existing.isEmpty();
}

} // namespace metodist::monitoring
