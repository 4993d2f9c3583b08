#pragma once
// Deficit shares by competence × organisation (or municipality): of the people whose
// latest diagnostic measured a competence, the share at or above a deficit level.
// Computed in SQL over the indexes; the people behind one cell on demand.
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace metodist {

struct HeatMapQuery {
    enum class GroupBy { Organisation, Municipality };
    GroupBy groupBy = GroupBy::Organisation;
    QString municipalityId; // only this municipality's people; empty = all
    QString instrumentId;   // only this instrument; empty = all
    int minLevel = 1;       // 1: any deficit, 2: pronounced only
};

struct HeatCell {
    int measured = 0; // people measured in the competence
    int deficit = 0;  // of them with level >= minLevel
    double share() const { return measured > 0 ? double(deficit) / measured : 0; }
};

struct HeatMapData {
    QStringList groupIds, groupNames;           // rows
    QStringList competenceIds, competenceCodes, competenceNames; // columns
    QList<QList<HeatCell>> cells;               // [row][column]
};

struct HeatPerson {
    QString personId, fullName, organisation, instrument;
    QDate takenOn;
    double score = 0, max = 0;
    int level = 0;
};

class HeatMap {
    Q_DECLARE_TR_FUNCTIONS(HeatMap)
public:
    explicit HeatMap(Database &db) : m_db(db) {}
    HeatMapData build(const HeatMapQuery &query) const;
    // The people of one cell with level >= query.minLevel (all measured when allMeasured).
    QList<HeatPerson> people(const HeatMapQuery &query, const QString &groupId, const QString &competenceId,
                             bool allMeasured = false) const;

private:
    Database &m_db;
};

} // namespace metodist
