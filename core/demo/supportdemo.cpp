// Support and monitoring: mentoring pairs for young teachers, professional
// communities and the regional actives, portfolio items, surveys of young teachers
// and indicator targets per region and municipality.
#include "democontext.h"

#include <algorithm>
#include <cmath>

namespace metodist::demo {

void generateSupport(Context &ctx)
{
    Random random = ctx.random(8);
    ctx.progress(89, Context::tr("Mentoring, communities and indicators"));
    const QList<int> mentors = ctx.roles.value(QStringLiteral("mentor"));
    QHash<int, QList<int>> mentorsByOrg, mentorsByMuni;
    for (int m : mentors) {
        mentorsByOrg[ctx.persons.at(m).org] << m;
        mentorsByMuni[ctx.persons.at(m).muni] << m;
    }
    QList<int> young;
    for (int p = 0; p < ctx.persons.size(); ++p) {
        const PersonInfo &person = ctx.persons.at(p);
        if (person.teacher && person.start.daysTo(ctx.today) < 3 * 365 && person.birth.addYears(35) > ctx.today)
            young << p;
    }

    Table pairTable(ctx, QStringLiteral("mentoring_pair"),
                    {QStringLiteral("mentor_person_id"), QStringLiteral("mentee_person_id"), QStringLiteral("starts_on"),
                     QStringLiteral("ends_on"), QStringLiteral("status")});
    Table surveyTable(ctx, QStringLiteral("survey_response"),
                      {QStringLiteral("survey_code"), QStringLiteral("person_id"), QStringLiteral("group_id"),
                       QStringLiteral("answered_on"), QStringLiteral("answers"), QStringLiteral("satisfaction")});
    for (int p : young) {
        if (mentors.isEmpty() || !random.chance(0.75))
            continue;
        const PersonInfo &person = ctx.persons.at(p);
        const QList<int> &near = !mentorsByOrg.value(person.org).isEmpty() ? mentorsByOrg[person.org]
                               : !mentorsByMuni.value(person.muni).isEmpty() ? mentorsByMuni[person.muni] : mentors;
        const int mentor = near.at(random.below(int(near.size())));
        const QDate starts = workingDayFrom(std::max(person.start.addDays(random.range(0, 60)), ctx.yearStart.addYears(-2)));
        const QDate ends = starts.addYears(1);
        const bool over = ends < ctx.today;
        pairTable.add(ctx.next(TPair), ctx.personMuni(p),
                      {ctx.personId(mentor), ctx.personId(p), isoDate(std::min(starts, ctx.today)), isoDate(ends),
                       over ? QStringLiteral("finished") : random.chance(0.03) ? QStringLiteral("cancelled") : QStringLiteral("active")});
        if (random.chance(0.5)) {
            const int satisfaction = 1 + random.weighted({2, 5, 15, 40, 38});
            surveyTable.add(ctx.next(TSurvey), ctx.personMuni(p),
                            {QStringLiteral("young_teacher_support"), ctx.personId(p), QVariant(),
                             isoDate(std::min(starts.addDays(random.range(60, 200)), ctx.today)),
                             QStringLiteral("{\"mentor_help\":%1,\"adaptation\":%2}").arg(satisfaction).arg(std::clamp(satisfaction + random.range(-1, 1), 1, 5)),
                             satisfaction});
        }
    }

    // Communities: the regional actives, young teachers' club, a methodical union per municipality.
    Table communityTable(ctx, QStringLiteral("community"), {QStringLiteral("name"), QStringLiteral("kind")});
    Table memberTable(ctx, QStringLiteral("community_member"), {QStringLiteral("community_id"), QStringLiteral("person_id"), QStringLiteral("joined_on")});
    auto community = [&](const QString &name, const QString &kind, int muni, const QList<int> &members) {
        const QString id = ctx.next(TCommunity);
        communityTable.add(id, ctx.muniId(muni), {name, kind});
        for (int p : members)
            memberTable.add(ctx.next(TMember), ctx.muniId(muni), {id, ctx.personId(p), isoDate(ctx.today.addDays(-random.range(10, 900)))});
    };
    community(QStringLiteral("Региональный методический актив"), QStringLiteral("methodical_active"), -1,
              ctx.roles.value(QStringLiteral("regional_active")));
    QList<int> managers;
    for (int p = 0; p < ctx.persons.size(); ++p)
        if (ctx.persons.at(p).manager && ctx.persons.at(p).muni >= 0 && random.chance(0.1))
            managers << p;
    community(QStringLiteral("Региональный управленческий актив"), QStringLiteral("managerial_active"), -1, managers);
    QList<int> club;
    for (int p : young)
        if (random.chance(0.4))
            club << p;
    community(QStringLiteral("Клуб молодых педагогов «Перспектива»"), QStringLiteral("young_teachers"), -1, club);
    static const QStringList unions = {QStringLiteral("учителей математики"), QStringLiteral("учителей русского языка и литературы"),
                                       QStringLiteral("учителей начальных классов"), QStringLiteral("воспитателей ДОО")};
    QList<QList<int>> teachersByMuni(ctx.munis.size());
    for (int p = 0; p < ctx.persons.size(); ++p)
        if (ctx.persons.at(p).teacher && ctx.persons.at(p).muni >= 0)
            teachersByMuni[ctx.persons.at(p).muni] << p;
    for (int m = 0; m < ctx.munis.size(); ++m) {
        for (int u = 0, n = random.range(1, 2); u < n; ++u) {
            QList<int> members;
            const QList<int> &teachers = teachersByMuni.at(m);
            for (int k = 0, size = std::min<int>(int(teachers.size()), random.range(8, 30)); k < size; ++k) {
                const int p = teachers.at(random.below(int(teachers.size())));
                if (!members.contains(p))
                    members << p;
            }
            community(QStringLiteral("Методическое объединение %1 (%2)").arg(unions.at((m + u) % unions.size()), ctx.munis.at(m).town),
                      QStringLiteral("professional"), m, members);
        }
    }

    // Portfolio: products, competitions and publications of about one person in ten.
    Table portfolioTable(ctx, QStringLiteral("portfolio_item"),
                         {QStringLiteral("person_id"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("dated_on"), QStringLiteral("url")});
    static const char *kinds[] = {"product", "competition", "publication", "other"};
    static const char *titles[] = {"Методическая разработка: %1", "Участие в конкурсе «Педагог года»: %1",
                                   "Статья в сборнике «Образование края»: %1", "Выступление на педагогическом совете: %1"};
    for (int p = 0; p < ctx.persons.size(); ++p) {
        if (!random.chance(0.1))
            continue;
        for (int k = 0, n = random.range(1, 3); k < n; ++k) {
            const int kind = random.weighted({40, 20, 25, 15});
            const QString topic = ctx.competences.at(random.below(int(ctx.competences.size()))).name;
            portfolioTable.add(ctx.next(TPortfolio), ctx.personMuni(p),
                               {ctx.personId(p), QString::fromLatin1(kinds[kind]), QString::fromUtf8(titles[kind]).arg(topic),
                                isoDate(ctx.today.addDays(-random.range(1, 1500))),
                                kind == 2 ? QStringLiteral("https://edu.example.ru/pub/%1").arg(p) : QString()});
        }
    }

    // Indicator targets (Perm concept 4.2) for this and the next calendar year, in percent,
    // under the codes of core/monitoring/indicators.cpp.
    Table targetTable(ctx, QStringLiteral("indicator_target"),
                      {QStringLiteral("indicator_code"), QStringLiteral("year"), QStringLiteral("level"), QStringLiteral("level_id"),
                       QStringLiteral("target_value")});
    static const QList<QPair<const char *, double>> indicators = {
        {"diagnostic_share", 0.60}, {"route_share", 0.30}, {"frdpp_completed_share", 0.15},
        {"quality_managers_share", 0.25}, {"young_teachers_supported_share", 0.80}, {"iro_frdpp_programmes_share", 0.50}};
    for (int y = 0; y < 2; ++y) {
        const int year = ctx.today.year() + y;
        for (const auto &indicator : indicators) {
            const double base = indicator.second + 0.05 * y;
            targetTable.add(ctx.next(TTarget), QVariant(), {QString::fromLatin1(indicator.first), year, QStringLiteral("region"), QVariant(), base * 100});
            for (int m = 0; m < ctx.munis.size(); ++m)
                targetTable.add(ctx.next(TTarget), ctx.munis.at(m).id,
                                {QString::fromLatin1(indicator.first), year, QStringLiteral("municipality"), ctx.munis.at(m).id,
                                 std::round(std::clamp(base + 0.1 * random.normal(), 0.05, 1.0) * 100)});
        }
    }
}

} // namespace metodist::demo
