// The Support section on a real demo region, offscreen: the mentoring lists against
// SQL (young teachers highlighted, the "without a mentor" filter), the actives and
// their members, survey charts and a questionnaire entered through the dialog, and a
// person's portfolio tab written as PDF.
#include "demo/demogenerator.h"
#include "shell/appcontext.h"
#include "storage/sql.h"
#include "support/communitypanel.h"
#include "support/mentoringmodel.h"
#include "support/mentoringpanel.h"
#include "support/portfoliowidget.h"
#include "support/supportpage.h"
#include "support/surveydialog.h"
#include "support/surveypanel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::ui;

class TestSupportPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_context;

    int count(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_db->db(), statement, values).toInt();
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("region.metodist"));
        DemoOptions options;
        options.staff = 700;
        options.seed = 5;
        generateDemoRegion(path, options);
        m_db = Database::open(path);
        m_context = std::make_unique<AppContext>(*m_db);
    }
    void cleanupTestCase()
    {
        m_context.reset();
        m_db.reset();
    }

    void mentoringLists()
    {
        SupportPage page(*m_context);
        page.resize(1200, 800);
        page.show();
        page.activate();
        MentoringModel *model = page.mentoring()->model();
        while (model->canFetchMore())
            model->fetchMore();
        const int active = count(QStringLiteral("SELECT count(*) FROM mentoring_pair WHERE deleted = 0 AND status = 'active'"));
        QVERIFY(active > 0);
        QCOMPARE(model->rowCount(), active);
        int young = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->statusAt(row), QStringLiteral("active"));
            if (model->youngAt(row)) {
                ++young;
                QVERIFY(model->index(row, 0).data(Qt::BackgroundRole).isValid());
            }
        }
        QVERIFY2(young > 0, "no young mentee highlighted");

        QComboBox *view = page.mentoring()->viewChooser();
        view->setCurrentIndex(view->findData(int(MentoringModel::Mode::YoungWithoutMentor)));
        page.mentoring()->refresh();
        while (model->canFetchMore())
            model->fetchMore();
        const QDate today = QDate::currentDate();
        const int without = count(QStringLiteral(
            "SELECT count(*) FROM person p WHERE p.deleted = 0 AND p.birth_date > ? AND p.profession_start_date > ? "
            "AND NOT EXISTS (SELECT 1 FROM mentoring_pair mp WHERE mp.mentee_person_id = p.id AND mp.deleted = 0 AND mp.status = 'active')"),
            {today.addYears(-35).toString(Qt::ISODate), today.addYears(-3).toString(Qt::ISODate)});
        QVERIFY(without > 0);
        QCOMPARE(model->rowCount(), without);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->youngAt(row));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mentoring_pair WHERE mentee_person_id = ? AND status = 'active' AND deleted = 0"),
                           {model->idAt(row)}), 0);
        }
    }

    void activesAndMembers()
    {
        SupportPage page(*m_context);
        page.show();
        page.tabs()->setCurrentIndex(1);
        QTableWidget *communities = page.communities()->communities();
        QCOMPARE(communities->rowCount(), count(QStringLiteral("SELECT count(*) FROM community WHERE deleted = 0")));
        int row = -1;
        for (int r = 0; r < communities->rowCount(); ++r)
            if (communities->item(r, 0)->text() == QStringLiteral("Региональный методический актив"))
                row = r;
        QVERIFY(row >= 0);
        communities->setCurrentCell(row, 0);
        const QString id = communities->item(row, 0)->data(Qt::UserRole).toString();
        const int members = count(QStringLiteral("SELECT count(*) FROM community_member WHERE community_id = ? AND deleted = 0"), {id});
        QVERIFY(members > 0);
        QCOMPARE(page.communities()->members()->rowCount(), members);
        QCOMPARE(communities->item(row, 3)->data(Qt::DisplayRole).toInt(), members);
        // Roles are editable in place: the combo shows the stored role.
        auto *role = qobject_cast<QComboBox *>(page.communities()->members()->cellWidget(0, 2));
        QVERIFY(role);
        QCOMPARE(role->currentData().toString(), QStringLiteral("head"));
    }

    void surveysChartedAndEntered()
    {
        SupportPage page(*m_context);
        page.resize(1300, 850);
        page.show();
        page.tabs()->setCurrentIndex(2);
        SurveyPanel *panel = page.surveys();
        const QString period = QDate::currentDate().addYears(-3).toString(Qt::ISODate);
        const int responses = count(QStringLiteral(
            "SELECT count(*) FROM survey_response WHERE deleted = 0 AND survey_code = 'course_satisfaction' AND answered_on >= ?"), {period});
        QVERIFY(responses > 0);
        QCOMPARE(panel->results().responses, responses);
        auto *distribution = qobject_cast<QHorizontalStackedBarSeries *>(panel->distributionChart()->chart()->series().value(0));
        QVERIFY(distribution);
        QCOMPARE(distribution->count(), 5);              // marks 1..5
        QCOMPARE(distribution->barSets().at(0)->count(), 5); // four questions and the overall mark
        QVERIFY(!panel->programmeChart()->chart()->series().isEmpty());
        const double overall = sql::scalar(m_db->db(), QStringLiteral(
            "SELECT avg(satisfaction) FROM survey_response WHERE deleted = 0 AND survey_code = 'course_satisfaction' AND answered_on >= ?"),
            {period}).toDouble();
        QVERIFY(qAbs(panel->results().questions.last().mean - overall) < 1e-9);

        const QString group = sql::scalar(m_db->db(), QStringLiteral("SELECT id FROM study_group WHERE deleted = 0 AND status = 'finished' "
                                                                     "ORDER BY ends_on DESC LIMIT 1")).toString();
        SurveyDialog dialog(*m_db, QStringLiteral("course_satisfaction"));
        dialog.setGroup(group);
        for (const QString &code : {QStringLiteral("content"), QStringLiteral("instructors"), QStringLiteral("organisation"),
                                    QStringLiteral("usefulness"), QStringLiteral("satisfaction")})
            dialog.setMark(code, 1);
        dialog.setComment(QStringLiteral("Тестовый отзыв"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM survey_response WHERE group_id = ? AND answers LIKE '%Тестовый отзыв%'"), {group}), 1);
        panel->refresh();
        QCOMPARE(panel->results().responses, responses + 1);
        QVERIFY(panel->results().comments.contains(QStringLiteral("Тестовый отзыв")));
    }

    void portfolioPdf()
    {
        const QString person = sql::scalar(m_db->db(), QStringLiteral(
            "SELECT person_id FROM portfolio_item WHERE deleted = 0 GROUP BY person_id ORDER BY count(*) DESC LIMIT 1")).toString();
        QVERIFY(!person.isEmpty());
        PortfolioWidget widget(*m_context, person);
        widget.show();
        QCOMPARE(widget.items()->rowCount(), count(QStringLiteral("SELECT count(*) FROM portfolio_item WHERE person_id = ? AND deleted = 0"), {person}));
        QVERIFY(widget.html().contains(widget.personName().toHtmlEscaped()));
        const QString path = m_dir.filePath(QStringLiteral("portfolio.pdf"));
        widget.savePdf(path);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY2(bytes.size() > 5000, QByteArray::number(bytes.size()).constData());
    }
};

QTEST_MAIN(TestSupportPage)
#include "tst_supportpage.moc"
