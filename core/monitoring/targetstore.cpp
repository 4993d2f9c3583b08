#include "targetstore.h"

#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <cmath>

namespace metodist::monitoring {

namespace {
QString idOrEmpty(Level level, const QString &levelId) { return level == Level::Region ? QString() : levelId; }
} // namespace

QHash<QString, double> TargetStore::load(const Database &db, Level level, const QString &levelId, int fromYear, int toYear)
{
    // Oldest first, so the newest of duplicates wins as in Indicators::compute.
    auto q = sql::exec(db.db(), QStringLiteral("SELECT indicator_code, year, target_value FROM indicator_target "
                                               "WHERE deleted = 0 AND level = ? AND COALESCE(level_id, '') = ? "
                                               "AND year BETWEEN ? AND ? ORDER BY updated_at"),
                       {levelKey(level), idOrEmpty(level, levelId), fromYear, toYear});
    QHash<QString, double> out;
    while (q.next())
        out.insert(key(q.value(0).toString(), q.value(1).toInt()), q.value(2).toDouble());
    return out;
}

QString TargetStore::problem(const TargetEntry &entry)
{
    if (!Indicators::find(entry.code))
        return tr("Unknown indicator \"%1\"").arg(entry.code);
    if (entry.year < 2000 || entry.year > 2100)
        return tr("Indicator \"%1\": year %2 is outside 2000-2100").arg(entry.code).arg(entry.year);
    if (entry.value && (!std::isfinite(*entry.value) || *entry.value < 0 || *entry.value > 100))
        return tr("Indicator \"%1\", %2: the target must be a percent from 0 to 100, not %3")
            .arg(entry.code).arg(entry.year).arg(*entry.value);
    return {};
}

int TargetStore::save(const Database &db, Level level, const QString &levelId, const QList<TargetEntry> &entries)
{
    if (level != Level::Region && levelId.isEmpty())
        throw Error(tr("Targets for a %1 need its id").arg(levelKey(level)));
    for (const auto &entry : entries)
        if (const QString why = problem(entry); !why.isEmpty())
            throw Error(why);
    const QString id = idOrEmpty(level, levelId);
    // The scope key the row syncs with: the municipality it belongs to.
    QVariant municipality;
    if (level == Level::Municipality)
        municipality = levelId;
    else if (level == Level::Organisation)
        municipality = sql::scalar(db.db(), QStringLiteral("SELECT municipality_id FROM organisation WHERE id = ?"), {levelId});
    sql::Transaction tx(db.db());
    int changed = 0;
    for (const auto &entry : entries) {
        auto q = sql::exec(db.db(), QStringLiteral("SELECT id, target_value FROM indicator_target WHERE deleted = 0 "
                                                   "AND indicator_code = ? AND year = ? AND level = ? "
                                                   "AND COALESCE(level_id, '') = ? ORDER BY updated_at DESC"),
                           {entry.code, entry.year, levelKey(level), id});
        QStringList existing;
        double current = 0;
        while (q.next()) {
            if (existing.isEmpty())
                current = q.value(1).toDouble();
            existing << q.value(0).toString();
        }
        if (!entry.value) {
            for (const QString &rowId : existing)
                Rows::setDeleted(db, QStringLiteral("indicator_target"), rowId, true);
            changed += existing.isEmpty() ? 0 : 1;
        } else if (existing.isEmpty()) {
            Rows::insert(db, QStringLiteral("indicator_target"),
                         {{QStringLiteral("municipality_id"), municipality},
                          {QStringLiteral("indicator_code"), entry.code},
                          {QStringLiteral("year"), entry.year},
                          {QStringLiteral("level"), levelKey(level)},
                          {QStringLiteral("level_id"), level == Level::Region ? QVariant() : QVariant(levelId)},
                          {QStringLiteral("target_value"), *entry.value}});
            ++changed;
        } else if (!qFuzzyCompare(1.0 + current, 1.0 + *entry.value) || existing.size() > 1) {
            Rows::update(db, QStringLiteral("indicator_target"), existing.first(), {{QStringLiteral("target_value"), *entry.value}});
            for (qsizetype i = 1; i < existing.size(); ++i) // duplicates from an older edit or a sync
                Rows::setDeleted(db, QStringLiteral("indicator_target"), existing[i], true);
            ++changed;
        }
    }
    tx.commit();
    return changed;
}

} // namespace metodist::monitoring
