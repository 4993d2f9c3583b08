// personFullNameSql: the one SQL spelling of "Фамилия Имя Отчество", run on a real
// register file; a person without a middle name gets no trailing space.
#include "registry/person.h"
#include "registry/personnamesql.h"
#include "registry/registryservice.h"
#include "registry/staffquery.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testprofile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestPersonNameSql : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::SmallRegion m_region;
    QString m_ivanov;
    QString m_petrov;

    QString addPerson(const QString &last, const QString &first, const QString &middle, int serial)
    {
        RegistryService registry(*m_db);
        Person p;
        p.organisationId = m_region.organisationIds.first();
        p.lastName = last;
        p.firstName = first;
        p.middleName = middle;
        p.snils = test::snilsFor(serial);
        registry.savePerson(p);
        return p.id;
    }
    QString nameOf(const QString &alias, const QString &id)
    {
        const QString from = alias.isEmpty() ? QStringLiteral(" FROM person WHERE id = ?") : QStringLiteral(" FROM person ") + alias
                                                                                            + QStringLiteral(" WHERE ") + alias
                                                                                            + QStringLiteral(".id = ?");
        return sql::scalar(m_db->db(), QStringLiteral("SELECT ") + personFullNameSql(alias) + from, {id}).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Database::open(m_dir.filePath(QStringLiteral("names.metodist")));
        m_region = test::makeSmallRegion(*m_db, 1, 1, 3);
        m_ivanov = addPerson(QStringLiteral("Иванов"), QStringLiteral("Иван"), QStringLiteral("Иванович"), 7101);
        m_petrov = addPerson(QStringLiteral("Петров"), QStringLiteral("Пётр"), QString(), 7102);
    }
    void cleanupTestCase() { m_db.reset(); }

    void fullNameWithAlias()
    {
        QCOMPARE(nameOf(QStringLiteral("p"), m_ivanov), QStringLiteral("Иванов Иван Иванович"));
        QCOMPARE(nameOf(QStringLiteral("p"), m_petrov), QStringLiteral("Петров Пётр"));
    }
    void fullNameOfBareColumns()
    {
        QVERIFY(!personFullNameSql().contains(QLatin1Char('.')));
        QCOMPARE(nameOf(QString(), m_ivanov), QStringLiteral("Иванов Иван Иванович"));
        QCOMPARE(nameOf(QString(), m_petrov), QStringLiteral("Петров Пётр"));
    }
    void aliasNamesTheJoinedTable()
    {
        // Two people in one row: each alias must read its own table's columns.
        const QString a = personFullNameSql(QStringLiteral("a"));
        const QString b = personFullNameSql(QStringLiteral("b"));
        QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT %1, %2 FROM person a JOIN person b ON b.id = ? WHERE a.id = ?").arg(a, b),
                                {m_petrov, m_ivanov});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Иванов Иван Иванович"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Петров Пётр"));
    }
    void agreesWithPersonFullNameForTheWholeRegister()
    {
        RegistryService registry(*m_db);
        QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT id, ") + personFullNameSql() + QStringLiteral(" FROM person"));
        int people = 0;
        while (q.next()) {
            ++people;
            QCOMPARE(q.value(1).toString(), registry.loadPerson(q.value(0).toString()).fullName());
        }
        QCOMPARE(people, 5);
    }
    void staffListShowsNoTrailingSpace()
    {
        // One of the lists that now use the helper: the staff page's name column.
        StaffFilter filter;
        filter.text = QStringLiteral("Петров");
        const StaffQuery query = buildStaffPageQuery(filter, StaffColumn::Name, false, 50, 0);
        QSqlQuery q = sql::exec(m_db->db(), query.sql, query.values);
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        names.sort();
        // makeSmallRegion's first person is "Петров Пётр Иванович".
        QCOMPARE(names, (QStringList{QStringLiteral("Петров Пётр"), QStringLiteral("Петров Пётр Иванович")}));
    }
};

QTEST_GUILESS_MAIN(TestPersonNameSql)
#include "tst_personnamesql.moc"
