// Resources for the schedule: the institute's and partners' sites, municipal sites and
// college workshops, rooms with capacities, equipment, instructors and their weekly
// availability.
#include "democontext.h"
#include "names.h"

namespace metodist::demo {

void generateResources(Context &ctx)
{
    Random random = ctx.random(4);
    ctx.progress(36, Context::tr("Sites and instructors"));
    Table siteTable(ctx, QStringLiteral("site"), {QStringLiteral("name"), QStringLiteral("organisation_id"), QStringLiteral("address")});
    Table roomTable(ctx, QStringLiteral("room"), {QStringLiteral("site_id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("capacity")});
    Table equipmentTable(ctx, QStringLiteral("equipment"),
                         {QStringLiteral("room_id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("quantity")});
    static const QStringList workshops = {
        QStringLiteral("Мастерская «Цифровая образовательная среда»"), QStringLiteral("Мастерская «Робототехника и инженерное образование»"),
        QStringLiteral("Мастерская «Естественно-научная лаборатория»"), QStringLiteral("Мастерская «Технологии дошкольного образования»"),
        QStringLiteral("Мастерская «Инклюзивное образование»"), QStringLiteral("Мастерская «Управление образовательной организацией»")};
    static const QList<QPair<QString, QString>> equipmentKinds = {
        {QStringLiteral("Интерактивная панель"), QStringLiteral("equipment")},
        {QStringLiteral("Комплект ноутбуков (15 шт.)"), QStringLiteral("equipment")},
        {QStringLiteral("Документ-камера"), QStringLiteral("equipment")},
        {QStringLiteral("Набор робототехники"), QStringLiteral("equipment")},
        {QStringLiteral("Цифровая лаборатория по естественным наукам"), QStringLiteral("equipment")},
        {QStringLiteral("Система видеоконференцсвязи"), QStringLiteral("equipment")},
        {QStringLiteral("Р7-Офис (лицензии)"), QStringLiteral("software")},
        {QStringLiteral("Конструктор онлайн-курсов"), QStringLiteral("software")}};

    auto addRoom = [&](const QString &siteId, const QVariant &scope, int muni, const QString &name, const QString &kind, int capacity) {
        Room room;
        room.id = ctx.next(TRoom);
        room.name = name;
        room.muni = muni;
        room.capacity = capacity;
        room.workshop = kind == QLatin1String("workshop");
        roomTable.add(room.id, scope, {siteId, name, kind, capacity});
        for (int e = 0, n = room.workshop ? random.range(2, 4) : random.range(0, 2); e < n; ++e) {
            const auto &equipment = equipmentKinds.at(random.below(int(equipmentKinds.size())));
            const QString id = ctx.next(TEquipment);
            equipmentTable.add(id, scope, {room.id, equipment.first, equipment.second, random.range(1, 15)});
            room.equipment << id;
        }
        ctx.rooms << room;
    };
    auto addSite = [&](const QString &name, int org, int muni) {
        const QString id = ctx.next(TSite);
        const QString town = muni < 0 ? QStringLiteral("г. Краевой") : ctx.munis.at(muni).town;
        siteTable.add(id, ctx.muniId(muni), {name, ctx.orgs.at(org).id,
                                             QStringLiteral("%1, ул. %2, д. %3").arg(town).arg(random.range(1, 90)).arg(random.range(1, 40))});
        return id;
    };

    // The institute: a main building and the ЦНППМ with its workshops.
    const QString main = addSite(QStringLiteral("ИРО, учебный корпус"), ctx.institute, -1);
    for (int r = 0, n = ctx.scaled(10, 3); r < n; ++r)
        addRoom(main, QVariant(), -1, r == 0 ? QStringLiteral("Актовый зал") : QStringLiteral("Ауд. %1").arg(100 * (1 + r / 8) + r % 8 + 1),
                r == 0 ? QStringLiteral("hall") : QStringLiteral("classroom"), r == 0 ? 120 : random.range(25, 40));
    const QString centre = addSite(QStringLiteral("ЦНППМ"), ctx.institute, -1);
    for (int r = 0, n = ctx.scaled(8, 2); r < n; ++r)
        addRoom(centre, QVariant(), -1, workshops.at(r % workshops.size()) + (r >= workshops.size() ? QStringLiteral(" %1").arg(r / workshops.size() + 1) : QString()),
                QStringLiteral("workshop"), random.range(25, 30));
    for (int p : ctx.partners) {
        const QString site = addSite(ctx.orgs.at(p).shortName + QStringLiteral(", учебная площадка"), p, -1);
        for (int r = 0, n = random.range(2, 3); r < n; ++r)
            addRoom(site, QVariant(), -1, QStringLiteral("Ауд. %1").arg(r + 1), r == 0 ? QStringLiteral("lab") : QStringLiteral("classroom"),
                    random.range(25, 35));
    }
    // Every municipality: the methodical service's rooms (municipal groups meet there).
    for (int o = 0; o < ctx.orgs.size(); ++o) {
        const Organisation &org = ctx.orgs.at(o);
        if (org.kind != OrgKind::MethodicalService)
            continue;
        const QString site = addSite(org.shortName, o, org.muni);
        addRoom(site, ctx.muniId(org.muni), org.muni, QStringLiteral("Методический кабинет"), QStringLiteral("classroom"), random.range(25, 32));
        addRoom(site, ctx.muniId(org.muni), org.muni, QStringLiteral("Конференц-зал"), QStringLiteral("hall"), random.range(40, 80));
    }

    // Instructors: the people with the role, plus external lecturers.
    Table instructorTable(ctx, QStringLiteral("instructor"),
                          {QStringLiteral("person_id"), QStringLiteral("full_name"), QStringLiteral("organisation"), QStringLiteral("external")});
    Table availabilityTable(ctx, QStringLiteral("instructor_availability"),
                            {QStringLiteral("instructor_id"), QStringLiteral("weekday"), QStringLiteral("start_time"),
                             QStringLiteral("end_time"), QStringLiteral("date_from"), QStringLiteral("date_to")});
    auto addInstructor = [&](int person, const QString &name, const QString &organisation) {
        Instructor instructor;
        instructor.id = ctx.next(TInstructor);
        instructorTable.add(instructor.id, QVariant(),
                            {person < 0 ? QVariant() : QVariant(ctx.personId(person)), name, organisation, person < 0 ? 1 : 0});
        // Three to five working days a week, the whole teaching day.
        const int days = random.range(3, 5);
        const int skip = random.range(1, 5);
        for (int d = 1, added = 0; d <= 5 && added < days; ++d) {
            if (days < 5 && d == skip)
                continue;
            instructor.weekdays |= 1 << d;
            ++added;
            availabilityTable.add(ctx.next(TAvailability), QVariant(),
                                  {instructor.id, d, QStringLiteral("09:00"), QStringLiteral("20:00"),
                                   isoDate(ctx.yearStart.addYears(-2)), isoDate(ctx.yearStart.addYears(1).addDays(-1))});
        }
        ctx.instructors << instructor;
    };
    for (int p : ctx.roles.value(QStringLiteral("instructor")))
        addInstructor(p, ctx.persons.at(p).fullName, ctx.orgs.at(ctx.persons.at(p).org).shortName);
    for (int i = 0, n = ctx.scaled(40, 2); i < n; ++i) {
        const FullName name = randomName(random, random.chance(0.6));
        const QString who = name.last + QLatin1Char(' ') + name.first + QLatin1Char(' ') + name.middle;
        addInstructor(-1, who, i % 2 ? QStringLiteral("Краевой государственный педагогический университет")
                                     : QStringLiteral("Федеральный методический центр"));
    }
}

} // namespace metodist::demo
