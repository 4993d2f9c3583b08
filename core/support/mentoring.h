#pragma once
// Mentoring pairs (наставник — наставляемый): creating and ending them with the rules
// of the concepts, and the young teachers who still have no mentor.
#include "registry/staffquery.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace metodist::support {

struct MentoringPair {
    QString id;
    QString mentorId;
    QString menteeId;
    QDate startsOn;
    QDate endsOn; // invalid: open-ended
    QString goal;
    QString status = QStringLiteral("active"); // active, finished, cancelled
};

class MentoringService {
    Q_DECLARE_TR_FUNCTIONS(MentoringService)
public:
    explicit MentoringService(Database &db) : m_db(db) {}

    // Checks the rules and writes an active pair; returns its id. Throws metodist::Error
    // naming the rule: a person cannot mentor themselves; the end is not before the start;
    // a mentee has at most one active pair over any period (the clash names the other pair).
    QString create(const MentoringPair &pair);
    // Ends an active pair on a date (finished) or cancels it.
    void end(const QString &pairId, const QDate &endsOn, bool cancelled = false);
    MentoringPair get(const QString &pairId) const;

    // Young teachers (the register's definition, registry/staffquery) without an active
    // mentoring pair, one page in name order: the staff-list columns, id last but one.
    static StaffQuery youngWithoutMentorQuery(const StaffFilter &filter, int limit, int offset);
    static StaffQuery youngWithoutMentorCountQuery(const StaffFilter &filter);
    // The pairs for the list: mentor, mentee, their organisations, dates, goal, status,
    // the mentee's birth and profession start dates (for the young-teacher mark), id.
    static QString pairListSql(bool activeOnly);

    static QString statusTitle(const QString &status);

private:
    Database &m_db;
};

} // namespace metodist::support
