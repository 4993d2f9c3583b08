#include "routesxlsx.h"

#include "io/xlsxwriter.h"
#include "registry/personnamesql.h"
#include "routes/routecard.h"
#include "storage/sql.h"

namespace metodist {

static void header(io::XlsxWriter &book, const QStringList &titles)
{
    for (int c = 0; c < titles.size(); ++c) {
        book.write(0, c, titles[c], true);
        book.setColumnWidth(c, c == 0 || c == 2 ? 34 : 14);
    }
}

int RoutesXlsx::exportOrganisation(Database &db, const QString &organisationId, const QString &path)
{
    const QString where = organisationId.isEmpty() ? QStringLiteral("1 = 1") : QStringLiteral("p.organisation_id = ?");
    const QVariantList args = organisationId.isEmpty() ? QVariantList() : QVariantList{organisationId};
    QSqlQuery q = sql::exec(db.db(), QStringLiteral(
        "SELECT r.id, %2, p.position FROM route r "
        "JOIN person p ON p.id = r.person_id WHERE r.deleted = 0 AND %1 ORDER BY p.sort_name, p.last_name, r.period_start")
                                .arg(where, personFullNameSql(QStringLiteral("p"))), args);
    QStringList ids, names, positions;
    while (q.next()) {
        ids << q.value(0).toString();
        names << q.value(1).toString().simplified();
        positions << q.value(2).toString();
    }
    QHash<QString, QString> competenceNames;
    QSqlQuery c = sql::exec(db.db(), QStringLiteral("SELECT id, name FROM competence"));
    while (c.next())
        competenceNames.insert(c.value(0).toString(), c.value(1).toString());

    io::XlsxWriter book(path);
    book.addSheet(tr("Routes"));
    header(book, {tr("Teacher"), tr("Position"), tr("Period start"), tr("Period end"), tr("Status"), tr("Items"), tr("Hours"),
                  tr("Deficits"), tr("Not covered")});
    RouteService service(db);
    QList<QVariantList> itemRows; // the second sheet, written after the first
    for (int i = 0; i < ids.size(); ++i) {
        const RouteRow route = service.loadRoute(ids[i]);
        const RouteCoverage coverage = service.coverage(ids[i]);
        const QVariantList row{names[i], positions[i], route.periodStart, route.periodEnd, RouteCard::statusTitle(route.status),
                               int(route.items.size()), route.hours(), int(coverage.lines.size()),
                               coverage.uncoveredPronounced + coverage.uncoveredPartial};
        for (int col = 0; col < row.size(); ++col)
            book.write(i + 1, col, row[col]);
        for (const RouteItemRow &item : route.items)
            itemRows.append({names[i], RouteCard::stageTitle(item.stage).section(QLatin1Char(':'), 0, 0), item.title,
                             RouteCard::kindTitle(item.kind), competenceNames.value(item.competenceId), item.hours,
                             item.plannedStart.isValid() ? QVariant(item.plannedStart) : QVariant(),
                             item.plannedEnd.isValid() ? QVariant(item.plannedEnd) : QVariant(),
                             RouteCard::statusTitle(item.status), item.evidence});
    }
    book.addSheet(tr("Items"));
    header(book, {tr("Teacher"), tr("Stage"), tr("Item"), tr("Kind"), tr("Deficit"), tr("Hours"), tr("Planned start"),
                  tr("Planned end"), tr("Status"), tr("Evidence")});
    for (int r = 0; r < itemRows.size(); ++r)
        for (int col = 0; col < itemRows[r].size(); ++col)
            book.write(r + 1, col, itemRows[r][col]);
    book.close();
    return int(ids.size());
}

} // namespace metodist
