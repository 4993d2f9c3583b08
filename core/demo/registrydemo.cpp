// Register: municipalities, organisations of every kind, staff with plausible names,
// ages, experience, categories and valid unique СНИЛС, role assignments and users.
#include "democontext.h"
#include "names.h"
#include "registry/person.h"
#include "registry/snils.h"

#include <algorithm>
#include <cmath>

namespace metodist::demo {

namespace {

const char *kindCode(OrgKind kind)
{
    switch (kind) {
    case OrgKind::School: return "school";
    case OrgKind::Kindergarten: return "kindergarten";
    case OrgKind::College: return "college";
    case OrgKind::FurtherEducation: return "further_education";
    case OrgKind::MethodicalService: return "methodical_service";
    case OrgKind::Partner: return "partner";
    }
    return "school";
}

QString townOf(const QString &adjective, int index)
{
    // Берёзовский -> г. Берёзовск; Заречный -> пос. Заречный.
    if (adjective.endsWith(QStringLiteral("ский")) || adjective.endsWith(QStringLiteral("цкий")))
        return QStringLiteral("г. ") + adjective.chopped(2);
    return (index % 2 ? QStringLiteral("пос. ") : QStringLiteral("с. ")) + adjective;
}

void makeMunicipalities(Context &ctx, Random &random)
{
    const int count = ctx.scaled(50, 2);
    static const QStringList prefixes = {QString(), QStringLiteral("Верхне"), QStringLiteral("Нижне"),
                                         QStringLiteral("Ново"), QStringLiteral("Старо")};
    Table table(ctx, QStringLiteral("municipality"), {QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("kind")});
    const int roots = placeRootCount();
    for (int i = 0; i < count; ++i) {
        QString adjective = placeRoot(i);
        const int round = i / roots;
        if (round > 0) {
            QString lower = adjective;
            lower[0] = lower[0].toLower();
            const int variants = int(prefixes.size()) - 1; // the non-empty prefixes
            adjective = prefixes.at((round - 1) % variants + 1) + lower;
            if (round > variants)
                adjective += QStringLiteral("-%1").arg((round - 1) / variants + 1);
        }
        Municipality m;
        m.id = ctx.ids.make(TMunicipality, quint64(i));
        m.adjective = i == 0 ? QStringLiteral("Краевой") : adjective;
        m.town = i == 0 ? QStringLiteral("г. Краевой") : townOf(adjective, i);
        QString kind;
        if (i == 0) {
            m.name = QStringLiteral("Городской округ «Город Краевой»");
            kind = QStringLiteral("city");
        } else {
            const int k = random.weighted({6, 2, 1});
            kind = k == 0 ? QStringLiteral("district") : k == 1 ? QStringLiteral("municipal_okrug") : QStringLiteral("city");
            m.name = k == 0 ? adjective + QStringLiteral(" муниципальный район")
                   : k == 1 ? adjective + QStringLiteral(" муниципальный округ")
                            : QStringLiteral("Городской округ «%1»").arg(m.town.mid(m.town.indexOf(QLatin1Char(' ')) + 1));
        }
        table.add(m.id, m.id, {m.name, QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0')), kind});
        ctx.munis << m;
    }
    ctx.summary.municipalities = table.count();
}

struct StaffShape {
    double weight;   // relative size of one organisation of the kind
    double female;   // share of women
};

StaffShape shapeOf(OrgKind kind)
{
    switch (kind) {
    case OrgKind::School: return {50, 0.83};
    case OrgKind::Kindergarten: return {15, 0.97};
    case OrgKind::College: return {60, 0.68};
    case OrgKind::FurtherEducation: return {120, 0.75};
    case OrgKind::MethodicalService: return {6, 0.85};
    case OrgKind::Partner: return {10, 0.6};
    }
    return {10, 0.8};
}

void makeOrganisations(Context &ctx, Random &random)
{
    const int munis = int(ctx.munis.size());
    // The regional centre is the largest; the rest vary.
    QList<int> muniWeight;
    for (int i = 0; i < munis; ++i)
        muniWeight << (i == 0 ? 8 * std::max(1, munis / 10) : random.range(1, 4));
    int totalWeight = 0;
    for (int w : muniWeight)
        totalWeight += w;
    auto pickMuni = [&]() {
        int r = random.below(totalWeight);
        for (int i = 0; i < munis; ++i) {
            if (r < muniWeight.at(i))
                return i;
            r -= muniWeight.at(i);
        }
        return munis - 1;
    };
    auto addOrg = [&](OrgKind kind, int muni) {
        Organisation org;
        org.kind = kind;
        org.muni = muni;
        ctx.orgs << org;
    };
    addOrg(OrgKind::FurtherEducation, -1);
    ctx.institute = 0;
    for (int m = 0; m < munis; ++m)
        addOrg(OrgKind::MethodicalService, m);
    for (int i = 0, n = ctx.scaled(9, 1); i < n; ++i) {
        ctx.partners << int(ctx.orgs.size());
        addOrg(OrgKind::Partner, -1);
    }
    for (int i = 0, n = ctx.scaled(40, 1); i < n; ++i)
        addOrg(OrgKind::College, i == 0 ? 0 : pickMuni());
    // Every municipality has at least one school and one kindergarten.
    const int schools = std::max(ctx.scaled(540, 2), munis);
    const int gardens = std::max(ctx.scaled(360, 2), munis);
    for (int i = 0; i < schools; ++i)
        addOrg(OrgKind::School, i < munis ? i : pickMuni());
    for (int i = 0; i < gardens; ++i)
        addOrg(OrgKind::Kindergarten, i < munis ? i : pickMuni());

    // Names: numbered schools and kindergartens per municipality.
    QList<int> schoolNo(munis, 0), gardenNo(munis, 0), collegeNo(munis, 0);
    static const QStringList collegeKinds = {QStringLiteral("педагогический"), QStringLiteral("технический"),
                                             QStringLiteral("медицинский"), QStringLiteral("строительный"),
                                             QStringLiteral("аграрный"), QStringLiteral("политехнический"),
                                             QStringLiteral("торгово-экономический"), QStringLiteral("индустриальный")};
    static const QStringList partnerNames = {
        QStringLiteral("ФГБОУ ВО «Краевой государственный педагогический университет»|КГПУ"),
        QStringLiteral("АНО ДПО «Центр современных образовательных технологий»|ЦСОТ"),
        QStringLiteral("ЧОУ ДПО «Академия цифрового образования»|АЦО"),
        QStringLiteral("ФГБОУ ВО «Краевой технический университет»|КТУ"),
        QStringLiteral("АНО «Центр оценки профессионального мастерства и квалификаций педагогов»|ЦОПМКП"),
        QStringLiteral("КГБУ «Краевой центр психолого-педагогической помощи»|КЦППП"),
        QStringLiteral("АНО ДПО «Институт проектного управления в образовании»|ИПУО"),
        QStringLiteral("ООО «Образовательные решения»|ОР"),
        QStringLiteral("КГБУ «Региональный центр выявления и поддержки одарённых детей»|РЦОД")};
    int partnerNo = 0;
    for (int i = 0; i < ctx.orgs.size(); ++i) {
        Organisation &org = ctx.orgs[i];
        org.id = ctx.ids.make(TOrganisation, quint64(i));
        const QString place = org.muni < 0 ? QString() : ctx.munis.at(org.muni).name;
        switch (org.kind) {
        case OrgKind::FurtherEducation:
            org.name = QStringLiteral("КГАУ ДПО «Институт развития образования» (ЦНППМ)");
            org.shortName = QStringLiteral("ИРО");
            break;
        case OrgKind::MethodicalService:
            org.name = QStringLiteral("МКУ «Муниципальная методическая служба» (%1)").arg(place);
            org.shortName = QStringLiteral("ММС %1").arg(ctx.munis.at(org.muni).town);
            break;
        case OrgKind::Partner: {
            const QStringList parts = partnerNames.at(partnerNo % partnerNames.size()).split(QLatin1Char('|'));
            const int round = partnerNo / int(partnerNames.size());
            org.name = round ? parts.at(0) + QStringLiteral(", филиал %1").arg(round) : parts.at(0);
            org.shortName = round ? parts.at(1) + QStringLiteral("-%1").arg(round) : parts.at(1);
            ++partnerNo;
            break;
        }
        case OrgKind::College: {
            const int n = ++collegeNo[org.muni];
            const QString kind = collegeKinds.at(random.below(int(collegeKinds.size())));
            org.name = QStringLiteral("КГБ ПОУ «%1 %2 колледж%3»")
                           .arg(ctx.munis.at(org.muni).adjective, kind,
                                n > 1 ? QStringLiteral(" № %1").arg(n) : QString());
            org.shortName = QStringLiteral("Колледж %1 (%2)").arg(kind).arg(ctx.munis.at(org.muni).town);
            break;
        }
        case OrgKind::School: {
            const int n = ++schoolNo[org.muni];
            const int type = random.weighted({70, 12, 10, 8});
            static const char *types[][2] = {{"Средняя общеобразовательная школа", "СОШ"},
                                             {"Основная общеобразовательная школа", "ООШ"},
                                             {"Гимназия", "Гимназия"},
                                             {"Лицей", "Лицей"}};
            org.name = QStringLiteral("МБОУ «%1 № %2» %3").arg(QString::fromUtf8(types[type][0])).arg(n).arg(ctx.munis.at(org.muni).town);
            org.shortName = QStringLiteral("МБОУ %1 № %2 %3").arg(QString::fromUtf8(types[type][1])).arg(n).arg(ctx.munis.at(org.muni).town);
            break;
        }
        case OrgKind::Kindergarten: {
            const int n = ++gardenNo[org.muni];
            org.name = QStringLiteral("МБДОУ «Детский сад № %1» %2").arg(n).arg(ctx.munis.at(org.muni).town);
            org.shortName = QStringLiteral("МБДОУ д/с № %1 %2").arg(n).arg(ctx.munis.at(org.muni).town);
            break;
        }
        }
    }
}

struct PositionSpec {
    const char *name;
    int weight;
    bool teacher;
};

// Ordinary positions by kind; heads and deputies are added separately.
QList<PositionSpec> positionsOf(OrgKind kind)
{
    switch (kind) {
    case OrgKind::School:
        return {{"учитель", 80, true}, {"педагог-психолог", 3, true}, {"учитель-логопед", 3, true},
                {"социальный педагог", 2, true}, {"педагог-организатор", 2, true},
                {"педагог дополнительного образования", 4, true}, {"учитель-дефектолог", 1, true},
                {"советник директора по воспитанию", 1, true}, {"тьютор", 1, true}, {"педагог-библиотекарь", 1, true}};
    case OrgKind::Kindergarten:
        return {{"воспитатель", 80, true}, {"музыкальный руководитель", 6, true},
                {"инструктор по физической культуре", 4, true}, {"педагог-психолог", 4, true},
                {"учитель-логопед", 5, true}, {"педагог дополнительного образования", 2, true}};
    case OrgKind::College:
        return {{"преподаватель", 78, true}, {"мастер производственного обучения", 12, true},
                {"методист", 4, false}, {"педагог-психолог", 2, true}, {"социальный педагог", 2, true},
                {"педагог-организатор", 2, true}};
    case OrgKind::FurtherEducation:
        return {{"старший преподаватель", 30, false}, {"преподаватель", 20, false}, {"методист", 35, false},
                {"доцент", 10, false}, {"тьютор", 5, false}};
    case OrgKind::MethodicalService:
        return {{"методист", 90, false}, {"старший методист", 10, false}};
    case OrgKind::Partner:
        return {{"преподаватель", 60, false}, {"методист", 30, false}, {"эксперт", 10, false}};
    }
    return {};
}

const char *headOf(OrgKind kind)
{
    switch (kind) {
    case OrgKind::School:
    case OrgKind::College:
    case OrgKind::Partner: return "директор";
    case OrgKind::Kindergarten: return "заведующий";
    case OrgKind::FurtherEducation: return "ректор";
    case OrgKind::MethodicalService: return "руководитель";
    }
    return "директор";
}

const char *deputyOf(OrgKind kind)
{
    switch (kind) {
    case OrgKind::FurtherEducation: return "проректор";
    case OrgKind::Kindergarten: return "заместитель заведующего";
    case OrgKind::MethodicalService: return "заместитель руководителя";
    default: return "заместитель директора";
    }
}

QString schoolSubjects(Random &random)
{
    static const QStringList subjects = QStringLiteral(
        "русский язык|литература|математика|информатика|физика|химия|биология|география|история|"
        "обществознание|английский язык|немецкий язык|физическая культура|изобразительное искусство|"
        "музыка|труд (технология)|основы безопасности и защиты Родины|астрономия|родной язык")
                                            .split(QLatin1Char('|'));
    if (random.chance(0.22))
        return QStringLiteral("начальные классы");
    const int first = random.below(int(subjects.size()));
    // Common pairs: Russian with literature, maths with computing or physics.
    if (first == 0 || first == 1)
        return QStringLiteral("русский язык; литература");
    if (random.chance(0.35)) {
        const int second = random.below(int(subjects.size()));
        if (second != first)
            return subjects.at(first) + QStringLiteral("; ") + subjects.at(second);
    }
    return subjects.at(first);
}

QString collegeSubjects(Random &random)
{
    static const QStringList subjects = QStringLiteral(
        "математика|русский язык|иностранный язык|информатика|история|физическая культура|"
        "основы экономики|инженерная графика|техническая механика|электротехника|"
        "педагогика|психология|анатомия|МДК профессионального модуля|охрана труда")
                                            .split(QLatin1Char('|'));
    return random.pick(subjects);
}

// СНИЛС numbers: an affine permutation of 0..10^9-1 makes distinct nine-digit bodies.
class SnilsMaker {
public:
    explicit SnilsMaker(Random &random) : m_mul(quint64(random.range(100000, 999999)) * 10 + 7), m_add(random.next() % kSpace) {}
    QString next()
    {
        for (;;) {
            const quint64 body = (m_mul * m_counter++ + m_add) % kSpace;
            if (body <= 1001998)
                continue; // old numbers without a checksum: skip
            const QString nine = QStringLiteral("%1").arg(body, 9, 10, QLatin1Char('0'));
            return nine + QStringLiteral("%1").arg(Snils::checksum(nine), 2, 10, QLatin1Char('0'));
        }
    }

private:
    static constexpr quint64 kSpace = 1000000000ULL;
    quint64 m_mul; // ends in 7: coprime with 10^9
    quint64 m_add;
    quint64 m_counter = 0;
};

QDate randomDay(Random &random, const QDate &from, const QDate &to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(random.below(int(span) + 1));
}

void makePeople(Context &ctx, Random &random)
{
    // Staff per organisation: proportional to a kind-dependent, varied weight.
    QList<double> weights;
    double total = 0;
    for (const Organisation &org : ctx.orgs) {
        const double w = shapeOf(org.kind).weight * (0.5 + random.unit());
        weights << w;
        total += w;
    }
    QList<int> sizes;
    int assigned = 0;
    for (double w : weights) {
        const int n = std::max(1, int(std::floor(ctx.options.staff * w / total)));
        sizes << n;
        assigned += n;
    }
    for (int i = 0; assigned < ctx.options.staff; i = (i + 1) % int(sizes.size()), ++assigned)
        ++sizes[i];
    for (int i = int(sizes.size()) - 1; assigned > ctx.options.staff; i = (i + int(sizes.size()) - 1) % int(sizes.size()))
        if (sizes[i] > 1) {
            --sizes[i];
            --assigned;
        }

    SnilsMaker snils(random);
    const QDate today = ctx.today;
    Table table(ctx, QStringLiteral("person"),
                {QStringLiteral("organisation_id"), QStringLiteral("last_name"), QStringLiteral("first_name"),
                 QStringLiteral("middle_name"), QStringLiteral("sex"), QStringLiteral("birth_date"),
                 QStringLiteral("profession_start_date"), QStringLiteral("hire_date"), QStringLiteral("position"),
                 QStringLiteral("subjects"), QStringLiteral("category"), QStringLiteral("is_manager"),
                 QStringLiteral("snils"), QStringLiteral("email"), QStringLiteral("phone"),
                 QStringLiteral("search_key"), QStringLiteral("sort_name")});
    QList<QString> heads(ctx.orgs.size());
    for (int o = 0; o < ctx.orgs.size(); ++o) {
        Organisation &org = ctx.orgs[o];
        const QList<PositionSpec> specs = positionsOf(org.kind);
        const int deputies = org.kind == OrgKind::MethodicalService || org.kind == OrgKind::Partner
                                 ? (sizes.at(o) > 8 ? 1 : 0)
                                 : std::min(sizes.at(o) / 3, 1 + sizes.at(o) / 30);
        int seniorCarer = org.kind == OrgKind::Kindergarten && sizes.at(o) > 6 ? 1 : 0;
        for (int k = 0; k < sizes.at(o); ++k) {
            PersonInfo p;
            p.org = o;
            p.muni = org.muni;
            QString subjects;
            if (k == 0) {
                p.position = QString::fromUtf8(headOf(org.kind));
                p.manager = true;
            } else if (k <= deputies) {
                p.position = QString::fromUtf8(deputyOf(org.kind));
                p.manager = true;
            } else if (seniorCarer) {
                p.position = QStringLiteral("старший воспитатель");
                seniorCarer = 0;
            } else {
                int total = 0;
                for (const auto &s : specs)
                    total += s.weight;
                int r = random.below(total);
                const PositionSpec *chosen = &specs.first();
                for (const auto &s : specs) {
                    if (r < s.weight) {
                        chosen = &s;
                        break;
                    }
                    r -= s.weight;
                }
                p.position = QString::fromUtf8(chosen->name);
                p.teacher = chosen->teacher;
                if (p.position == QStringLiteral("учитель"))
                    subjects = schoolSubjects(random);
                else if (p.position == QStringLiteral("преподаватель") && org.kind == OrgKind::College)
                    subjects = collegeSubjects(random);
            }
            p.female = random.chance(p.manager ? 0.72 : shapeOf(org.kind).female);
            const FullName name = randomName(random, p.female);
            // Age and experience: about one teacher in nine is a young specialist.
            const bool young = p.teacher && random.chance(0.11);
            int age;
            if (young)
                age = random.range(22, 29);
            else
                age = std::clamp(int(std::lround(46 + 10 * random.normal())), p.manager ? 32 : 24, 67);
            p.birth = randomDay(random, today.addYears(-age - 1).addDays(1), today.addYears(-age));
            if (young) {
                p.start = randomDay(random, today.addDays(-3 * 365 + 20), today.addDays(-30));
            } else {
                const int startAge = random.chance(0.8) ? random.range(21, 25) : random.range(26, std::max(26, std::min(45, age - 3)));
                p.start = randomDay(random, p.birth.addYears(startAge), p.birth.addYears(startAge + 1));
            }
            p.start = std::max(p.start, p.birth.addYears(20));
            p.start = std::min(p.start, today.addDays(-30));
            const QDate hire = randomDay(random, p.start, std::max(p.start, today.addDays(-30)));
            const int years = p.start.daysTo(today) / 365;
            QString category = QStringLiteral("none");
            if (years >= 2) {
                const int c = random.weighted({12, 18, 35, years >= 10 ? 40 : 15});
                category = c == 0 ? QStringLiteral("none") : c == 1 ? QStringLiteral("conformity")
                         : c == 2 ? QStringLiteral("first") : QStringLiteral("highest");
            }
            const QString s = snils.next();
            p.fullName = name.last + QLatin1Char(' ') + name.first + QLatin1Char(' ') + name.middle;
            const int index = int(ctx.persons.size());
            if (k == 0)
                heads[o] = p.fullName;
            QVariant phone;
            if (random.chance(0.6))
                phone = QStringLiteral("+7 9%1 %2-%3-%4")
                            .arg(random.range(0, 99), 2, 10, QLatin1Char('0'))
                            .arg(random.range(100, 999))
                            .arg(random.range(0, 99), 2, 10, QLatin1Char('0'))
                            .arg(random.range(0, 99), 2, 10, QLatin1Char('0'));
            table.add(ctx.personId(index), ctx.muniId(p.muni),
                      {org.id, name.last, name.first, name.middle, p.female ? QStringLiteral("F") : QStringLiteral("M"),
                       isoDate(p.birth), isoDate(p.start), isoDate(hire), p.position, subjects, category,
                       p.manager ? 1 : 0, s, QVariant(), phone, personSearchKey(name.last, name.first, name.middle, s),
                       personSortName(name.last, name.first, name.middle)});
            org.staff << index;
            ctx.persons << p;
            if (index % 5000 == 4999)
                ctx.progress(3 + 9 * index / ctx.options.staff, Context::tr("Staff"));
        }
    }
    ctx.summary.staff = table.count();

    Table orgTable(ctx, QStringLiteral("organisation"),
                   {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("kind"), QStringLiteral("inn"),
                    QStringLiteral("address"), QStringLiteral("head_name"), QStringLiteral("phone"), QStringLiteral("email")});
    for (int o = 0; o < ctx.orgs.size(); ++o) {
        const Organisation &org = ctx.orgs.at(o);
        const QString town = org.muni < 0 ? QStringLiteral("г. Краевой") : ctx.munis.at(org.muni).town;
        orgTable.add(org.id, ctx.muniId(org.muni),
                     {org.name, org.shortName, QString::fromLatin1(kindCode(org.kind)),
                      QStringLiteral("27%1").arg(random.next() % 100000000ULL, 8, 10, QLatin1Char('0')),
                      QStringLiteral("%1, ул. %2, д. %3").arg(town, streetName(random)).arg(random.range(1, 120)),
                      heads.at(o),
                      QStringLiteral("+7 (4212) %1-%2-%3").arg(random.range(20, 79)).arg(random.range(10, 99)).arg(random.range(10, 99)),
                      QStringLiteral("org%1@edu.example.ru").arg(o + 1)});
    }
    ctx.summary.organisations = orgTable.count();
}

void makeRoles(Context &ctx, Random &random)
{
    QList<int> experienced, instructorsPool, methodologists;
    for (int i = 0; i < ctx.persons.size(); ++i) {
        const PersonInfo &p = ctx.persons.at(i);
        const OrgKind kind = ctx.orgs.at(p.org).kind;
        const int years = p.start.daysTo(ctx.today) / 365;
        if (kind == OrgKind::MethodicalService || (kind == OrgKind::FurtherEducation && p.position.contains(QStringLiteral("методист"))))
            methodologists << i;
        else if (kind == OrgKind::FurtherEducation || kind == OrgKind::Partner)
            instructorsPool << i;
        else if (p.teacher && years >= 8)
            experienced << i;
    }
    Table table(ctx, QStringLiteral("role_assignment"),
                {QStringLiteral("person_id"), QStringLiteral("role"), QStringLiteral("since"), QStringLiteral("until")});
    QHash<quint64, bool> taken; // person * 8 + role
    auto assign = [&](int person, const QString &role, int roleNo) {
        if (taken.contains(quint64(person) * 8 + quint64(roleNo)))
            return;
        taken.insert(quint64(person) * 8 + quint64(roleNo), true);
        const QDate since = ctx.today.addDays(-random.range(30, 5 * 365));
        table.add(ctx.ids.make(TRole, quint64(table.count())), ctx.personMuni(person),
                  {ctx.personId(person), role, isoDate(since), QVariant()});
        ctx.roles[role] << person;
    };
    const QString tutor = QStringLiteral("tutor"), mentor = QStringLiteral("mentor"), expert = QStringLiteral("expert"),
                  instructor = QStringLiteral("instructor"), methodologist = QStringLiteral("methodologist"),
                  active = QStringLiteral("regional_active");
    for (int p : methodologists)
        assign(p, methodologist, 1);
    // At least one tutor per municipality: its methodical service's second member.
    for (const Organisation &org : ctx.orgs)
        if (org.kind == OrgKind::MethodicalService && !org.staff.isEmpty())
            assign(org.staff.last(), tutor, 0);
    auto fromPool = [&](const QList<int> &pool, int count, const QString &role, int roleNo) {
        if (pool.isEmpty())
            return;
        for (int i = 0; i < count; ++i)
            assign(pool.at(random.below(int(pool.size()))), role, roleNo);
    };
    fromPool(experienced, ctx.scaled(300, 2), tutor, 0);
    fromPool(experienced, ctx.scaled(1200, 3), mentor, 2);
    fromPool(experienced, ctx.scaled(120, 2), expert, 3);
    fromPool(methodologists, ctx.scaled(30, 1), expert, 3);
    for (int p : instructorsPool)
        assign(p, instructor, 4);
    fromPool(experienced, ctx.scaled(60, 1), instructor, 4);
    fromPool(experienced, ctx.scaled(400, 2), active, 5);
}

void makeUsers(Context &ctx)
{
    Table table(ctx, QStringLiteral("app_user"),
                {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("role"), QStringLiteral("person_id")});
    int n = 0;
    auto add = [&](const QString &login, const QString &name, const QString &role, int person, int muni) {
        table.add(ctx.ids.make(TUser, quint64(n++)), ctx.muniId(muni),
                  {login, name, role, person < 0 ? QVariant() : QVariant(ctx.personId(person))});
    };
    add(QStringLiteral("admin"), QStringLiteral("Администратор"), QStringLiteral("admin"), -1, -1);
    add(QStringLiteral("coordinator"), QStringLiteral("Министерство образования"), QStringLiteral("coordinator"), -1, -1);
    const Organisation &iro = ctx.orgs.at(ctx.institute);
    add(QStringLiteral("iro"), ctx.persons.at(iro.staff.first()).fullName, QStringLiteral("iro"), iro.staff.first(), -1);
    for (const Organisation &org : ctx.orgs)
        if (org.kind == OrgKind::MethodicalService)
            add(QStringLiteral("mms%1").arg(org.muni + 1, 3, 10, QLatin1Char('0')), ctx.persons.at(org.staff.first()).fullName,
                QStringLiteral("methodologist"), org.staff.first(), org.muni);
    const QList<int> tutors = ctx.roles.value(QStringLiteral("tutor"));
    for (int i = 0; i < std::min<qsizetype>(5, tutors.size()); ++i)
        add(QStringLiteral("tutor%1").arg(i + 1), ctx.persons.at(tutors.at(i)).fullName, QStringLiteral("tutor"),
            tutors.at(i), ctx.persons.at(tutors.at(i)).muni);
}

} // namespace

void generateRegistry(Context &ctx)
{
    Random random = ctx.random(1);
    ctx.progress(1, Context::tr("Municipalities and organisations"));
    makeMunicipalities(ctx, random);
    makeOrganisations(ctx, random);
    ctx.progress(3, Context::tr("Staff"));
    makePeople(ctx, random);
    makeRoles(ctx, random);
    makeUsers(ctx);
}

} // namespace metodist::demo
