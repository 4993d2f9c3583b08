// Diagnostics: the competence framework of DOMAIN.md (7 areas, 40 competences),
// instruments with items mapped to competences and 0.5/0.75 thresholds, and
// results for about 60 % of staff with levels computed from the thresholds.
#include "democontext.h"
#include "diagnostics/scoresjson.h"

#include <algorithm>
#include <cmath>

namespace metodist::demo {

namespace {

struct AreaSpec {
    const char *code;
    const char *name;
    bool managers;
    QList<const char *> competences;
};

const QList<AreaSpec> &areas()
{
    static const QList<AreaSpec> list = {
        {"П", "Предметные компетенции", false,
         {"Знание содержания преподаваемого предмета", "Решение предметных задач повышенной сложности",
          "Владение предметной терминологией и научной картиной мира",
          "Формирование функциональной грамотности в предметной области",
          "Подготовка обучающихся к государственной итоговой аттестации",
          "Реализация обновлённых ФГОС в предметном содержании"}},
        {"М", "Методические компетенции", false,
         {"Планирование и проектирование учебного занятия", "Применение современных образовательных технологий",
          "Организация проектной и исследовательской деятельности", "Формирующее оценивание и обратная связь",
          "Разработка рабочих программ и оценочных материалов", "Дифференциация и индивидуализация обучения",
          "Организация внеурочной и воспитательной деятельности"}},
        {"ПП", "Психолого-педагогические компетенции", false,
         {"Учёт возрастных и индивидуальных особенностей обучающихся", "Работа с обучающимися с ОВЗ (инклюзия)",
          "Поддержка мотивации к обучению", "Профилактика деструктивного поведения",
          "Работа с одарёнными обучающимися", "Создание безопасной психологической среды"}},
        {"ИКТ", "Информационно-коммуникационные компетенции", false,
         {"Использование цифровых образовательных ресурсов (ФГИС «Моя школа»)", "Организация дистанционного и смешанного обучения",
          "Цифровая безопасность и работа с персональными данными", "Создание цифрового учебного контента",
          "Анализ образовательных данных", "Использование искусственного интеллекта в обучении"}},
        {"К", "Коммуникативные компетенции", false,
         {"Взаимодействие с родителями (законными представителями)", "Командная работа в педагогическом коллективе",
          "Разрешение конфликтных ситуаций", "Публичное выступление и презентация опыта",
          "Сетевое взаимодействие и социальное партнёрство"}},
        {"Л", "Личностные компетенции", false,
         {"Рефлексия и самооценка профессиональной деятельности", "Самообразование и профессиональное развитие",
          "Эмоциональная устойчивость и профилактика выгорания", "Ценностные ориентиры и профессиональная этика",
          "Управление временем и самоорганизация"}},
        {"У", "Управленческие компетенции", true,
         {"Стратегическое планирование развития организации", "Управление качеством образования",
          "Управление персоналом и развитие кадрового потенциала", "Финансово-экономическое управление",
          "Нормативно-правовое обеспечение деятельности организации"}},
    };
    return list;
}

struct InstrumentSpec {
    QString id;
    QList<int> competences;
    double itemMax;
    int itemsPerCompetence;
};

} // namespace

void generateDiagnostics(Context &ctx)
{
    Random random = ctx.random(2);
    ctx.progress(14, Context::tr("Competences and instruments"));
    Table areaTable(ctx, QStringLiteral("competence_area"),
                    {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("for_managers"), QStringLiteral("sort_order")});
    Table compTable(ctx, QStringLiteral("competence"),
                    {QStringLiteral("area_id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("sort_order")});
    for (int a = 0; a < areas().size(); ++a) {
        const AreaSpec &area = areas().at(a);
        const QString areaId = ctx.ids.make(TArea, quint64(a));
        areaTable.add(areaId, QVariant(), {QString::fromUtf8(area.code), QString::fromUtf8(area.name), area.managers ? 1 : 0, a + 1});
        for (int c = 0; c < area.competences.size(); ++c) {
            Competence comp;
            comp.id = ctx.ids.make(TCompetence, quint64(ctx.competences.size()));
            comp.name = QString::fromUtf8(area.competences.at(c));
            comp.area = a;
            comp.managerial = area.managers;
            comp.code = QStringLiteral("%1.%2").arg(QString::fromUtf8(area.code)).arg(c + 1);
            compTable.add(comp.id, QVariant(), {areaId, comp.code, comp.name, int(ctx.competences.size()) + 1});
            ctx.competences << comp;
        }
    }
    const int competenceCount = int(ctx.competences.size());

    // Instruments: federal (all general competences), regional (subject, methodical, ICT),
    // managers' self-assessment (every competence, managerial included).
    QList<InstrumentSpec> instruments(3);
    for (int c = 0; c < competenceCount; ++c) {
        const Competence &comp = ctx.competences.at(c);
        if (!comp.managerial)
            instruments[0].competences << c;
        if (comp.area == 0 || comp.area == 1 || comp.area == 3)
            instruments[1].competences << c;
        instruments[2].competences << c;
    }
    instruments[0].itemMax = 4;
    instruments[0].itemsPerCompetence = 2;
    instruments[1].itemMax = 10;
    instruments[1].itemsPerCompetence = 1;
    instruments[2].itemMax = 5;
    instruments[2].itemsPerCompetence = 1;
    static const char *names[][3] = {
        {"Диагностика профессиональных дефицитов педагогических работников (федеральная)", "federal",
         "Тест и кейсы по компетенциям; выгрузка с федеральной платформы."},
        {"Региональная диагностика предметных и методических компетенций", "regional",
         "Предметный тест и методический кейс, проводит ЦНППМ."},
        {"Самооценка компетенций управленческой команды", "self_assessment",
         "Анкета самооценки руководителей и заместителей."}};
    Table instTable(ctx, QStringLiteral("instrument"),
                    {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("threshold_pronounced"),
                     QStringLiteral("threshold_partial"), QStringLiteral("description")});
    Table itemTable(ctx, QStringLiteral("instrument_item"),
                    {QStringLiteral("instrument_id"), QStringLiteral("code"), QStringLiteral("text"), QStringLiteral("competence_id"),
                     QStringLiteral("max_score"), QStringLiteral("sort_order")});
    for (int i = 0; i < instruments.size(); ++i) {
        InstrumentSpec &spec = instruments[i];
        spec.id = ctx.ids.make(TInstrument, quint64(i));
        instTable.add(spec.id, QVariant(), {QString::fromUtf8(names[i][0]), QString::fromLatin1(names[i][1]), 0.5, 0.75,
                                            QString::fromUtf8(names[i][2])});
        int order = 0;
        for (int c : spec.competences)
            for (int k = 0; k < spec.itemsPerCompetence; ++k) {
                ++order;
                itemTable.add(ctx.ids.make(TItem, quint64(itemTable.count())), QVariant(),
                              {spec.id, QStringLiteral("%1.%2").arg(i + 1).arg(order),
                               QStringLiteral("Задание %1: %2").arg(order).arg(ctx.competences.at(c).name),
                               ctx.competences.at(c).id, spec.itemMax, order});
            }
    }

    ctx.progress(16, Context::tr("Diagnostics"));
    Table diagTable(ctx, QStringLiteral("diagnostic"),
                    {QStringLiteral("person_id"), QStringLiteral("instrument_id"), QStringLiteral("taken_on"), QStringLiteral("source"),
                     QStringLiteral("source_file"), QStringLiteral("import_key"), QStringLiteral("scores")});
    int scoreCount = 0;
    const QDate previousYear = ctx.yearStart.addYears(-1);
    QList<double> ability(areas().size());
    // One diagnostic: scores per competence, levels by the thresholds; returns deficits.
    auto diagnose = [&](int person, int instrument, const QDate &taken, double shift) {
        const InstrumentSpec &spec = instruments.at(instrument);
        const QString id = ctx.ids.make(TDiagnostic, quint64(diagTable.count()));
        const QString pid = ctx.personId(person);
        const QVariant muni = ctx.personMuni(person);
        const int how = random.weighted({70, 20, 10});
        const QString source = how == 0 ? QStringLiteral("import") : how == 1 ? QStringLiteral("questionnaire") : QStringLiteral("manual");
        const QVariant file = how == 0 ? QVariant(QStringLiteral("diagnostika_%1_%2.xlsx").arg(instrument + 1).arg(taken.year())) : QVariant();
        const QVariant key = how == 0 ? QVariant(pid + QLatin1Char('|') + spec.id + QLatin1Char('|') + isoDate(taken)) : QVariant();
        const double max = spec.itemMax * spec.itemsPerCompetence;
        QList<QPair<double, int>> weak;
        QList<CodedScore> scores;
        for (int c : spec.competences) {
            const double share = std::clamp(ability.at(ctx.competences.at(c).area) + shift + 0.1 * random.normal(), 0.0, 1.0);
            const double score = std::round(share * max);
            const double ratio = score / max;
            const int level = ratio < 0.5 ? 2 : ratio < 0.75 ? 1 : 0;
            scores.append({ctx.competences.at(c).code, score, max, level});
            if (level > 0)
                weak << qMakePair(ratio, c);
        }
        diagTable.add(id, muni, {pid, spec.id, isoDate(taken), source, file, key, encodeScores(scores)});
        ctx.diagnosticIds << id;
        scoreCount += int(scores.size());
        std::sort(weak.begin(), weak.end());
        QList<int> deficits;
        for (int k = 0; k < std::min<qsizetype>(5, weak.size()); ++k)
            deficits << weak.at(k).second;
        return deficits;
    };
    const int staff = int(ctx.persons.size());
    for (int p = 0; p < staff; ++p) {
        PersonInfo &person = ctx.persons[p];
        const OrgKind kind = ctx.orgs.at(person.org).kind;
        const bool eligible = kind != OrgKind::Partner && kind != OrgKind::FurtherEducation;
        if (!eligible || !random.chance(0.62))
            continue;
        const bool young = person.start.daysTo(ctx.today) < 3 * 365;
        for (double &a : ability)
            a = 0.74 + 0.12 * random.normal() - (young ? 0.08 : 0.0);
        const int instrument = person.manager ? 2 : random.chance(0.8) ? 0 : 1;
        // Most were diagnosed last academic year, the rest this autumn.
        QDate taken = random.chance(0.7) ? previousYear.addDays(random.range(30, 240))
                                         : ctx.yearStart.addDays(random.range(14, std::max<int>(15, int(ctx.yearStart.daysTo(ctx.today)) - 1)));
        taken = std::min(taken, ctx.today.addDays(-1));
        person.diagnostic = int(ctx.diagnosticIds.size());
        person.diagnosed = taken;
        person.deficits = diagnose(p, instrument, taken, 0.0);
        // Re-diagnosis after training shows the effect: a share of last year's people.
        if (taken < ctx.yearStart && random.chance(0.15)) {
            const QDate again = std::min(taken.addDays(random.range(200, 330)), ctx.today.addDays(-1));
            diagnose(p, instrument, again, 0.08);
        }
        if (p % 5000 == 4999)
            ctx.progress(16 + 14 * p / staff, Context::tr("Diagnostics"));
    }
    ctx.summary.diagnostics = diagTable.count();
    ctx.summary.diagnosticScores = scoreCount;
}

} // namespace metodist::demo
