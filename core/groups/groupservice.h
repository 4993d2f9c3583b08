#pragma once
// Groups of a programme and their schedule: create and edit groups, enrol (from approved
// applications and from route items), transfer, withdraw, add and move sessions with a
// conflict check, the load of workshops over a period, timetables and their .ics.
// Every write is one transaction through Rows.
#include "conflictdetector.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>

namespace metodist {

struct GroupInfo {
    QString id;
    QString programmeId;
    QString code;
    QDate startsOn;
    QDate endsOn;
    int capacity = 25;
    QString status = QStringLiteral("forming");
    QString curatorPersonId;
    QString municipalityId;
};

// What an add / move did: the conflicts found, and whether it was written.
struct SessionWrite {
    QString id;
    QList<Conflict> conflicts;
    bool written = false;
};

// One room on one day: hours booked against hours it can be used.
struct RoomLoad {
    QString roomId;
    QString roomName;
    QString siteName;
    QDate day;
    double bookedHours = 0;
    double availableHours = 0;
    QStringList groups; // codes of the groups booked that day (by whom)
};

// One session in a timetable view.
struct TimetableEntry {
    QString sessionId;
    QString groupId;
    QString groupCode;
    QDateTime startsAt;
    QDateTime endsAt;
    QString topic;
    QString kind;
    QString roomName;
    QString instructors; // names, comma separated
};

struct TimetableFilter {
    QDate from;
    QDate to;             // inclusive
    QString groupId;      // any of these narrows the list; all empty = the common timetable
    QString instructorId;
    QString personId;     // a learner
    QString roomId;
};

class GroupService {
    Q_DECLARE_TR_FUNCTIONS(GroupService)
public:
    explicit GroupService(Database &db) : m_db(db) {}
    // Writes a session with its instructors and equipment as given (id set), inside the
    // caller's transaction, without checks: the one place the rows of a session are made.
    void insertSession(const SessionDraft &session, const QVariant &municipality);

    QString createGroup(const GroupInfo &group);
    void updateGroup(const GroupInfo &group);
    GroupInfo loadGroup(const QString &groupId) const;

    // Enrols every person of an approved application and marks it enrolled. Returns the enrolment ids.
    QStringList enrolFromApplication(const QString &applicationId, const QString &groupId, const QDate &on);
    // Enrols the route's person and marks the item in progress.
    QString enrolFromRouteItem(const QString &routeItemId, const QString &groupId, const QDate &on);
    QString enrol(const QString &personId, const QString &groupId, const QDate &on);
    // The old enrolment becomes 'transferred'; returns the new enrolment's id.
    QString transfer(const QString &enrolmentId, const QString &toGroupId, const QDate &on);
    void withdraw(const QString &enrolmentId, const QDate &on);
    int enrolledCount(const QString &groupId) const;

    // Writes when there are no conflicts or acceptConflicts is set.
    SessionWrite addSession(const SessionDraft &session, bool acceptConflicts = false);
    SessionWrite moveSession(const QString &sessionId, const QDateTime &startsAt, const QDateTime &endsAt,
                             const QString &roomId, bool acceptConflicts = false);
    // The conflicts a move would make, without writing.
    QList<Conflict> previewMove(const QString &sessionId, const QDateTime &startsAt, const QDateTime &endsAt,
                                const QString &roomId) const;

    // Rooms of a kind (empty = all) per working day in [from, to]; a working day has dayHours.
    QList<RoomLoad> roomLoad(const QDate &from, const QDate &to, const QString &roomKind = QStringLiteral("workshop"),
                             double dayHours = 8) const;
    QList<TimetableEntry> timetable(const TimetableFilter &filter) const;
    QByteArray ics(const QString &calendarName, const TimetableFilter &filter) const;

private:
    void checkEnrolable(const QString &personId, const QString &groupId) const;
    QString insertEnrolment(const QString &personId, const QString &groupId, const QDate &on, const QVariantMap &extra);
    Database &m_db;
};

} // namespace metodist
