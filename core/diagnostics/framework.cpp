#include "framework.h"

#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace metodist {

QList<CompetenceArea> CompetenceFramework::areas() const
{
    QList<CompetenceArea> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT id, code, name, for_managers, sort_order FROM competence_area WHERE deleted = 0 ORDER BY sort_order, code"));
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(), q.value(4).toInt()});
    return result;
}

QList<Competence> CompetenceFramework::competences() const
{
    QList<Competence> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT c.id, c.area_id, c.code, c.name, c.sort_order FROM competence c "
        "JOIN competence_area a ON a.id = c.area_id "
        "WHERE c.deleted = 0 AND a.deleted = 0 ORDER BY a.sort_order, a.code, c.sort_order, c.code"));
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()});
    return result;
}

bool CompetenceFramework::isEmpty() const
{
    return sql::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM competence_area WHERE deleted = 0")).toInt() == 0;
}

int CompetenceFramework::seedDefaults()
{
    if (!isEmpty())
        return 0;
    QFile file(QStringLiteral(":/data/competence_framework.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The default competence framework is missing from the build."));
    const QJsonArray areasJson = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("areas")).toArray();
    int added = 0;
    sql::Transaction tx(m_db.db());
    int areaOrder = 0;
    for (const QJsonValue &a : areasJson) {
        const QJsonObject o = a.toObject();
        CompetenceArea area{{}, o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
                            o.value(QStringLiteral("for_managers")).toBool(), ++areaOrder};
        saveArea(area);
        int order = 0;
        for (const QJsonValue &c : o.value(QStringLiteral("competences")).toArray()) {
            const QJsonArray pair = c.toArray();
            Competence competence{{}, area.id, pair.at(0).toString(), pair.at(1).toString(), ++order};
            saveCompetence(competence);
            ++added;
        }
    }
    tx.commit();
    return added;
}

QString CompetenceFramework::saveArea(CompetenceArea &area)
{
    if (area.code.trimmed().isEmpty() || area.name.trimmed().isEmpty())
        throw Error(tr("Competence area: code and name are required."));
    const QVariantMap fields = {{QStringLiteral("code"), area.code.trimmed()},
                                {QStringLiteral("name"), area.name.trimmed()},
                                {QStringLiteral("for_managers"), area.forManagers ? 1 : 0},
                                {QStringLiteral("sort_order"), area.sortOrder}};
    if (area.id.isEmpty())
        area.id = Rows::insert(m_db, QStringLiteral("competence_area"), fields);
    else
        Rows::update(m_db, QStringLiteral("competence_area"), area.id, fields);
    return area.id;
}

QString CompetenceFramework::saveCompetence(Competence &c)
{
    if (c.code.trimmed().isEmpty() || c.name.trimmed().isEmpty() || c.areaId.isEmpty())
        throw Error(tr("Competence: area, code and name are required."));
    // Codes key the scores of diagnostics (diagnostic.scores), so a code names one
    // competence for ever: deleted ones keep theirs, and a code in use is not renamed.
    const QString other = sql::scalar(m_db.db(), QStringLiteral(
        "SELECT id FROM competence WHERE code = ? AND id <> ?"), {c.code.trimmed(), c.id}).toString();
    if (!other.isEmpty())
        throw Error(tr("Competence: the code %1 is already used.").arg(c.code.trimmed()));
    if (!c.id.isEmpty()) {
        const QString oldCode = sql::scalar(m_db.db(), QStringLiteral("SELECT code FROM competence WHERE id = ?"), {c.id}).toString();
        const int uses = oldCode == c.code.trimmed() ? 0 : sql::scalar(m_db.db(), QStringLiteral(
            "SELECT count(*) FROM diagnostic d, json_each(d.scores) j WHERE j.key = ?"), {oldCode}).toInt();
        if (uses > 0)
            throw Error(tr("Competence: the code %1 cannot change, %n diagnostic(s) hold scores under it.", nullptr, uses).arg(oldCode));
    }
    const QVariantMap fields = {{QStringLiteral("area_id"), c.areaId},
                                {QStringLiteral("code"), c.code.trimmed()},
                                {QStringLiteral("name"), c.name.trimmed()},
                                {QStringLiteral("sort_order"), c.sortOrder}};
    if (c.id.isEmpty())
        c.id = Rows::insert(m_db, QStringLiteral("competence"), fields);
    else
        Rows::update(m_db, QStringLiteral("competence"), c.id, fields);
    return c.id;
}

void CompetenceFramework::setCompetenceDeleted(const QString &id, bool deleted)
{
    Rows::setDeleted(m_db, QStringLiteral("competence"), id, deleted);
}

} // namespace metodist
