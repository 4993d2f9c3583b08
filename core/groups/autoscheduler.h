#pragma once
// The automatic scheduler on the profile's own data: groups with the hours their
// programme still lacks, rooms (capacity, equipment, scope), instructors (weekly
// availability) and learners who are in several groups are turned into a
// curriculum-based timetabling instance (timetabling/), solved in the calling thread,
// and the timetable is mapped back to proposed sessions. Nothing is written until
// apply(). A GUI runs run() in a worker thread on its own Database::openAnother().
#include "groups/conflictdetector.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTime>

#include <atomic>
#include <functional>

namespace metodist {

// One period of a working day; every proposed session takes one.
struct ScheduleSlot {
    QTime start;
    QTime end;
    double hours = 4; // academic hours the slot counts for
};

struct AutoScheduleRequest {
    QStringList groupIds; // empty: every unscheduled group overlapping the period
    QDate from;           // invalid: the earliest start of the groups
    QDate to;             // invalid: the latest end of the groups (inclusive)
    double timeLimitSeconds = 10;
    quint64 seed = 1;
    bool saturdays = false;
    QList<ScheduleSlot> timeSlots = defaultSlots();
    // Group id -> names of equipment its sessions need: the room must have each.
    QHash<QString, QStringList> equipmentNeeds;

    static QList<ScheduleSlot> defaultSlots();
};

struct ProposedSession {
    QString groupId;
    QString groupCode;
    QDateTime startsAt;
    QDateTime endsAt;
    QString roomId;
    QString roomName;
    QStringList instructorIds;
    QString instructorNames;
    QStringList equipmentIds;
    double hours = 4;
    QString moduleId;
    QString topic;
    QString kind = QStringLiteral("lecture");

    SessionDraft draft(const QString &id = {}) const;
};

struct AutoScheduleProgress {
    double elapsedSeconds = 0;
    double timeLimitSeconds = 0;
    int unplaced = 0; // sessions not yet placed
    int bestSoft = 0; // best soft cost so far
};

struct AutoScheduleResult {
    QList<ProposedSession> sessions; // sorted by start
    QStringList groupIds;            // the groups considered
    QStringList problems;            // why something cannot be or was not placed (translated)
    int wanted = 0;                  // sessions to place
    int unplaced = 0;                // of those, not placed
    int engineHard = 0;              // hard violations the engine's validator counts
    // Soft cost (UD2 weights): spread over days ×5, compact days ×2, stable rooms ×1.
    int softMinDays = 0, softCompactness = 0, softRoomStability = 0;
    QList<Conflict> conflicts; // ConflictDetector's verdict on a trial write (must be empty)
    bool verified = false;
    double seconds = 0;
    double buildSeconds = 0, solveSeconds = 0, verifySeconds = 0; // the parts of seconds
    bool cancelled = false;
    QDate from, to;

    int soft() const { return softMinDays + softCompactness + softRoomStability; }
    int hard() const { return unplaced + engineHard + int(conflicts.size()); }
};

class AutoScheduler {
    Q_DECLARE_TR_FUNCTIONS(AutoScheduler)
public:
    explicit AutoScheduler(Database &db) : m_db(db) {}

    using Progress = std::function<void(const AutoScheduleProgress &)>;
    // Builds, solves and verifies; throws metodist::Error on unusable input (no groups,
    // an empty period). Problems that leave sessions unplaced are in result.problems.
    AutoScheduleResult run(const AutoScheduleRequest &request, const std::atomic<bool> *stop = nullptr,
                           const Progress &progress = {});

    // Groups not cancelled or finished that overlap [from, to] and whose sessions
    // have fewer hours than their programme.
    QStringList unscheduledGroups(const QDate &from, const QDate &to) const;
    // Writes the proposal in one transaction (each row goes to the outbox); returns the session ids.
    QStringList apply(const QList<ProposedSession> &sessions);
    // The conflicts the proposal would have, found by writing it in a transaction that is rolled back.
    QList<Conflict> verify(const QList<ProposedSession> &sessions);

private:
    void insert(const QList<ProposedSession> &sessions, QStringList &ids);
    Database &m_db;
};

} // namespace metodist
