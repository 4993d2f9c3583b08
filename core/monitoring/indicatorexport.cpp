#include "indicatorexport.h"

#include "storage/errors.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace metodist::monitoring {

QString IndicatorExport::resolveUnit(const Database &db, Level level, const QString &idOrName)
{
    const QString table = level == Level::Organisation ? QStringLiteral("organisation") : QStringLiteral("municipality");
    if (level == Level::Region || idOrName.trimmed().isEmpty())
        return {};
    if (sql::scalar(db.db(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(table), {idOrName}).isValid())
        return idOrName;
    auto q = sql::exec(db.db(), QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND lower(trim(name)) = ?").arg(table),
                       {idOrName.trimmed().toLower()});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (ids.isEmpty())
        throw Error(level == Level::Organisation ? tr("No organisation with the id or name \"%1\"").arg(idOrName)
                                                 : tr("No municipality with the id or name \"%1\"").arg(idOrName));
    if (ids.size() > 1)
        throw Error(tr("The name \"%1\" fits %2 units; give the id (%3)").arg(idOrName).arg(ids.size()).arg(ids.join(QStringLiteral(", "))));
    return ids.first();
}

QList<IndicatorRow> IndicatorExport::collect(const Database &db, Level level, const QString &unitId, int fromYear,
                                             int toYear)
{
    QList<IndicatorRow> rows;
    QString unitName = Indicators::tr("Region");
    if (level != Level::Region && !unitId.isEmpty())
        unitName = sql::scalar(db.db(),
                               QStringLiteral("SELECT name FROM %1 WHERE id = ?")
                                   .arg(level == Level::Organisation ? QStringLiteral("organisation") : QStringLiteral("municipality")),
                               {unitId})
                       .toString();
    for (int year = fromYear; year <= toYear; ++year) {
        for (const IndicatorDefinition &def : Indicators::definitions()) {
            if (level == Level::Region || !unitId.isEmpty()) {
                rows.append({Indicators::compute(db, def, Indicators::yearScope(year, level, unitId)), def.origin, unitName});
                continue;
            }
            QList<UnitValue> units = Indicators::byUnit(db, def, Indicators::yearScope(year), level);
            std::stable_sort(units.begin(), units.end(), [](const UnitValue &a, const UnitValue &b) {
                return a.unitName < b.unitName; // files list units in a fixed order
            });
            for (const UnitValue &u : units)
                rows.append({u.value, def.origin, u.unitName});
        }
    }
    return rows;
}

TextTable IndicatorExport::table(const QList<IndicatorRow> &rows)
{
    TextTable t;
    t.title = tr("Indicators");
    t.headers = {tr("Code"), tr("Concept"), tr("Indicator"), tr("Year"), tr("Level"), tr("Unit id"), tr("Unit"),
                 tr("Numerator"), tr("Denominator"), tr("Value, %"), tr("Target, %")};
    for (const IndicatorRow &r : rows) {
        const IndicatorValue &v = r.value;
        t.rows.append({v.code, r.origin, v.title, QString::number(v.to.year()), levelKey(v.level), v.levelId, r.unitName,
                       QString::number(v.numerator), QString::number(v.denominator), Indicators::formatValue(v),
                       v.target ? QString::number(*v.target, 'f', 1) : QString()});
    }
    return t;
}

QByteArray IndicatorExport::json(const QList<IndicatorRow> &rows)
{
    QJsonArray list;
    for (const IndicatorRow &r : rows) {
        const IndicatorValue &v = r.value;
        QJsonObject o;
        o.insert(QStringLiteral("code"), v.code);
        o.insert(QStringLiteral("concept"), r.origin);
        o.insert(QStringLiteral("title"), v.title);
        o.insert(QStringLiteral("year"), v.to.year());
        o.insert(QStringLiteral("from"), v.from.toString(Qt::ISODate));
        o.insert(QStringLiteral("to"), v.to.toString(Qt::ISODate));
        o.insert(QStringLiteral("level"), levelKey(v.level));
        o.insert(QStringLiteral("unit_id"), v.levelId);
        o.insert(QStringLiteral("unit"), r.unitName);
        o.insert(QStringLiteral("numerator"), v.numerator);
        o.insert(QStringLiteral("denominator"), v.denominator);
        o.insert(QStringLiteral("value"), v.hasData() ? QJsonValue(v.value) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("no_data"), !v.hasData());
        o.insert(QStringLiteral("target"), v.target ? QJsonValue(*v.target) : QJsonValue(QJsonValue::Null));
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("indicators"), list}}).toJson(QJsonDocument::Indented);
}

} // namespace metodist::monitoring
