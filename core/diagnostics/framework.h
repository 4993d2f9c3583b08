#pragma once
// The competence framework: areas (предметные, методические, ...) and the competences
// under them. Reference data, editable by an administrator; a profile without any gets
// the default framework of the regional concepts (resources/data/competence_framework.json).
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>

namespace metodist {

struct CompetenceArea {
    QString id;
    QString code;
    QString name;
    bool forManagers = false;
    int sortOrder = 0;
};

struct Competence {
    QString id;
    QString areaId;
    QString code;
    QString name;
    int sortOrder = 0;
};

class CompetenceFramework {
    Q_DECLARE_TR_FUNCTIONS(CompetenceFramework)
public:
    explicit CompetenceFramework(Database &db) : m_db(db) {}

    QList<CompetenceArea> areas() const;
    // All live competences, by area order then their own order.
    QList<Competence> competences() const;
    bool isEmpty() const;
    // Seeds the default framework when the profile has no competence area; returns the
    // number of competences added (0 when there already was a framework).
    int seedDefaults();

    QString saveArea(CompetenceArea &area);
    QString saveCompetence(Competence &competence);
    void setCompetenceDeleted(const QString &id, bool deleted);

private:
    Database &m_db;
};

} // namespace metodist
