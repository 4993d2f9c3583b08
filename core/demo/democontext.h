#pragma once
// What the sections of the generator share: the connection, the seed, the dates, the
// scale and compact in-memory indexes of the rows already written (people, catalogue,
// resources) so later sections can refer to them without reading the file back.
#include "demogenerator.h"
#include "demoids.h"
#include "demorandom.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace metodist::demo {

enum class OrgKind : quint8 { School, Kindergarten, College, FurtherEducation, MethodicalService, Partner };

struct Municipality {
    QString id;
    QString name;
    QString adjective; // Берёзовский
    QString town;
};

struct Organisation {
    QString id;
    int muni = -1; // -1: region-wide (the institute)
    OrgKind kind = OrgKind::School;
    QString name;
    QString shortName;
    QList<int> staff; // person indexes
};

struct PersonInfo {
    int org = 0;
    int muni = -1;
    bool female = false;
    bool manager = false;
    bool teacher = false; // teaches children (учитель, воспитатель, ...)
    QDate birth;
    QDate start;
    QString fullName;
    QString position;
    QList<int> deficits;   // competence indexes with a deficit, worst first
    int diagnostic = -1;   // index of the first diagnostic, -1 when none
    QDate diagnosed;       // its date
};

struct Competence {
    QString id;
    QString code;
    QString name;
    int area = 0;
    bool managerial = false;
};

struct Programme {
    QString id;
    QString title;
    bool pp = false;
    int hours = 0;
    QString form;
    QString grading;
    double completion = 0.8;
    bool frdpp = false;
    bool active = false;
    QStringList modules;
    QStringList moduleTitles;
    QList<int> competences;
};

struct CatalogueItem {
    QString id;
    QString title;
    int hours = 0;
    QList<int> competences;
};

struct Room {
    QString id;
    QString name;
    int muni = -1; // -1: regional (institute or partner)
    int capacity = 0;
    bool workshop = false;
    QStringList equipment;
};

struct Instructor {
    QString id;
    int weekdays = 0; // bit (1 << weekday) for available days
};

struct PendingCourse {
    int person = 0;
    QString routeItemId;
    QDate from; // planned start of the route item
};

class Context;

// Prepared INSERT for one synced table; fills id, updated_at, updated_by and the scope.
// Rows are written in multi-row batches (one statement per ~1,000 values), which
// saves most of the per-statement cost of QSqlQuery.
class Table {
public:
    Table(Context &ctx, const QString &table, const QStringList &columns);
    ~Table(); // writes the last partial batch
    Table(const Table &) = delete;
    Table &operator=(const Table &) = delete;
    void add(const QString &id, const QVariant &municipalityId, std::initializer_list<QVariant> values);
    // Writes the buffered rows now (later statements may read them).
    void flush();
    int count() const { return m_count; }

private:
    QString statement(int rows) const;

    Context &m_ctx;
    QString m_table;
    QStringList m_columns;
    QSqlQuery m_batch;
    int m_batchRows = 1;
    QVariantList m_pending;
    int m_count = 0;
};

class Context {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    Context(QSqlDatabase database, const DemoOptions &options);

    QSqlDatabase db;
    DemoOptions options;
    Ids ids;
    double scale = 1.0; // staff / 35,000
    QDate today;
    QDate yearStart;     // 1 September of the current academic year
    qint64 stamp = 0;    // updated_at of every row
    DemoSummary summary;

    // Count scaled to the region, never below minimum.
    int scaled(double atFullSize, int minimum = 1) const;
    Random random(quint64 stream) const { return Random(options.seed, stream); }
    // Next row id of a table written by more than one section.
    QString next(Tag tag) { return ids.make(tag, m_counters[tag]++); }
    // Reports progress; throws metodist::Error when the caller cancels.
    void progress(int percent, const QString &stage) const;

    // register
    QList<Municipality> munis;
    QList<Organisation> orgs;
    QList<PersonInfo> persons;
    int institute = 0;
    QList<int> partners;
    QHash<QString, QList<int>> roles; // role code -> person indexes
    QString personId(int index) const { return ids.make(TPerson, quint64(index)); }
    QVariant muniId(int muni) const { return muni < 0 ? QVariant() : QVariant(munis.at(muni).id); }
    QVariant personMuni(int person) const { return muniId(persons.at(person).muni); }

    // diagnostics and catalogue
    QList<Competence> competences;
    QList<QString> diagnosticIds;
    QList<Programme> programmes;
    QList<QList<int>> programmesByCompetence;
    QList<CatalogueItem> events;
    QList<CatalogueItem> materials;
    QList<QList<int>> materialsByCompetence;
    QList<QList<PendingCourse>> pendingCourses; // per programme: route items waiting for a group

    // resources
    QList<Room> rooms;
    QList<Instructor> instructors;
    QList<QString> completedRouteItems; // marked done after the groups finished
    QString deferredError; // a failure while a Table flushed from its destructor

private:
    QHash<int, quint64> m_counters;
};

// Applications with their people and status history (catalogue and groups use them).
class Applications {
public:
    explicit Applications(Context &ctx);
    // status: the final one; the history leading to it is written too.
    QString add(bool mass, int org, const QString &targetKind, const QString &targetId, const QList<int> &people,
                const QString &status, const QDate &submitted, const QString &rejectReason = {});

private:
    Context &m_ctx;
    Table m_app;
    Table m_person;
    Table m_change;
};

QString isoDate(const QDate &date);
// Working day on or after date (no weekends, winter and May holidays, July–August).
QDate workingDayFrom(QDate date);

// The sections, in the order they run.
void generateRegistry(Context &ctx);
void generateDiagnostics(Context &ctx);
void generateCatalogue(Context &ctx);
void generateResources(Context &ctx);
void generateRoutes(Context &ctx);
void generateGroups(Context &ctx);
void generateSupport(Context &ctx);
void generateSupportDetails(Context &ctx); // supportdetailsdemo.cpp

} // namespace metodist::demo
