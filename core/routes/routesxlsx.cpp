#include "routesxlsx.h"

#include "routes/routecard.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <xlsxwriter.h>

namespace metodist {

namespace {

class Sheet {
public:
    Sheet(lxw_workbook *book, const QString &name, lxw_format *bold, const QStringList &headers)
        : m_sheet(workbook_add_worksheet(book, name.toUtf8().constData()))
    {
        for (int c = 0; c < headers.size(); ++c) {
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(), bold);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 32 : 16, nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
    }
    void text(int column, const QString &value)
    {
        worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column), value.toUtf8().constData(), nullptr);
    }
    void number(int column, double value) { worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column), value, nullptr); }
    void next() { ++m_row; }

private:
    lxw_worksheet *m_sheet;
    int m_row = 1;
};

} // namespace

int RoutesXlsx::exportOrganisation(Database &db, const QString &organisationId, const QString &path)
{
    lxw_workbook *book = workbook_new(path.toUtf8().constData());
    if (!book)
        throw Error(tr("Cannot create the workbook %1.").arg(path));
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    Sheet routes(book, tr("Routes"), bold,
                 {tr("Teacher"), tr("Position"), tr("Period start"), tr("Period end"), tr("Status"), tr("Items"),
                  tr("Hours"), tr("Deficits"), tr("Not covered")});
    Sheet items(book, tr("Items"), bold,
                {tr("Teacher"), tr("Stage"), tr("Item"), tr("Kind"), tr("Deficit"), tr("Hours"), tr("Planned start"),
                 tr("Planned end"), tr("Status"), tr("Evidence")});

    const QString where = organisationId.isEmpty() ? QStringLiteral("1 = 1") : QStringLiteral("p.organisation_id = ?");
    const QVariantList args = organisationId.isEmpty() ? QVariantList() : QVariantList{organisationId};
    QSqlQuery q = sql::exec(db.db(), QStringLiteral(
        "SELECT r.id, p.last_name || ' ' || p.first_name || ' ' || p.middle_name, p.position FROM route r "
        "JOIN person p ON p.id = r.person_id WHERE r.deleted = 0 AND %1 ORDER BY p.sort_name, p.last_name, r.period_start").arg(where), args);
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

    RouteService service(db);
    for (int i = 0; i < ids.size(); ++i) {
        const RouteRow route = service.loadRoute(ids[i]);
        const RouteCoverage coverage = service.coverage(ids[i]);
        routes.text(0, names[i]);
        routes.text(1, positions[i]);
        routes.text(2, route.periodStart.toString(QStringLiteral("dd.MM.yyyy")));
        routes.text(3, route.periodEnd.toString(QStringLiteral("dd.MM.yyyy")));
        routes.text(4, RouteCard::statusTitle(route.status));
        routes.number(5, route.items.size());
        routes.number(6, route.hours());
        routes.number(7, coverage.lines.size());
        routes.number(8, coverage.uncoveredPronounced + coverage.uncoveredPartial);
        routes.next();
        for (const RouteItemRow &item : route.items) {
            items.text(0, names[i]);
            items.text(1, RouteCard::stageTitle(item.stage).section(QLatin1Char(':'), 0, 0));
            items.text(2, item.title);
            items.text(3, RouteCard::kindTitle(item.kind));
            items.text(4, competenceNames.value(item.competenceId));
            items.number(5, item.hours);
            items.text(6, item.plannedStart.toString(QStringLiteral("dd.MM.yyyy")));
            items.text(7, item.plannedEnd.toString(QStringLiteral("dd.MM.yyyy")));
            items.text(8, RouteCard::statusTitle(item.status));
            items.text(9, item.evidence);
            items.next();
        }
    }
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR)
        throw Error(tr("Cannot write the workbook %1: %2").arg(path, QString::fromUtf8(lxw_strerror(rc))));
    return int(ids.size());
}

} // namespace metodist
