#include "heatmap.h"

#include "framework.h"
#include "registry/personnamesql.h"
#include "scoresjson.h"
#include "storage/sql.h"

namespace metodist {

// The latest diagnostic of each person (by date, then last change), within the filters.
static QString latestDiagnostics(const HeatMapQuery &q, QVariantList &values)
{
    QString where = QStringLiteral("d.deleted = 0");
    if (!q.instrumentId.isEmpty()) {
        where += QStringLiteral(" AND d.instrument_id = ?");
        values << q.instrumentId;
    }
    return QStringLiteral(
               "SELECT id, person_id FROM (SELECT d.id, d.person_id, row_number() OVER "
               "(PARTITION BY d.person_id ORDER BY d.taken_on DESC, d.updated_at DESC, d.id DESC) AS n "
               "FROM diagnostic d WHERE %1) WHERE n = 1")
        .arg(where);
}

static QString groupColumn(const HeatMapQuery &q)
{
    return q.groupBy == HeatMapQuery::GroupBy::Organisation ? QStringLiteral("p.organisation_id") : QStringLiteral("p.municipality_id");
}

HeatMapData HeatMap::build(const HeatMapQuery &query) const
{
    HeatMapData data;
    QHash<QString, int> column;
    for (const Competence &c : CompetenceFramework(m_db).competences()) {
        column.insert(c.code, int(data.competenceIds.size()));
        data.competenceIds << c.id;
        data.competenceCodes << c.code;
        data.competenceNames << c.name;
    }
    // Bound values in the order their marks appear in the statement.
    QVariantList values;
    const QString latest = latestDiagnostics(query, values);
    QString personFilter = QStringLiteral("p.deleted = 0");
    if (!query.municipalityId.isEmpty()) {
        personFilter += QStringLiteral(" AND p.municipality_id = ?");
        values << query.municipalityId;
    }
    const QString groupTable = query.groupBy == HeatMapQuery::GroupBy::Organisation ? QStringLiteral("organisation") : QStringLiteral("municipality");
    // Each latest diagnostic's scores object is counted here rather than unpacked in
    // SQL: json_each plus GROUP BY over a region's 1.4 M scores took three times as long.
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT g.id, g.name, d.scores FROM (%1) l JOIN person p ON p.id = l.person_id AND %2 "
        "JOIN diagnostic d ON d.id = l.id JOIN %3 g ON g.id = %4 ORDER BY g.name, g.id")
        .arg(latest, personFilter, groupTable, groupColumn(query)),
        values);
    q.setForwardOnly(true);
    QHash<QString, int> row;
    QString lastGroup;
    int r = -1;
    while (q.next()) {
        const QString groupId = q.value(0).toString();
        if (groupId != lastGroup) {
            lastGroup = groupId;
            r = row.value(groupId, -1);
            if (r < 0) {
                r = int(data.groupIds.size());
                row.insert(groupId, r);
                data.groupIds << groupId;
                data.groupNames << q.value(1).toString();
                data.cells.append(QList<HeatCell>(data.competenceIds.size()));
            }
        }
        QList<HeatCell> &cells = data.cells[r];
        for (const CodedScore &s : decodeScores(q.value(2).toString())) {
            const int c = column.value(s.code, -1);
            if (c < 0)
                continue;
            ++cells[c].measured;
            if (s.level >= query.minLevel)
                ++cells[c].deficit;
        }
    }
    return data;
}

QList<HeatPerson> HeatMap::people(const HeatMapQuery &query, const QString &groupId, const QString &competenceId, bool allMeasured) const
{
    // Driven from the group's people (indexed), each with their latest diagnostic found
    // through diagnostic_person: the planner must not start from the scores, which made
    // it scan all staff once per score on a region-sized profile.
    QVariantList values;
    QString latest = QStringLiteral(
        "SELECT d2.id FROM diagnostic d2 WHERE d2.person_id = p.id AND d2.deleted = 0");
    if (!query.instrumentId.isEmpty()) {
        latest += QStringLiteral(" AND d2.instrument_id = ?");
        values << query.instrumentId;
    }
    latest += QStringLiteral(" ORDER BY d2.taken_on DESC, d2.updated_at DESC, d2.id DESC LIMIT 1");
    values << competenceId << groupId << (allMeasured ? 0 : query.minLevel);
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT p.id, %3, o.name, i.name, d.taken_on, "
        "       s.score, s.max_score, s.level "
        "FROM person p CROSS JOIN diagnostic d ON d.id = (%1) "
        "JOIN diagnostic_score s ON s.diagnostic_id = d.id AND s.deleted = 0 AND s.competence_id = ? "
        "JOIN instrument i ON i.id = d.instrument_id LEFT JOIN organisation o ON o.id = p.organisation_id "
        // Unary + keeps the planner off person_sort_name(deleted) and diagnostic_score_competence.
        "WHERE +p.deleted = 0 AND %2 = ? AND +s.level >= ? ORDER BY s.level DESC, p.sort_name").arg(latest, groupColumn(query), personFullNameSql(QStringLiteral("p"))), values);
    QList<HeatPerson> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString().simplified(), q.value(2).toString(), q.value(3).toString(),
                       QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toDouble(), q.value(6).toDouble(),
                       q.value(7).toInt()});
    return result;
}

} // namespace metodist
