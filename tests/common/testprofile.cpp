#include "testprofile.h"

#include "registry/snils.h"
#include "storage/sql.h"

#include <QSqlRecord>

namespace metodist::test {

QString snilsFor(int serial)
{
    const QString nine = QStringLiteral("%1").arg(200000000 + serial, 9, 10, QLatin1Char('0'));
    return nine + QStringLiteral("%1").arg(Snils::checksum(nine), 2, 10, QLatin1Char('0'));
}

SmallRegion makeSmallRegion(Database &db, int municipalities, int orgsPer, int staffPer)
{
    static const QStringList lastNames = {QStringLiteral("Иванов"), QStringLiteral("Петров"), QStringLiteral("Сидоров"),
                                          QStringLiteral("Кузнецов"), QStringLiteral("Смирнов"), QStringLiteral("Попов")};
    static const QStringList firstNames = {QStringLiteral("Иван"), QStringLiteral("Пётр"), QStringLiteral("Сергей"),
                                           QStringLiteral("Алексей"), QStringLiteral("Дмитрий")};
    RegistryService registry(db);
    SmallRegion region;
    int serial = 1;
    for (int m = 0; m < municipalities; ++m) {
        Municipality municipality;
        municipality.name = QStringLiteral("Муниципалитет %1").arg(m + 1);
        region.municipalityIds << registry.saveMunicipality(municipality);
        for (int o = 0; o < orgsPer; ++o) {
            Organisation org;
            org.municipalityId = municipality.id;
            org.name = QStringLiteral("МБОУ СОШ № %1").arg(m * 100 + o + 1);
            region.organisationIds << registry.saveOrganisation(org);
            for (int s = 0; s < staffPer; ++s, ++serial) {
                Person p;
                p.organisationId = org.id;
                p.lastName = lastNames.at(serial % lastNames.size());
                p.firstName = firstNames.at(serial % firstNames.size());
                p.middleName = QStringLiteral("Иванович");
                p.sex = QStringLiteral("M");
                p.birthDate = QDate(1970 + serial % 30, 1 + serial % 12, 1 + serial % 28);
                p.professionStartDate = p.birthDate.addYears(22);
                p.position = serial % 2 ? QStringLiteral("учитель") : QStringLiteral("воспитатель");
                p.snils = snilsFor(serial);
                registry.savePerson(p);
                region.personIds << p.id;
            }
        }
    }
    return region;
}

QStringList tableDump(Database &db, const QString &table)
{
    QStringList rows;
    QSqlQuery q = sql::exec(db.db(), QStringLiteral("SELECT * FROM %1").arg(table));
    while (q.next()) {
        QStringList cells;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name == QLatin1String("updated_at") || name == QLatin1String("updated_by") || name == QLatin1String("rev"))
                continue;
            cells << name + QLatin1Char('=') + q.value(i).toString();
        }
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

} // namespace metodist::test
