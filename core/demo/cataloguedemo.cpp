// Catalogue: programmes (ПК/ПП, hours, forms, providers, ФР ДПП, network form,
// expertise, modules), events, self-study materials and the competences they develop,
// plus applications to events.
#include "democontext.h"

#include <algorithm>

namespace metodist::demo {

namespace {

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

const QStringList &ppTitles()
{
    static const QStringList list = QStringLiteral(
        "Педагогическое образование: учитель математики|Педагогическое образование: учитель информатики|"
        "Педагогическое образование: учитель физики|Педагогическое образование: учитель русского языка и литературы|"
        "Педагогическое образование: учитель начальных классов|Менеджмент в образовании|"
        "Тьюторское сопровождение в образовании|Логопедия|Дошкольное образование|"
        "Педагогика дополнительного образования детей и взрослых|Специальное (дефектологическое) образование|"
        "Педагог-психолог в системе образования|Преподаватель профессионального обучения|"
        "Педагогическое образование: учитель химии и биологии|Педагогическое образование: учитель истории и обществознания")
                                          .split(QLatin1Char('|'));
    return list;
}

const QStringList &moduleNames()
{
    static const QStringList list = QStringLiteral(
        "Нормативно-правовые основы|Теоретические основы|Современные подходы и технологии|Практикум|"
        "Проектирование и разработка материалов|Анализ практики и рефлексия|Стажировка|Итоговая аттестация: защита проекта")
                                          .split(QLatin1Char('|'));
    return list;
}

// Fills a title template: %1 = the competence as is, %2 = with a lower-case first letter.
QString titled(const QString &pattern, const QString &name)
{
    QString result = pattern;
    result.replace(QStringLiteral("%1"), name);
    result.replace(QStringLiteral("%2"), lowerFirst(name));
    return result;
}

} // namespace

void generateCatalogue(Context &ctx)
{
    Random random = ctx.random(3);
    ctx.progress(31, Context::tr("Programmes"));
    const int comps = int(ctx.competences.size());
    ctx.programmesByCompetence.resize(comps);
    ctx.materialsByCompetence.resize(comps);
    Table progTable(ctx, QStringLiteral("programme"),
                    {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("hours"), QStringLiteral("form"),
                     QStringLiteral("provider_org_id"), QStringLiteral("target_categories"), QStringLiteral("in_frdpp"),
                     QStringLiteral("frdpp_number"), QStringLiteral("network_form"), QStringLiteral("network_partners"),
                     QStringLiteral("expertise_status"), QStringLiteral("quality_management"), QStringLiteral("completion_attendance"),
                     QStringLiteral("grading"), QStringLiteral("description"), QStringLiteral("status")});
    Table moduleTable(ctx, QStringLiteral("programme_module"),
                      {QStringLiteral("programme_id"), QStringLiteral("title"), QStringLiteral("hours"), QStringLiteral("sort_order")});
    Table expertiseTable(ctx, QStringLiteral("programme_expertise"),
                         {QStringLiteral("programme_id"), QStringLiteral("expert_person_id"), QStringLiteral("verdict"),
                          QStringLiteral("comment"), QStringLiteral("decided_on")});
    Table linkTable(ctx, QStringLiteral("catalogue_competence"),
                    {QStringLiteral("item_kind"), QStringLiteral("item_id"), QStringLiteral("competence_id")});
    auto link = [&](const char *kind, const QString &id, int competence) {
        linkTable.add(ctx.next(TCatComp), QVariant(), {QString::fromLatin1(kind), id, ctx.competences.at(competence).id});
    };
    static const QStringList pkTemplates = {
        QStringLiteral("%1 в условиях реализации обновлённых ФГОС"), QStringLiteral("%1: современные подходы"),
        QStringLiteral("%1 (практико-ориентированный курс)"), QStringLiteral("Школа молодого педагога: %2"),
        QStringLiteral("%1: от теории к практике"), QStringLiteral("%1 для педагогов дошкольного образования"),
        QStringLiteral("%1 для преподавателей СПО"), QStringLiteral("Интенсив «%1»"),
        QStringLiteral("%1 в работе классного руководителя"), QStringLiteral("%1: лучшие практики региона")};
    static const QStringList targets = {QStringLiteral("учителя"), QStringLiteral("воспитатели"),
                                        QStringLiteral("преподаватели СПО"), QStringLiteral("руководители и заместители"),
                                        QStringLiteral("педагоги дополнительного образования"), QStringLiteral("педагоги-психологи"),
                                        QStringLiteral("молодые педагоги")};
    const QList<int> experts = ctx.roles.value(QStringLiteral("expert"));
    const int count = ctx.scaled(400, 8);
    for (int i = 0; i < count; ++i) {
        Programme prog;
        prog.id = ctx.ids.make(TProgramme, quint64(i));
        prog.pp = i % 10 == 9;
        const int main = (i * 7 + i / comps) % comps;
        const Competence &comp = ctx.competences.at(main);
        if (prog.pp) {
            prog.title = ppTitles().at((i / 10) % ppTitles().size());
            prog.hours = QList<int>{250, 252, 288, 300, 340, 520}.at(random.below(6));
        } else {
            const int t = (i / comps + main) % int(pkTemplates.size());
            prog.title = titled(pkTemplates.at(t), comp.name);
            if (comp.managerial)
                prog.title = comp.name + QStringLiteral(": программа для управленческих команд");
            prog.hours = QList<int>{16, 24, 32, 36, 40, 72, 144}.at(random.weighted({12, 14, 10, 18, 12, 28, 6}));
        }
        if (i >= comps * int(pkTemplates.size()))
            prog.title += QStringLiteral(" (поток %1)").arg(i / (comps * int(pkTemplates.size())) + 1);
        const int f = random.weighted({35, 45, 20});
        prog.form = f == 0 ? QStringLiteral("full_time") : f == 1 ? QStringLiteral("blended") : QStringLiteral("distance");
        const int g = random.weighted({60, 30, 10});
        prog.grading = g == 0 ? QStringLiteral("pass_fail") : g == 1 ? QStringLiteral("five_point") : QStringLiteral("points");
        prog.completion = QList<double>{0.75, 0.8, 0.9}.at(random.below(3));
        prog.frdpp = !prog.pp && random.chance(0.52);
        const bool partnerProvider = !ctx.partners.isEmpty() && random.chance(0.25);
        const int provider = partnerProvider ? ctx.partners.at(random.below(int(ctx.partners.size()))) : ctx.institute;
        const bool network = random.chance(0.15) && !ctx.partners.isEmpty();
        const QString partner = network ? ctx.orgs.at(ctx.partners.at(random.below(int(ctx.partners.size())))).shortName : QString();
        const int e = prog.frdpp ? 0 : random.weighted({45, 12, 35, 8});
        const QString expertise = e == 0 ? QStringLiteral("approved") : e == 1 ? QStringLiteral("in_review")
                                : e == 2 ? QStringLiteral("none") : QStringLiteral("rejected");
        const bool quality = comp.name.contains(QStringLiteral("качеством")) || (comp.managerial && random.chance(0.3));
        const int s = random.weighted({90, 5, 5});
        const QString status = s == 0 ? QStringLiteral("active") : s == 1 ? QStringLiteral("archived") : QStringLiteral("draft");
        QString target = targets.at(comp.managerial ? 3 : random.below(int(targets.size())));
        progTable.add(prog.id, QVariant(),
                      {prog.title, prog.pp ? QStringLiteral("PP") : QStringLiteral("PK"), prog.hours, prog.form,
                       ctx.orgs.at(provider).id, target, prog.frdpp ? 1 : 0,
                       prog.frdpp ? QVariant(QStringLiteral("%1-%2").arg(ctx.yearStart.year() - random.below(3)).arg(random.range(10000, 99999)))
                                  : QVariant(),
                       network ? 1 : 0, partner, expertise, quality ? 1 : 0, prog.completion, prog.grading,
                       QStringLiteral("Программа развивает компетенцию «%1».").arg(comp.name), status});
        prog.active = status == QLatin1String("active");
        // Competences: the main one and one or two of the same area.
        prog.competences << main;
        for (int k = 0, extra = random.range(1, 2); k < extra; ++k) {
            const int other = main - (main % 5) + random.below(5);
            if (other < comps && !prog.competences.contains(other) && ctx.competences.at(other).area == comp.area)
                prog.competences << other;
        }
        for (int c : prog.competences) {
            link("programme", prog.id, c);
            if (status == QLatin1String("active"))
                ctx.programmesByCompetence[c] << i;
        }
        // Modules share the hours; the last one is the final attestation.
        const int modules = prog.pp ? random.range(6, 8) : prog.hours <= 24 ? 2 : prog.hours <= 40 ? 3 : prog.hours <= 72 ? 4 : 5;
        int left = prog.hours;
        for (int m = 0; m < modules; ++m) {
            const int hours = m == modules - 1 ? left : std::max(2, prog.hours / modules);
            left -= hours;
            const QString title = m == modules - 1 ? moduleNames().last() : moduleNames().at(m % (moduleNames().size() - 1));
            const QString moduleId = ctx.next(TModule);
            moduleTable.add(moduleId, QVariant(), {prog.id, QStringLiteral("Модуль %1. %2").arg(m + 1).arg(title), hours, m + 1});
            prog.modules << moduleId;
            prog.moduleTitles << title;
            link("module", moduleId, prog.competences.at(m % prog.competences.size()));
        }
        if (expertise != QLatin1String("none") && !experts.isEmpty()) {
            for (int k = 0, n = random.range(1, 2); k < n; ++k) {
                const QString verdict = expertise == QLatin1String("approved") ? QStringLiteral("approved")
                                      : expertise == QLatin1String("rejected") ? (k == 0 ? QStringLiteral("rejected") : QStringLiteral("revise"))
                                                                               : QStringLiteral("pending");
                const QVariant decided = verdict == QLatin1String("pending") ? QVariant()
                                                                             : QVariant(isoDate(ctx.yearStart.addDays(-random.range(30, 700))));
                expertiseTable.add(ctx.next(TExpertise), QVariant(),
                                   {prog.id, ctx.personId(experts.at(random.below(int(experts.size())))), verdict,
                                    verdict == QLatin1String("approved") ? QStringLiteral("Рекомендована к реализации.")
                                    : verdict == QLatin1String("pending") ? QString()
                                                                          : QStringLiteral("Не обеспечена связь с профессиональными дефицитами."),
                                    decided});
            }
        }
        ctx.programmes << prog;
    }
    ctx.summary.programmes = progTable.count();
    ctx.pendingCourses.resize(ctx.programmes.size());

    ctx.progress(34, Context::tr("Events and materials"));
    static const char *eventKinds[] = {"seminar", "master_class", "internship", "conference", "competition", "community", "mentoring"};
    static const char *eventNames[] = {"Семинар «%1»", "Мастер-класс «%1»", "Стажировка: %2", "Конференция «%1: опыт региона»",
                                       "Конкурс профессионального мастерства «%1»", "Профессиональное сообщество: %2",
                                       "Наставническая сессия: %2"};
    Table eventTable(ctx, QStringLiteral("event"),
                     {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("starts_on"), QStringLiteral("ends_on"),
                      QStringLiteral("hours"), QStringLiteral("form"), QStringLiteral("organiser_org_id"), QStringLiteral("description")});
    Applications applications(ctx);
    const QDate from = ctx.yearStart.addYears(-1);
    const int span = int(from.daysTo(ctx.yearStart.addYears(1).addDays(-62)));
    for (int i = 0, n = ctx.scaled(300, 6); i < n; ++i) {
        CatalogueItem item;
        item.id = ctx.ids.make(TEvent, quint64(i));
        const int k = random.weighted({30, 25, 12, 8, 8, 10, 7});
        const int c = random.below(comps);
        item.title = titled(QString::fromUtf8(eventNames[k]), ctx.competences.at(c).name);
        item.hours = k == 2 ? 16 : k == 3 ? 8 : random.range(2, 6);
        item.competences << c;
        // Municipal methodical services organise part of the events for their municipality.
        const bool municipal = random.chance(0.4) && !ctx.munis.isEmpty();
        const int organiser = municipal ? 1 + random.below(int(ctx.munis.size())) : ctx.institute;
        const QDate starts = workingDayFrom(from.addDays(random.below(span)));
        const QDate ends = k == 2 || k == 3 ? workingDayFrom(starts.addDays(1)) : starts;
        eventTable.add(item.id, ctx.muniId(ctx.orgs.at(organiser).muni),
                       {QString::fromLatin1(eventKinds[k]), item.title, isoDate(starts), isoDate(ends), item.hours,
                        random.chance(0.3) ? QStringLiteral("distance") : QStringLiteral("full_time"), ctx.orgs.at(organiser).id,
                        QString()});
        link("event", item.id, c);
        // A few individual applications per event.
        for (int a = 0, m = random.range(1, 4); a < m; ++a) {
            const int person = random.below(int(ctx.persons.size()));
            const QDate submitted = std::min(starts.addDays(-random.range(5, 30)), ctx.today);
            const bool past = starts < ctx.today;
            const int st = random.weighted({past ? 0 : 20, past ? 0 : 20, past ? 0 : 20, 30, 10});
            static const char *statuses[] = {"submitted", "under_review", "approved", "enrolled", "rejected"};
            applications.add(false, ctx.persons.at(person).org, QStringLiteral("event"), item.id, {person},
                             QString::fromLatin1(statuses[st]), submitted,
                             st == 4 ? QStringLiteral("Нет свободных мест.") : QString());
        }
        ctx.events << item;
    }

    static const char *materialKinds[] = {"text", "video", "course", "test", "link"};
    static const char *materialNames[] = {"Методические рекомендации: %2", "Видеолекция «%1»", "Онлайн-курс «%1»",
                                          "Самопроверка: %2", "Подборка ресурсов: %2"};
    Table materialTable(ctx, QStringLiteral("material"),
                        {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("url"), QStringLiteral("hours"),
                         QStringLiteral("programme_id"), QStringLiteral("description")});
    for (int i = 0, n = ctx.scaled(500, 10); i < n; ++i) {
        CatalogueItem item;
        item.id = ctx.ids.make(TMaterial, quint64(i));
        const int k = random.weighted({30, 25, 15, 15, 15});
        const int c = i % comps;
        item.title = titled(QString::fromUtf8(materialNames[k]), ctx.competences.at(c).name);
        item.hours = k == 2 ? random.range(6, 16) : random.range(1, 4);
        item.competences << c;
        // Some are the pre-course portfolio of a programme developing the same competence.
        QVariant programme;
        const QList<int> &progs = ctx.programmesByCompetence.at(c);
        if (!progs.isEmpty() && random.chance(0.3))
            programme = ctx.programmes.at(progs.at(random.below(int(progs.size())))).id;
        materialTable.add(item.id, QVariant(),
                          {item.title, QString::fromLatin1(materialKinds[k]), QStringLiteral("https://edu.example.ru/materials/%1").arg(i + 1),
                           item.hours, programme, QString()});
        link("material", item.id, c);
        ctx.materialsByCompetence[c] << i;
        ctx.materials << item;
    }
}

} // namespace metodist::demo
