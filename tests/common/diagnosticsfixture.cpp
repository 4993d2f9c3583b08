#include "diagnosticsfixture.h"

#include "diagnostics/framework.h"
#include "registry/registryservice.h"
#include "registry/snils.h"
#include "storage/sql.h"

using namespace metodist;

QString DiagnosticsFixture::snils(const QString &nine)
{
    return nine + QStringLiteral("%1").arg(Snils::checksum(nine), 2, 10, QLatin1Char('0'));
}

DiagnosticsFixture::DiagnosticsFixture()
{
    db = Database::open(dir.filePath(QStringLiteral("profile.metodist")));
    RegistryService registry(*db);
    Municipality a{{}, QStringLiteral("Городской округ Альфа"), QStringLiteral("01")};
    Municipality b{{}, QStringLiteral("Бета муниципальный район"), QStringLiteral("02")};
    municipalityA = registry.saveMunicipality(a);
    municipalityB = registry.saveMunicipality(b);
    Organisation sa;
    sa.municipalityId = municipalityA;
    sa.name = QStringLiteral("МБОУ \"СОШ № 1\"");
    sa.shortName = QStringLiteral("СОШ 1");
    schoolA = registry.saveOrganisation(sa);
    Organisation sb;
    sb.municipalityId = municipalityB;
    sb.name = QStringLiteral("МАОУ Лицей, г. Бета");
    schoolB = registry.saveOrganisation(sb);
    Organisation k;
    k.municipalityId = municipalityA;
    k.name = QStringLiteral("МБДОУ Детский сад № 5");
    k.kind = QStringLiteral("kindergarten");
    kindergarten = registry.saveOrganisation(k);

    ivanovaSnils = snils(QStringLiteral("112233445"));
    petrovSnils = snils(QStringLiteral("987654321"));
    auto add = [&](const QString &org, const QString &last, const QString &first, const QString &middle, const QString &s) {
        Person p;
        p.organisationId = org;
        p.lastName = last;
        p.firstName = first;
        p.middleName = middle;
        p.snils = s;
        p.position = QStringLiteral("учитель");
        registry.savePerson(p);
        return p.id;
    };
    ivanova = add(schoolA, QStringLiteral("Иванова"), QStringLiteral("Мария"), QStringLiteral("Петровна"), ivanovaSnils);
    petrov = add(schoolA, QStringLiteral("Петров"), QStringLiteral("Иван"), QStringLiteral("Сергеевич"), petrovSnils);
    sidorova = add(schoolB, QStringLiteral("Сидорова"), QStringLiteral("Анна"), QStringLiteral("Ивановна"), QString());
    kuznetsov1 = add(schoolA, QStringLiteral("Кузнецов"), QStringLiteral("Олег"), QStringLiteral("Викторович"), QString());
    kuznetsov2 = add(schoolA, QStringLiteral("Кузнецов"), QStringLiteral("Олег"), QStringLiteral("Викторович"), QString());
    yolkina = add(kindergarten, QStringLiteral("Ёлкина"), QStringLiteral("Юлия"), QStringLiteral("Андреевна"), QString());

    CompetenceFramework(*db).seedDefaults();
    instrument.name = QStringLiteral("Региональная диагностика");
    instrument.kind = QStringLiteral("regional");
    InstrumentService(*db).save(instrument);
}

QStringList DiagnosticsFixture::dump(Database &db)
{
    QStringList rows;
    QSqlQuery q = sql::exec(db.db(), QStringLiteral(
        "SELECT p.last_name, p.first_name, coalesce(p.snils, ''), i.name, d.taken_on, d.source, c.code, s.score, s.max_score, s.level "
        "FROM diagnostic d JOIN person p ON p.id = d.person_id JOIN instrument i ON i.id = d.instrument_id "
        "JOIN diagnostic_score s ON s.diagnostic_id = d.id AND s.deleted = 0 JOIN competence c ON c.id = s.competence_id "
        "WHERE d.deleted = 0 ORDER BY p.sort_name, d.taken_on, c.code"));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 10; ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}
