// The journal page offscreen on a small demo region: open a group, type marks with the
// keyboard (Latin and Cyrillic letters, digits, Ctrl+D), undo them, and check the
// profile after each step; the final attestation column; the printed journal as PDF.
#include "common/reportprinter.h"
#include "demo/demogenerator.h"
#include "journal/journalmodel.h"
#include "journal/journalpage.h"
#include "journal/journaltable.h"
#include "shell/appcontext.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace metodist;

class TestJournalPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typeMarksUndoAndPrint();
};

// Cyrillic letters cannot go through QTest::keyClicks (Latin-1 only): send the event.
static void typeText(QWidget *w, const QString &text, Qt::KeyboardModifiers mods = Qt::NoModifier, int key = 0)
{
    QKeyEvent press(QEvent::KeyPress, key, mods, text);
    QApplication::sendEvent(w, &press);
    QKeyEvent release(QEvent::KeyRelease, key, mods, text);
    QApplication::sendEvent(w, &release);
}

void TestJournalPage::typeMarksUndoAndPrint()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.metodist"));
    DemoOptions options;
    options.staff = 400;
    options.seed = 3;
    options.today = QDate(2025, 11, 1);
    QVERIFY(generateDemoRegion(path, options).journalMarks > 0);
    auto db = Database::open(path);
    // A group with at least three learners and three sessions.
    const QString groupId = sql::scalar(db->db(), QStringLiteral(
        "SELECT g.id FROM study_group g WHERE (SELECT COUNT(*) FROM session s WHERE s.group_id = g.id) >= 3 "
        "AND (SELECT COUNT(*) FROM enrolment e WHERE e.group_id = g.id) >= 3 ORDER BY g.code LIMIT 1")).toString();
    QVERIFY(!groupId.isEmpty());

    ui::AppContext context(*db);
    ui::JournalPage page(context);
    page.resize(1400, 800);
    page.show();
    page.activate();
    QVERIFY(page.findChild<QComboBox *>(QStringLiteral("group"))->count() > 0);
    page.openGroup(groupId);
    ui::JournalModel *model = page.model();
    ui::JournalTable *table = page.table();
    QCOMPARE(model->rowCount(), sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE group_id = ? AND deleted = 0"), {groupId}).toInt());
    const journal::JournalGrid &grid = model->grid();
    auto dbCell = [&](int learner, int session) {
        QSqlQuery q = sql::exec(db->db(), QStringLiteral("SELECT COALESCE(attendance, ''), grade, deleted FROM journal_mark WHERE session_id = ? AND person_id = ?"),
                                {grid.sessions.at(session).id, grid.learners.at(learner).personId});
        if (!q.next() || q.value(2).toInt() == 1)
            return QStringLiteral("-");
        return (q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    };
    const QString before00 = dbCell(0, 0), before10 = dbCell(1, 0), before20 = dbCell(2, 0), before01 = dbCell(0, 1);
    const QString grade00 = grid.cell(0, 0).grade, grade10 = grid.cell(1, 0).grade;

    // Each key is chosen to change its cell, so every step is a real edit.
    const bool wasAbsent = grid.cell(0, 0).attendance == QLatin1String("absent");
    const QString first = wasAbsent ? QStringLiteral("excused") : QStringLiteral("absent");
    const bool wasLate = grid.cell(1, 0).attendance == QLatin1String("late");
    const QString second = wasLate ? QStringLiteral("excused") : QStringLiteral("late");
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    typeText(table, wasAbsent ? QStringLiteral("у") : QStringLiteral("н")); // cursor to the next learner
    QCOMPARE(dbCell(0, 0), first + QLatin1Char('/') + grade00);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, wasLate ? Qt::Key_E : Qt::Key_L);
    QCOMPARE(dbCell(1, 0), second + QLatin1Char('/') + grade10);

    // A grade in the next session's column.
    table->setCurrentIndex(model->index(0, 1));
    const QString grading = grid.group.grading;
    const QString oldGrade = grid.cell(0, 1).grade;
    QString expectedGrade;
    if (grading == QLatin1String("five_point")) {
        expectedGrade = oldGrade == QLatin1String("4") ? QStringLiteral("5") : QStringLiteral("4");
        QTest::keyClicks(table, expectedGrade);
    } else if (grading == QLatin1String("points")) {
        expectedGrade = oldGrade == QLatin1String("75") ? QStringLiteral("76") : QStringLiteral("75");
        QTest::keyClicks(table, expectedGrade);
    } else {
        const bool pass = oldGrade != QLatin1String("pass");
        QTest::keyClick(table, pass ? Qt::Key_1 : Qt::Key_0);
        expectedGrade = pass ? QStringLiteral("pass") : QStringLiteral("fail");
    }
    QVERIFY2(dbCell(0, 1).endsWith(QLatin1Char('/') + expectedGrade), qPrintable(dbCell(0, 1)));

    // Ctrl+D: the first column takes the first learner's mark.
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    for (int l = 0; l < model->rowCount(); ++l)
        QVERIFY(dbCell(l, 0).startsWith(first + QLatin1Char('/')));

    // Undo all four steps (Ctrl+Z through the page's action, then the stack).
    QCOMPARE(model->undoStack()->count(), 4);
    page.activateWindow();
    if (QTest::qWaitForWindowActive(&page))
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    else // no window activation on this platform: the same action by hand
        page.findChild<QAction *>(QStringLiteral("undo"))->trigger();
    QCOMPARE(dbCell(1, 0), second + QLatin1Char('/') + grade10);
    QCOMPARE(dbCell(2, 0), before20);
    while (model->undoStack()->canUndo())
        model->undoStack()->undo();
    QCOMPARE(dbCell(0, 0), before00);
    QCOMPARE(dbCell(1, 0), before10);
    QCOMPARE(dbCell(0, 1), before01);
    QCOMPARE(model->data(model->index(0, 0), Qt::UserRole).toString(), grid.cell(0, 0).attendance);
    model->undoStack()->redo();
    QCOMPARE(dbCell(0, 0), first + QLatin1Char('/') + grade00);

    // The final attestation column, undoable too.
    const QString enrolment = grid.learners.at(0).enrolmentId;
    const QString oldResult = grid.learners.at(0).finalResult;
    const QString newResult = oldResult == expectedGrade ? (grading == QLatin1String("pass_fail") ? QStringLiteral("fail") : QStringLiteral("3"))
                                                         : expectedGrade;
    QVERIFY(model->setData(model->index(0, model->finalResultColumn()), newResult, Qt::EditRole));
    QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT final_result FROM enrolment WHERE id = ?"), {enrolment}).toString(), newResult);
    model->undoStack()->undo();
    QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT final_result FROM enrolment WHERE id = ?"), {enrolment}).toString(), oldResult);

    // The printouts: journal and attendance sheet as one PDF; a screenshot for review.
    const QString pdf = dir.filePath(QStringLiteral("journal.pdf"));
    ui::ReportPrinter::savePdf(pdf, page.journalHtml() + page.attendanceSheetHtml(), true);
    QVERIFY(QFile(pdf).size() > 2000);
    QVERIFY(page.attendanceSheetHtml().contains(grid.learners.at(0).name.toHtmlEscaped()));
    // For review, where the other UI tests put theirs (METODIST_SCREENSHOT_DIR overrides).
    QString shots = qEnvironmentVariable("METODIST_SCREENSHOT_DIR");
    if (shots.isEmpty())
        shots = QStringLiteral(METODIST_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(page.grab().save(shots + QStringLiteral("/journal.png")));
    QFile::remove(shots + QStringLiteral("/journal.pdf"));
    QVERIFY(QFile::copy(pdf, shots + QStringLiteral("/journal.pdf")));
}

QTEST_MAIN(TestJournalPage)
#include "tst_journalpage.moc"
