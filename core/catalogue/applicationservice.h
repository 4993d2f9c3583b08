#pragma once
// Applications (заявки) to a programme or an event: individual (one person) or mass (an
// organisation sends a list of its staff), with a status history
// submitted -> under_review -> approved -> enrolled, or rejected with a reason, and the
// list of what is still pending. Every write is one transaction.
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace metodist {

struct Application {
    QString id;
    QString kind;           // individual / mass
    QString organisationId; // mass: the sending organisation; individual: the person's
    QString municipalityId;
    QString targetKind;     // programme / event
    QString targetId;
    QString status = QStringLiteral("submitted");
    QString rejectReason;
    QDate submittedOn;
    QStringList personIds;
};

struct ApplicationStatusChange {
    QString status;
    qint64 changedAt = 0; // UTC ms
    QString comment;
    QString by;           // user id
};

struct PendingApplication {
    QString id;
    QString kind;
    QString status;
    QString targetKind;
    QString targetId;
    QString targetTitle;
    QString organisationName;
    QDate submittedOn;
    int people = 0;
};

class ApplicationService {
    Q_DECLARE_TR_FUNCTIONS(ApplicationService)
public:
    explicit ApplicationService(Database &db) : m_db(db) {}

    QString submitIndividual(const QString &personId, const QString &targetKind, const QString &targetId,
                             const QDate &submittedOn = QDate::currentDate(), const QString &comment = {});
    QString submitMass(const QString &organisationId, const QString &targetKind, const QString &targetId,
                       const QStringList &personIds, const QDate &submittedOn = QDate::currentDate(),
                       const QString &comment = {});

    static bool canMove(const QString &from, const QString &to);
    // A rejection needs a reason (kept in reject_reason and in the history comment).
    void setStatus(const QString &applicationId, const QString &status, const QString &comment = {});

    Application load(const QString &applicationId) const;
    QList<ApplicationStatusChange> history(const QString &applicationId) const; // oldest first
    // Not yet enrolled or rejected, oldest first; empty municipalityId: all.
    QList<PendingApplication> pending(const QString &municipalityId = {}, int limit = 500) const;

private:
    QString submit(Application a, const QString &comment);
    void checkTarget(const QString &targetKind, const QString &targetId) const;
    Database &m_db;
};

} // namespace metodist
