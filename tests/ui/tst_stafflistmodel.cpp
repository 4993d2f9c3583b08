// The staff list model is lazy: it holds one page after opening, grows by pages as the
// view scrolls, and its rows, order and count always agree with a plain SQL query.
#include "registry/registrypage.h"
#include "registry/staffpanel.h"
#include "registry/stafflistmodel.h"
#include "shell/appcontext.h"
#include "storage/sql.h"
#include "testprofile.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace metodist;
using namespace metodist::ui;

class TestStaffListModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::SmallRegion m_region;
    int m_total = 0;

    QStringList sqlNames(const QString &where, const QVariantList &values, const QString &order)
    {
        QStringList names;
        QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT trim(last_name || ' ' || first_name || ' ' || middle_name) "
                                                           "FROM person p WHERE deleted = 0 %1 ORDER BY %2").arg(where, order), values);
        while (q.next())
            names << q.value(0).toString();
        return names;
    }
    static QStringList modelNames(StaffListModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.index(r, 0).data().toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("model.metodist")));
        m_region = test::makeSmallRegion(*m_db, 3, 5, 35); // 525 people
        m_total = int(m_region.personIds.size());
    }
    void cleanupTestCase() { m_db.reset(); }

    void opensWithOnePageAndFetchesMore()
    {
        StaffListModel model(*m_db);
        QSignalSpy counted(&model, &StaffListModel::totalCountChanged);
        model.setFilter(StaffFilter());
        QCOMPARE(model.rowCount(), StaffListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * StaffListModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), m_total);
        QVERIFY(!model.canFetchMore({}));
        QTRY_COMPARE(model.totalCount(), m_total);
        QVERIFY(counted.count() >= 1);
    }

    void rowsAndOrderMatchSql()
    {
        StaffListModel model(*m_db);
        model.setFilter(StaffFilter());
        QCOMPARE(modelNames(model), sqlNames(QString(), {}, QStringLiteral("sort_name")));
        model.sort(int(StaffColumn::Name), Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), StaffListModel::PageSize); // sorting starts again from one page
        QCOMPARE(modelNames(model), sqlNames(QString(), {}, QStringLiteral("sort_name DESC")));
    }

    void filtersMatchSql()
    {
        StaffListModel model(*m_db);
        StaffFilter f;
        f.text = QStringLiteral("петр сер"); // word prefixes: last name Петров, first name Сергей
        model.setFilter(f);
        const QStringList expected = sqlNames(QStringLiteral("AND last_name LIKE 'Петров%' AND first_name LIKE 'Сергей%'"), {},
                                              QStringLiteral("sort_name"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(modelNames(model), expected);
        QTRY_COMPARE(model.totalCount(), int(expected.size()));

        f = StaffFilter();
        f.organisationId = m_region.organisationIds.at(4);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 35);
        f.position = QStringLiteral("учитель");
        model.setFilter(f);
        QCOMPARE(modelNames(model), sqlNames(QStringLiteral("AND organisation_id = ? AND position = ?"),
                                             {f.organisationId, f.position}, QStringLiteral("sort_name")));

        // СНИЛС digits find the person.
        const QString snils = sql::scalar(m_db->db(), QStringLiteral("SELECT snils FROM person WHERE id = ?"), {m_region.personIds.at(7)}).toString();
        f = StaffFilter();
        f.text = QStringLiteral("%1-%2-%3 %4").arg(snils.mid(0, 3), snils.mid(3, 3), snils.mid(6, 3), snils.mid(9));
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), m_region.personIds.at(7));
        // A search that finds nobody.
        f.text = QStringLiteral("ъъъ");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(model.totalCount(), 0);
    }

    void bothTextPlansFindTheSamePeople()
    {
        const QStringList terms = {QStringLiteral("и"), QStringLiteral("ив"), QStringLiteral("кузн"), QStringLiteral("сер"),
                                   QStringLiteral("петр сер"), QStringLiteral("ъ"), QStringLiteral("иванович"), QStringLiteral("ПЕТРОВ")};
        for (const QString &term : terms) {
            StaffFilter f;
            f.text = term;
            QStringList results[2];
            for (const TextPlan plan : {TextPlan::Scan, TextPlan::Index}) {
                const StaffQuery q = buildStaffPageQuery(f, StaffColumn::Name, false, -1, 0, plan);
                QSqlQuery query = sql::exec(m_db->db(), q.sql, q.values);
                while (query.next())
                    results[plan == TextPlan::Index] << query.value(int(StaffColumn::Count)).toString();
            }
            QCOMPARE(results[1], results[0]);
            const StaffQuery count = buildStaffCountQuery(f);
            QCOMPARE(sql::scalar(m_db->db(), count.sql, count.values).toInt(), int(results[0].size()));
        }
        // A rare word goes through the index, a common one scans in name order.
        StaffFilter rare;
        rare.text = QStringLiteral("ъ");
        QCOMPARE(chooseTextPlan(m_db->db(), rare, StaffListModel::PageSize), TextPlan::Index);
        StaffFilter common;
        common.text = QStringLiteral("и");
        QCOMPARE(chooseTextPlan(m_db->db(), common, StaffListModel::PageSize), TextPlan::Scan);
    }

    void youngTeachersFilter()
    {
        StaffListModel model(*m_db);
        StaffFilter f;
        f.youngOnly = true;
        f.today = QDate(2000, 1, 1); // born 1970..1999, started at 22: young = born after 1965 and started after 1997
        model.setFilter(f);
        const QStringList expected = sqlNames(QStringLiteral("AND birth_date > '1965-01-01' AND profession_start_date > '1997-01-01'"),
                                              {}, QStringLiteral("sort_name"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(modelNames(model), expected);
    }

    void searchAsYouTypeInTheRealPanel()
    {
        AppContext context(*m_db);
        QUndoStack undo;
        StaffPanel panel(context, &undo);
        panel.resize(1000, 600);
        panel.show();
        panel.load();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.model()->rowCount(), StaffListModel::PageSize);
        panel.searchEdit()->setFocus();
        for (const QChar c : QStringLiteral("Кузн")) // typed letter by letter (keyClicks is ASCII-only)
            QTest::sendKeyEvent(QTest::Click, panel.searchEdit(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTRY_VERIFY(panel.model()->rowCount() < StaffListModel::PageSize);
        const int expected = sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM person WHERE last_name = 'Кузнецов' AND deleted = 0")).toInt();
        QCOMPARE(panel.model()->rowCount(), expected);
        for (int r = 0; r < panel.model()->rowCount(); ++r)
            QVERIFY(panel.model()->index(r, 0).data().toString().startsWith(QStringLiteral("Кузнецов")));

        // Delete the first found person from the keyboard, then undo.
        panel.view()->setFocus();
        panel.view()->selectRow(0);
        const QString id = panel.model()->idAt(0);
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT deleted FROM person WHERE id = ?"), {id}).toInt(), 1);
        QCOMPARE(panel.model()->rowCount(), expected - 1);
        undo.undo();
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT deleted FROM person WHERE id = ?"), {id}).toInt(), 0);
        QCOMPARE(panel.model()->rowCount(), expected);
    }
};

QTEST_MAIN(TestStaffListModel)
#include "tst_stafflistmodel.moc"
