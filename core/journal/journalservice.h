#pragma once
// The group journal: the learners × sessions grid of attendance and grades, the final
// attestation, completion of a group by the programme's rules (enrolment outcomes,
// documents, the learners' route items closed) — the same service for GUI and CLI.
#include "completionrules.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVector>

namespace metodist::journal {

struct GroupInfo {
    QString id, code, programmeId, programmeTitle, programmeKind, grading, startsOn, endsOn, status;
    int programmeHours = 0;
    double completionAttendance = 0.8;
};

struct SessionColumn {
    QString id, startsAt, topic, kind;
    double hours = 0;
};

struct LearnerRow {
    QString enrolmentId, personId, municipalityId, name, status, finalTitle, finalResult;
};

struct Mark {
    QString id;          // empty when the cell has no row
    QString attendance;  // present / absent / excused / late, or empty
    QString grade;
    bool isEmpty() const { return attendance.isEmpty() && grade.isEmpty(); }
};

struct JournalGrid {
    GroupInfo group;
    QList<SessionColumn> sessions;
    QList<LearnerRow> learners;
    QVector<Mark> cells; // row-major: learner * sessions.size() + session
    const Mark &cell(int learner, int session) const { return cells.at(learner * sessions.size() + session); }
    Mark &cell(int learner, int session) { return cells[learner * sessions.size() + session]; }
};

// One cell's new content (both parts; empty strings clear them).
struct MarkEdit {
    QString sessionId, personId, attendance, grade;
};

struct LearnerOutcome {
    QString enrolmentId, personId, name, previousStatus;
    AttendanceCount count;
    CompletionDecision decision;
};

struct CompletionReport {
    QList<LearnerOutcome> outcomes;
    int completed = 0, notCompleted = 0, expelled = 0, certificates = 0, routeItemsClosed = 0;
};

class JournalService {
    Q_DECLARE_TR_FUNCTIONS(JournalService)
public:
    explicit JournalService(Database &db) : m_db(db) {}

    // Groups to choose from, newest first; with instructorPersonId only the groups whose
    // sessions that person teaches (the instructor's own view).
    QList<GroupInfo> groups(const QString &instructorPersonId = {}) const;
    GroupInfo group(const QString &groupId) const;
    // The whole grid: header queries plus ONE indexed query for the cells
    // (session_group -> journal_mark_cell).
    JournalGrid load(const QString &groupId) const;

    // Writes a batch of cell edits in one transaction (Rows::insert / update; an emptied
    // cell becomes a tombstone). Throws metodist::Error naming the cell and rule.
    void setMarks(const QString &groupId, const QList<MarkEdit> &edits);
    void setFinal(const QString &enrolmentId, const QString &title, const QString &result);

    // What the rules say for every enrolled learner, without writing anything.
    CompletionReport evaluate(const QString &groupId, const QDate &asOf) const;
    // Applies the decision: enrolment statuses and outcome dates, the group finished,
    // documents issued (pk_certificate / pp_diploma for completed, study_reference for
    // the others) and the completed learners' route items done with the certificate as
    // evidence — all in one transaction. Transferred / withdrawn learners are left alone.
    CompletionReport complete(const QString &groupId, const QDate &asOf);

private:
    Database &m_db;
};

QString attendanceCode(const QString &attendance); // "present" -> "п" (for print)

} // namespace metodist::journal
