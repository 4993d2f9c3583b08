#pragma once
// The printed route card (ИОМ for signature): everything it shows, loaded in one go, and
// its HTML (A4, the organisation's requisites, stages, deficits, signatures). The GUI
// lays the HTML out with QTextDocument for print preview and PDF; the CLI writes it.
#include "routes/routeservice.h"

#include <QCoreApplication>

namespace metodist {

struct RouteCardData {
    RouteRow route;
    RouteCoverage coverage;
    QString personName;
    QString position;
    QString organisationName;
    QString organisationAddress;
    QString organisationInn;
    QString organisationContacts;
    QString headName;
    QString municipalityName;
    QString tutorName;
    QDate diagnosticDate;
    QHash<QString, QString> competenceNames; // id -> name
    QHash<QString, QString> personNames;     // responsible people, id -> short name
};

class RouteCard {
    Q_DECLARE_TR_FUNCTIONS(RouteCard)
public:
    static RouteCardData load(Database &db, const QString &routeId);
    static QString html(const RouteCardData &card);

    static QString stageTitle(const QString &stage);
    static QString kindTitle(const QString &kind);
    static QString statusTitle(const QString &status);     // route or item status
    static QString levelTitle(int level);
};

} // namespace metodist
