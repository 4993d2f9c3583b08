#pragma once
// Professional-public expertise of a programme: experts are assigned, each gives a verdict
// (approved / revise / rejected, with a comment when not approved), and the programme's
// expertise status follows: in_review while a verdict is pending or a revision is asked
// for, rejected when any expert rejects, approved when all approve.
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace metodist {

struct ExpertVerdict {
    QString id;
    QString expertPersonId;
    QString verdict = QStringLiteral("pending");
    QString comment;
    QDate decidedOn;
};

class ExpertiseService {
    Q_DECLARE_TR_FUNCTIONS(ExpertiseService)
public:
    explicit ExpertiseService(Database &db) : m_db(db) {}

    // The person must hold the expert role. Returns the expertise row id.
    QString assignExpert(const QString &programmeId, const QString &expertPersonId);
    void recordVerdict(const QString &expertiseId, const QString &verdict, const QString &comment,
                       const QDate &decidedOn = QDate::currentDate());
    QList<ExpertVerdict> verdicts(const QString &programmeId) const;
    QString programmeStatus(const QString &programmeId) const;

private:
    void updateProgrammeStatus(const QString &programmeId);
    Database &m_db;
};

} // namespace metodist
