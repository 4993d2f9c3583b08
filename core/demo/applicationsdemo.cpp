// Applications (заявки): individual and mass, with the status history that led to
// their current status.
#include "democontext.h"

#include <QDateTime>


namespace metodist::demo {

Applications::Applications(Context &ctx)
    : m_ctx(ctx),
      m_app(ctx, QStringLiteral("application"),
            {QStringLiteral("kind"), QStringLiteral("organisation_id"), QStringLiteral("target_kind"), QStringLiteral("target_id"),
             QStringLiteral("status"), QStringLiteral("reject_reason"), QStringLiteral("submitted_on")}),
      m_person(ctx, QStringLiteral("application_person"), {QStringLiteral("application_id"), QStringLiteral("person_id")}),
      m_change(ctx, QStringLiteral("application_status_change"),
               {QStringLiteral("application_id"), QStringLiteral("status"), QStringLiteral("changed_at"), QStringLiteral("comment")})
{
}

QString Applications::add(bool mass, int org, const QString &targetKind, const QString &targetId, const QList<int> &people,
                          const QString &status, const QDate &submitted, const QString &rejectReason)
{
    const QString id = m_ctx.next(TApplication);
    const QVariant muni = m_ctx.muniId(m_ctx.orgs.at(org).muni);
    m_app.add(id, muni, {mass ? QStringLiteral("mass") : QStringLiteral("individual"), m_ctx.orgs.at(org).id, targetKind, targetId,
                         status, rejectReason, isoDate(submitted)});
    for (int p : people)
        m_person.add(m_ctx.next(TAppPerson), muni, {id, m_ctx.personId(p)});
    static const QStringList flow = {QStringLiteral("submitted"), QStringLiteral("under_review"), QStringLiteral("approved"),
                                     QStringLiteral("enrolled")};
    QStringList history;
    if (status == QLatin1String("rejected"))
        history = {flow.at(0), flow.at(1), status};
    else
        history = flow.mid(0, flow.indexOf(status) + 1);
    QDate day = submitted;
    for (int i = 0; i < history.size(); ++i) {
        const qint64 at = QDateTime(day, QTime(9 + i * 2, 15 + i * 7), Qt::UTC).toMSecsSinceEpoch();
        const QString comment = history.at(i) == QLatin1String("rejected") ? rejectReason : QString();
        m_change.add(m_ctx.next(TAppStatus), muni, {id, history.at(i), at, comment});
        day = std::min(day.addDays(2 + i), m_ctx.today);
    }
    return id;
}

} // namespace metodist::demo
