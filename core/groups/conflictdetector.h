#pragma once
// Conflicts of the schedule: what collides with a session as it is edited, or across a
// period (the common timetable). Every check is an indexed query around the session's
// time, so one session is checked instantly however large the year is.
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace metodist {

struct Conflict {
    enum class Kind {
        InstructorBusy,     // an instructor in two sessions at once
        RoomBusy,           // a room booked twice
        EquipmentBusy,      // a piece of equipment in two sessions at once
        LearnerOverlap,     // a learner in overlapping sessions of different groups
        RoomTooSmall,       // fewer seats than enrolled learners
        OutsideGroupDates,  // before the group starts or after it ends
        OutsideAvailability,// outside an instructor's availability
        HoursExceeded,      // the group's sessions exceed the programme's hours
    };
    Kind kind;
    QString sessionId;
    QString otherSessionId; // empty for kinds about one session
    QString resourceId;     // instructor / room / equipment / person / group id
    QString resourceName;
    QString message;        // translated, names both sides
};

// A session as edited: what the detector checks (need not be saved yet).
struct SessionDraft {
    QString id;             // empty for a new session
    QString groupId;
    QDateTime startsAt;     // local time
    QDateTime endsAt;
    QString roomId;
    QStringList instructorIds;
    QStringList equipmentIds;
    double hours = 2;
    QString topic;
    QString kind = QStringLiteral("lecture");
    QString moduleId;
};

class ConflictDetector {
    Q_DECLARE_TR_FUNCTIONS(ConflictDetector)
public:
    explicit ConflictDetector(const Database &db) : m_db(db) {}

    // The saved session with its instructors and equipment; throws when it does not exist.
    SessionDraft load(const QString &sessionId) const;
    QList<Conflict> check(const SessionDraft &session) const;
    QList<Conflict> check(const QString &sessionId) const { return check(load(sessionId)); }
    // Every conflict of sessions starting in [from, to]; a pair is listed once.
    QList<Conflict> scan(const QDate &from, const QDate &to) const;

    static QString kindName(Conflict::Kind kind);
    static QString isoMinute(const QDateTime &t); // the stored form yyyy-MM-dd'T'HH:mm

private:
    QString lowerBound(const QDateTime &start) const;
    void busy(const SessionDraft &s, QList<Conflict> &out) const;
    void learners(const SessionDraft &s, QList<Conflict> &out) const;
    void perSession(const SessionDraft &s, QList<Conflict> &out) const;
    void availability(const SessionDraft &s, QList<Conflict> &out) const;
    QString describe(const QString &sessionId) const;

    const Database &m_db;
    mutable int m_maxSpanMinutes = -1;
    mutable QString m_me; // the checked session described for messages // longest session, bounds index range scans
};

} // namespace metodist
