// Routes (ИОМ) for about 30 % of staff: built on their diagnostic, with three-stage
// items from the catalogue addressing their deficits, a tutor and a status that
// matches the period. Course items wait for a group of their programme.
#include "democontext.h"

#include <algorithm>

namespace metodist::demo {

void generateRoutes(Context &ctx)
{
    Random random = ctx.random(5);
    ctx.progress(38, Context::tr("Routes"));
    const QList<int> tutors = ctx.roles.value(QStringLiteral("tutor"));
    const QList<int> mentors = ctx.roles.value(QStringLiteral("mentor"));
    QHash<int, QList<int>> tutorsByMuni;
    for (int t : tutors)
        tutorsByMuni[ctx.persons.at(t).muni] << t;
    QList<int> candidates;
    for (int p = 0; p < ctx.persons.size(); ++p)
        if (ctx.persons.at(p).diagnostic >= 0 && !ctx.persons.at(p).deficits.isEmpty())
            candidates << p;
    const double share = candidates.isEmpty() ? 0 : std::min(1.0, 0.30 * ctx.persons.size() / candidates.size());

    Table routeTable(ctx, QStringLiteral("route"),
                     {QStringLiteral("person_id"), QStringLiteral("tutor_person_id"), QStringLiteral("diagnostic_id"),
                      QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("hours_budget"),
                      QStringLiteral("accepted_forms"), QStringLiteral("status"), QStringLiteral("agreed_on"),
                      QStringLiteral("agreed_by"), QStringLiteral("notes")});
    Table itemTable(ctx, QStringLiteral("route_item"),
                    {QStringLiteral("route_id"), QStringLiteral("stage"), QStringLiteral("kind"), QStringLiteral("ref_id"),
                     QStringLiteral("competence_id"), QStringLiteral("title"), QStringLiteral("hours"),
                     QStringLiteral("planned_start"), QStringLiteral("planned_end"), QStringLiteral("responsible_person_id"),
                     QStringLiteral("status"), QStringLiteral("evidence"), QStringLiteral("sort_order")});
    for (int p : candidates) {
        if (!random.chance(share))
            continue;
        const PersonInfo &person = ctx.persons.at(p);
        const QList<int> &local = tutorsByMuni.value(person.muni);
        const int tutor = !local.isEmpty() ? local.at(random.below(int(local.size())))
                        : tutors.isEmpty()  ? -1
                                            : tutors.at(random.below(int(tutors.size())));
        const bool lastYear = person.diagnosed < ctx.yearStart;
        const QDate start = workingDayFrom(person.diagnosed.addDays(random.range(10, 40)));
        const QDate end = (lastYear ? ctx.yearStart : ctx.yearStart.addYears(1)).addDays(-62); // 30 June
        QString status;
        if (lastYear)
            status = QList<QString>{QStringLiteral("completed"), QStringLiteral("in_progress"), QStringLiteral("cancelled")}.at(random.weighted({80, 15, 5}));
        else
            status = QList<QString>{QStringLiteral("draft"), QStringLiteral("agreed"), QStringLiteral("in_progress")}.at(random.weighted({20, 30, 50}));
        const bool agreed = status != QLatin1String("draft");
        const QString routeId = ctx.ids.make(TRoute, quint64(routeTable.count()));
        const QVariant muni = ctx.personMuni(p);
        const QString agreedBy = person.muni >= 0 ? ctx.persons.at(ctx.orgs.at(1 + person.muni).staff.first()).fullName
                                                  : ctx.persons.at(ctx.orgs.at(ctx.institute).staff.first()).fullName;
        routeTable.add(routeId, muni,
                       {ctx.personId(p), tutor < 0 ? QVariant() : QVariant(ctx.personId(tutor)), ctx.diagnosticIds.at(person.diagnostic),
                        isoDate(start), isoDate(end), QList<int>{72, 108, 144}.at(random.below(3)),
                        random.chance(0.2) ? QStringLiteral("blended;distance") : QStringLiteral("full_time;blended;distance"),
                        status, agreed ? QVariant(isoDate(start.addDays(random.range(1, 10)))) : QVariant(),
                        agreed ? QVariant(agreedBy) : QVariant(), QString()});
        int order = 0;
        const int span = std::max<int>(30, int(start.daysTo(end)));
        auto item = [&](const char *stage, const char *kind, const QVariant &ref, int competence, const QString &title, int hours,
                        int fromDay, int toDay, int responsible) {
            const QDate from = start.addDays(span * fromDay / 100);
            const QDate to = start.addDays(span * toDay / 100);
            QString itemStatus = QStringLiteral("planned");
            if (status == QLatin1String("completed"))
                itemStatus = random.chance(0.92) ? QStringLiteral("done") : QStringLiteral("cancelled");
            else if (status == QLatin1String("cancelled"))
                itemStatus = to < ctx.today && random.chance(0.5) ? QStringLiteral("done") : QStringLiteral("cancelled");
            else if (status == QLatin1String("in_progress"))
                itemStatus = to < ctx.today ? QStringLiteral("done") : from < ctx.today ? QStringLiteral("in_progress") : QStringLiteral("planned");
            const bool done = itemStatus == QLatin1String("done");
            const QString id = ctx.ids.make(TRouteItem, quint64(itemTable.count()));
            itemTable.add(id, muni,
                          {routeId, QString::fromLatin1(stage), QString::fromLatin1(kind), ref,
                           competence < 0 ? QVariant() : QVariant(ctx.competences.at(competence).id), title, hours,
                           isoDate(from), isoDate(to), responsible < 0 ? QVariant() : QVariant(ctx.personId(responsible)),
                           itemStatus, done ? QStringLiteral("Отчёт о выполнении приложен в портфолио.") : QString(), ++order});
            return id;
        };
        // Two worst deficits drive the route.
        const QList<int> deficits = person.deficits.mid(0, 2);
        for (int c : deficits) {
            const QList<int> &materials = ctx.materialsByCompetence.at(c);
            if (!materials.isEmpty()) {
                const CatalogueItem &m = ctx.materials.at(materials.at(random.below(int(materials.size()))));
                item("pre", "material", m.id, c, m.title, m.hours, 0, 15, tutor);
            }
        }
        for (int c : deficits) {
            const QList<int> &programmes = ctx.programmesByCompetence.at(c);
            if (programmes.isEmpty())
                continue;
            const int prog = programmes.at(random.below(int(programmes.size())));
            const QString id = item("course", "programme", ctx.programmes.at(prog).id, c, ctx.programmes.at(prog).title,
                                    ctx.programmes.at(prog).hours, 15, 70, tutor);
            if (status != QLatin1String("cancelled") && status != QLatin1String("draft"))
                ctx.pendingCourses[prog] << PendingCourse{p, id, start.addDays(span * 15 / 100)};
            break; // one programme per route
        }
        const int c = deficits.first();
        const int post = random.weighted({35, 25, 25, 15});
        if (post == 0) {
            item("post", "product", QVariant(), c, QStringLiteral("Применение продукта курса на практике: открытое занятие"), 8, 70, 100, tutor);
        } else if (post == 1 && !mentors.isEmpty()) {
            const int mentor = mentors.at(random.below(int(mentors.size())));
            item("post", "mentoring", QVariant(), c, QStringLiteral("Сопровождение наставника: %1").arg(ctx.persons.at(mentor).fullName), 12, 70, 100, mentor);
        } else if (post == 2) {
            item("post", "community", QVariant(), c, QStringLiteral("Участие в профессиональном сообществе"), 10, 70, 100, tutor);
        } else {
            const CatalogueItem &e = ctx.events.at(random.below(int(ctx.events.size())));
            item("post", "event", e.id, e.competences.first(), e.title, e.hours, 70, 100, tutor);
        }
        if (random.chance(0.3))
            item("post", "consultation", QVariant(), c, QStringLiteral("Консультация тьютора по итогам маршрута"), 2, 95, 100, tutor);
        if (routeTable.count() % 2000 == 0)
            ctx.progress(38 + 4 * routeTable.count() / std::max(1, int(candidates.size() * share)), Context::tr("Routes"));
    }
    ctx.summary.routes = routeTable.count();
    ctx.summary.routeItems = itemTable.count();
}

} // namespace metodist::demo
