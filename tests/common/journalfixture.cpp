#include "journalfixture.h"

#include "storage/rows.h"
#include "storage/sql.h"

namespace metodist::test {

JournalScene makeJournalScene(Database &db, int learners, int sessions, const QString &kind, const QString &grading, double threshold)
{
    const SmallRegion region = makeSmallRegion(db, 1, 1, learners);
    JournalScene s;
    sql::Transaction tx(db.db());
    s.programmeId = Rows::insert(db, QStringLiteral("programme"),
                                 {{QStringLiteral("title"), QStringLiteral("Функциональная грамотность")},
                                  {QStringLiteral("kind"), kind},
                                  {QStringLiteral("hours"), 36},
                                  {QStringLiteral("form"), QStringLiteral("full_time")},
                                  {QStringLiteral("completion_attendance"), threshold},
                                  {QStringLiteral("grading"), grading}});
    s.groupId = Rows::insert(db, QStringLiteral("study_group"),
                             {{QStringLiteral("programme_id"), s.programmeId},
                              {QStringLiteral("code"), QStringLiteral("ФГ-1")},
                              {QStringLiteral("starts_on"), QStringLiteral("2025-10-01")},
                              {QStringLiteral("ends_on"), QStringLiteral("2025-10-30")},
                              {QStringLiteral("status"), QStringLiteral("running")}});
    for (int i = 0; i < sessions; ++i)
        s.sessionIds << Rows::insert(db, QStringLiteral("session"),
                                     {{QStringLiteral("group_id"), s.groupId},
                                      {QStringLiteral("starts_at"), QStringLiteral("2025-10-%1T10:00").arg(i + 1, 2, 10, QLatin1Char('0'))},
                                      {QStringLiteral("ends_at"), QStringLiteral("2025-10-%1T12:00").arg(i + 1, 2, 10, QLatin1Char('0'))},
                                      {QStringLiteral("topic"), QStringLiteral("Тема %1").arg(i + 1)}});
    for (int l = 0; l < learners; ++l) {
        const QString person = region.personIds.at(l);
        s.personIds << person;
        const QString route = Rows::insert(db, QStringLiteral("route"),
                                           {{QStringLiteral("person_id"), person},
                                            {QStringLiteral("period_start"), QStringLiteral("2025-09-01")},
                                            {QStringLiteral("period_end"), QStringLiteral("2026-06-30")},
                                            {QStringLiteral("status"), QStringLiteral("in_progress")}});
        s.routeItemIds << Rows::insert(db, QStringLiteral("route_item"),
                                       {{QStringLiteral("route_id"), route},
                                        {QStringLiteral("stage"), QStringLiteral("course")},
                                        {QStringLiteral("kind"), QStringLiteral("programme")},
                                        {QStringLiteral("ref_id"), s.programmeId},
                                        {QStringLiteral("title"), QStringLiteral("Функциональная грамотность")},
                                        {QStringLiteral("status"), QStringLiteral("planned")}});
        s.enrolmentIds << Rows::insert(db, QStringLiteral("enrolment"),
                                       {{QStringLiteral("group_id"), s.groupId},
                                        {QStringLiteral("person_id"), person},
                                        {QStringLiteral("enrolled_on"), QStringLiteral("2025-09-25")}});
    }
    tx.commit();
    return s;
}

} // namespace metodist::test
