// The Catalogue section offscreen on a small demo region: the programme filter against
// SQL, the programme card (modules, competences, validation, save) and approving a
// pending application through the page.
#include "catalogue/cataloguepage.h"
#include "catalogue/programmecard.h"
#include "catalogue/applicationservice.h"
#include "demo/demogenerator.h"
#include "shell/appcontext.h"
#include "storage/sql.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::ui;

class TestCataloguePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filterAgainstSql();
    void programmeCard();
    void approveApplication();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestCataloguePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("region.sqlite"));
    DemoOptions options;
    options.staff = 800;
    options.today = QDate(2025, 11, 20);
    const DemoSummary summary = generateDemoRegion(m_path, options);
    QVERIFY(summary.programmes > 0);
}

void TestCataloguePage::filterAgainstSql()
{
    auto db = Database::open(m_path);
    AppContext context(*db);
    CataloguePage page(context);
    page.resize(1200, 700);
    page.show();
    page.activate();
    const int all = sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM programme WHERE deleted = 0")).toInt();
    QCOMPARE(page.programmeView()->model()->rowCount(), all);

    // A word from the middle of some title, lower-cased: the filter ignores case.
    const QString title = sql::scalar(db->db(), QStringLiteral("SELECT title FROM programme WHERE deleted = 0 "
                                                               "ORDER BY title LIMIT 1 OFFSET 3")).toString();
    QString word;
    for (const QString &w : title.split(QLatin1Char(' ')))
        if (w.size() >= 6) {
            word = w.left(6).toLower();
            break;
        }
    QVERIFY2(!word.isEmpty(), qPrintable(title));
    page.programmeFilter()->setText(word);

    // Every visible column, as SQL has it, matched the same way.
    QSqlQuery q = sql::exec(db->db(), QStringLiteral(
        "SELECT p.id, p.title, p.hours, p.form, COALESCE(o.short_name, o.name, ''), COALESCE(p.frdpp_number, ''), "
        "p.expertise_status FROM programme p LEFT JOIN organisation o ON o.id = p.provider_org_id WHERE p.deleted = 0"));
    int expected = 0;
    while (q.next()) {
        bool hit = false;
        for (int c = 0; c < 7; ++c)
            hit = hit || q.value(c).toString().contains(word, Qt::CaseInsensitive);
        expected += hit;
    }
    QVERIFY(expected > 0);
    QVERIFY(expected < all);
    QCOMPARE(page.programmeView()->model()->rowCount(), expected);
    page.programmeFilter()->clear();
    QCOMPARE(page.programmeView()->model()->rowCount(), all);

    // Sorting by hours puts the shortest programme first.
    page.programmeView()->sortByColumn(3, Qt::AscendingOrder);
    const int minHours = sql::scalar(db->db(), QStringLiteral("SELECT min(hours) FROM programme WHERE deleted = 0")).toInt();
    QCOMPARE(page.programmeView()->model()->index(0, 3).data().toInt(), minHours);
}

void TestCataloguePage::programmeCard()
{
    auto db = Database::open(m_path);
    AppContext context(*db);
    CataloguePage page(context);
    page.show();
    page.activate();
    // The programme with the most modules.
    const QString id = sql::scalar(db->db(), QStringLiteral("SELECT programme_id FROM programme_module WHERE deleted = 0 "
                                                            "GROUP BY programme_id ORDER BY count(*) DESC LIMIT 1")).toString();
    QVERIFY(!id.isEmpty());
    QAbstractItemModel *model = page.programmeView()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == id)
            page.programmeView()->selectRow(r);
    QCOMPARE(page.selectedProgrammeId(), id);
    std::unique_ptr<ProgrammeCard> card(page.makeProgrammeCard());
    QVERIFY(card);
    const int modules = sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM programme_module WHERE deleted = 0 "
                                                             "AND programme_id = ?"), {id}).toInt();
    QCOMPARE(card->modules()->count(), modules);
    const int competences = sql::scalar(db->db(), QStringLiteral(
        "SELECT count(DISTINCT competence_id) FROM catalogue_competence WHERE deleted = 0 AND ((item_kind = 'programme' "
        "AND item_id = ?) OR (item_kind = 'module' AND item_id IN (SELECT id FROM programme_module WHERE programme_id = ?)))"),
        {id, id}).toInt();
    QCOMPARE(card->competences()->count(), competences);

    // An empty title is refused with the field named, nothing written.
    card->titleEdit()->setText(QStringLiteral("  "));
    QVERIFY(!card->save());
    QVERIFY(card->validate().startsWith(QStringLiteral("Title")));
    const int revBefore = sql::scalar(db->db(), QStringLiteral("SELECT rev FROM programme WHERE id = ?"), {id}).toInt();
    card->titleEdit()->setText(QStringLiteral("Новое название программы"));
    QVERIFY(card->save());
    QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT title FROM programme WHERE id = ?"), {id}).toString(),
             QStringLiteral("Новое название программы"));
    QVERIFY(sql::scalar(db->db(), QStringLiteral("SELECT rev FROM programme WHERE id = ?"), {id}).toInt() >= revBefore);
}

void TestCataloguePage::approveApplication()
{
    auto db = Database::open(m_path);
    AppContext context(*db);
    CataloguePage page(context);
    page.show();
    page.activate();
    page.tabs()->setCurrentIndex(3);
    const int pending = sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM application WHERE deleted = 0 AND "
                                                             "status IN ('submitted', 'under_review', 'approved')")).toInt();
    QVERIFY(pending > 0);
    QAbstractItemModel *model = page.applicationView()->model();
    QCOMPARE(model->rowCount(), qMin(pending, 500));
    // The first one not yet approved (the list is oldest first): through review to approval.
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        if (model->index(r, 2).data().toString() != QLatin1String("approved"))
            row = r;
    QVERIFY(row >= 0);
    page.applicationView()->selectRow(row);
    const QString id = page.selectedApplicationId();
    QVERIFY(!id.isEmpty());
    auto status = [&] {
        return sql::scalar(db->db(), QStringLiteral("SELECT status FROM application WHERE id = ?"), {id}).toString();
    };
    if (status() == QLatin1String("submitted")) {
        QVERIFY(page.changeApplicationStatus(QStringLiteral("under_review")));
        QCOMPARE(status(), QStringLiteral("under_review"));
        for (int r = 0; r < model->rowCount(); ++r) // the list was reloaded
            if (model->index(r, 0).data().toString() == id)
                page.applicationView()->selectRow(r);
        QCOMPARE(page.selectedApplicationId(), id);
    }
    QCOMPARE(status(), QStringLiteral("under_review"));
    QVERIFY(page.changeApplicationStatus(QStringLiteral("approved")));
    QCOMPARE(status(), QStringLiteral("approved"));
    // The history has the approval; the page shows the new status.
    QCOMPARE(ApplicationService(*db).history(id).last().status, QStringLiteral("approved"));
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == id)
            QCOMPARE(model->index(r, 2).data().toString(), QStringLiteral("approved"));
}

QTEST_MAIN(TestCataloguePage)
#include "tst_cataloguepage.moc"
