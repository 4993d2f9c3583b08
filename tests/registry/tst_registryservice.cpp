// The register's rules: required fields, СНИЛС checked with a message naming it,
// one person per СНИЛС, roles kept as assignments, soft delete and its undo,
// the young-teacher rule, and the scope key taken from the organisation.
#include "registry/registryservice.h"
#include "registry/snils.h"
#include "storage/errors.h"
#include "storage/sql.h"
#include "testprofile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestRegistryService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::SmallRegion m_region;

private slots:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("registry.metodist")));
        m_region = test::makeSmallRegion(*m_db, 2, 2, 3);
    }
    void cleanupTestCase() { m_db.reset(); }

    void badSnilsIsRefusedWithAClearMessage()
    {
        RegistryService registry(*m_db);
        Person p;
        p.organisationId = m_region.organisationIds.first();
        p.lastName = QStringLiteral("Орлова");
        p.firstName = QStringLiteral("Анна");
        p.snils = QStringLiteral("112-233-445 96");
        const QStringList problems = registry.validate(p);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("СНИЛС")) && problems.first().contains(QStringLiteral("95")),
                 qPrintable(problems.first()));
        try {
            registry.savePerson(p);
            QFAIL("saved a person with a bad СНИЛС");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("checksum")));
        }
        QVERIFY(p.id.isEmpty());
    }

    void requiredFieldsAreNamed()
    {
        const QStringList problems = RegistryService(*m_db).validate(Person());
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("Last name")));
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("Organisation")));
    }

    void snilsBelongsToOnePerson()
    {
        RegistryService registry(*m_db);
        const Person existing = registry.loadPerson(m_region.personIds.first());
        Person p;
        p.organisationId = m_region.organisationIds.last();
        p.lastName = QStringLiteral("Двойников");
        p.firstName = QStringLiteral("Пётр");
        p.snils = Snils::format(existing.snils);
        const QStringList problems = registry.validate(p);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(existing.lastName), qPrintable(problems.first()));
        // Editing the owner of the СНИЛС is of course fine.
        QVERIFY(registry.validate(existing).isEmpty());
    }

    void saveLoadRoundTripWithRolesAndScope()
    {
        RegistryService registry(*m_db);
        Person p;
        p.organisationId = m_region.organisationIds.at(2); // second municipality
        p.lastName = QStringLiteral("Ёлкина");
        p.firstName = QStringLiteral("Мария");
        p.middleName = QStringLiteral("Петровна");
        p.sex = QStringLiteral("F");
        p.birthDate = QDate(1990, 5, 17);
        p.professionStartDate = QDate(2012, 9, 1);
        p.position = QStringLiteral("учитель");
        p.subjects = {QStringLiteral("математика"), QStringLiteral("информатика")};
        p.category = QStringLiteral("highest");
        p.isManager = true;
        p.snils = test::snilsFor(9001);
        p.roles = {QStringLiteral("tutor"), QStringLiteral("expert")};
        registry.savePerson(p);
        QVERIFY(!p.id.isEmpty());
        QCOMPARE(p.municipalityId, m_region.municipalityIds.at(1));

        Person loaded = registry.loadPerson(p.id);
        QCOMPARE(loaded.fullName(), QStringLiteral("Ёлкина Мария Петровна"));
        QCOMPARE(loaded.subjects, p.subjects);
        QCOMPARE(loaded.birthDate, p.birthDate);
        QCOMPARE(loaded.category, QStringLiteral("highest"));
        QVERIFY(loaded.isManager);
        QCOMPARE(loaded.roles, (QStringList{QStringLiteral("expert"), QStringLiteral("tutor")}));
        QCOMPARE(loaded.municipalityId, m_region.municipalityIds.at(1));
        // ё is folded so "елкина" finds her.
        QVERIFY(sql::scalar(m_db->db(), QStringLiteral("SELECT search_key FROM person WHERE id = ?"), {p.id})
                    .toString().contains(QStringLiteral(" елкина мария")));

        loaded.roles = {QStringLiteral("tutor"), QStringLiteral("mentor")};
        registry.savePerson(loaded);
        QCOMPARE(registry.loadPerson(p.id).roles, (QStringList{QStringLiteral("mentor"), QStringLiteral("tutor")}));
        // The expert role is a tombstone now, not gone: it must still sync.
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT deleted FROM role_assignment WHERE person_id = ? AND role = 'expert'"),
                             {p.id}).toInt(), 1);
    }

    void softDeleteAndUndo()
    {
        RegistryService registry(*m_db);
        const QString id = m_region.personIds.at(2);
        registry.setPersonDeleted(id, true);
        QVERIFY(registry.loadPerson(id).deleted);
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {id}).toInt(), 1);
        registry.setPersonDeleted(id, false);
        QVERIFY(!registry.loadPerson(id).deleted);
    }

    void youngTeacherRule_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<bool>("young");
        const QDate today(2026, 11, 29);
        QTest::newRow("34 and 2 years") << today.addYears(-34) << today.addYears(-2) << true;
        QTest::newRow("exactly 35") << today.addYears(-35) << today.addYears(-1) << false;
        QTest::newRow("exactly 3 years") << today.addYears(-30) << today.addYears(-3) << false;
        QTest::newRow("a day short of 35") << today.addYears(-35).addDays(1) << today.addYears(-3).addDays(1) << true;
        QTest::newRow("old hand") << today.addYears(-50) << today.addYears(-28) << false;
        QTest::newRow("unknown start") << today.addYears(-25) << QDate() << false;
    }
    void youngTeacherRule()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, start);
        QFETCH(bool, young);
        QCOMPARE(isYoungTeacher(birth, start, QDate(2026, 11, 29)), young);
    }

    void organisationAndMunicipalityChecks()
    {
        RegistryService registry(*m_db);
        Organisation o;
        o.name = QStringLiteral("Новая школа");
        o.inn = QStringLiteral("12345");
        try {
            registry.saveOrganisation(o);
            QFAIL("saved an organisation without a municipality and with a bad INN");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("Municipality")));
            QVERIFY(e.message().contains(QStringLiteral("INN")));
        }
        QCOMPARE(registry.municipalities().size(), 2);
        QCOMPARE(registry.organisations(m_region.municipalityIds.first()).size(), 2);
        QCOMPARE(registry.organisations().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestRegistryService)
#include "tst_registryservice.moc"
