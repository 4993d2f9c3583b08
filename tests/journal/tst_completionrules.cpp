// The completion rules on their edge cases: exactly at the threshold, excused and late
// sessions, a missing or failing final result, no sessions, the expelled boundary.
#include "journal/completionrules.h"

#include <QTest>

using namespace metodist::journal;

class TestCompletionRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exactlyAtThresholdCompletes();
    void justBelowThresholdDoesNot();
    void lateCountsAsAttended();
    void excusedLeavesTheDenominator();
    void allExcusedIsNotCompleted();
    void missingFinalResult();
    void gradingScales();
    void noSessions();
    void expelledBelowHalfTheThreshold();
};

static AttendanceCount count(int present, int late, int absent, int excused)
{
    AttendanceCount c;
    c.present = present;
    c.late = late;
    c.absent = absent;
    c.excused = excused;
    c.held = present + late + absent + excused;
    return c;
}

void TestCompletionRules::exactlyAtThresholdCompletes()
{
    // 8 of 10 = 0.8 exactly; and 4/5 (floating point 0.8000000000000000444).
    QCOMPARE(CompletionRules::decide(count(8, 0, 2, 0), 0.8, QStringLiteral("pass_fail"), QStringLiteral("pass")).status,
             QStringLiteral("completed"));
    QCOMPARE(CompletionRules::decide(count(4, 0, 1, 0), 0.8, QStringLiteral("pass_fail"), QStringLiteral("pass")).status,
             QStringLiteral("completed"));
    QCOMPARE(CompletionRules::decide(count(27, 0, 3, 0), 0.9, QStringLiteral("pass_fail"), QStringLiteral("pass")).status,
             QStringLiteral("completed"));
}

void TestCompletionRules::justBelowThresholdDoesNot()
{
    const CompletionDecision d = CompletionRules::decide(count(7, 0, 3, 0), 0.8, QStringLiteral("pass_fail"), QStringLiteral("pass"));
    QCOMPARE(d.status, QStringLiteral("not_completed"));
    QVERIFY(d.reason.contains(QStringLiteral("70%")));
}

void TestCompletionRules::lateCountsAsAttended()
{
    QCOMPARE(CompletionRules::decide(count(5, 3, 2, 0), 0.8, QStringLiteral("pass_fail"), QStringLiteral("pass")).status,
             QStringLiteral("completed"));
    QCOMPARE(count(5, 3, 2, 0).attended(), 8);
}

void TestCompletionRules::excusedLeavesTheDenominator()
{
    // 6 attended, 2 excused, 2 absent: 6 / 8 = 0.75.
    const AttendanceCount c = count(6, 0, 2, 2);
    QCOMPARE(c.share(), 0.75);
    QCOMPARE(CompletionRules::decide(c, 0.75, QStringLiteral("pass_fail"), QStringLiteral("pass")).status, QStringLiteral("completed"));
    QCOMPARE(CompletionRules::decide(c, 0.8, QStringLiteral("pass_fail"), QStringLiteral("pass")).status, QStringLiteral("not_completed"));
    // Were excused counted as absences, 6 / 10 would fail even the 0.75 threshold.
    QCOMPARE(CompletionRules::decide(count(6, 0, 4, 0), 0.75, QStringLiteral("pass_fail"), QStringLiteral("pass")).status,
             QStringLiteral("not_completed"));
}

void TestCompletionRules::allExcusedIsNotCompleted()
{
    const CompletionDecision d = CompletionRules::decide(count(0, 0, 0, 5), 0.8, QStringLiteral("pass_fail"), QStringLiteral("pass"));
    QCOMPARE(d.status, QStringLiteral("not_completed"));
    QCOMPARE(d.share, -1.0);
}

void TestCompletionRules::missingFinalResult()
{
    const CompletionDecision d = CompletionRules::decide(count(10, 0, 0, 0), 0.8, QStringLiteral("five_point"), QString());
    QCOMPARE(d.status, QStringLiteral("not_completed"));
    QVERIFY(d.reason.contains(QStringLiteral("final")));
}

void TestCompletionRules::gradingScales()
{
    const AttendanceCount full = count(10, 0, 0, 0);
    auto status = [&](const QString &grading, const QString &result) { return CompletionRules::decide(full, 0.8, grading, result).status; };
    QCOMPARE(status(QStringLiteral("pass_fail"), QStringLiteral("fail")), QStringLiteral("not_completed"));
    QCOMPARE(status(QStringLiteral("five_point"), QStringLiteral("3")), QStringLiteral("completed"));
    QCOMPARE(status(QStringLiteral("five_point"), QStringLiteral("2")), QStringLiteral("not_completed"));
    QCOMPARE(status(QStringLiteral("points"), QString::number(kPointsPass)), QStringLiteral("completed"));
    QCOMPARE(status(QStringLiteral("points"), QString::number(kPointsPass - 1)), QStringLiteral("not_completed"));
    QCOMPARE(status(QStringLiteral("five_point"), QStringLiteral("pass")), QStringLiteral("not_completed"));
    QVERIFY(!CompletionRules::gradeProblem(QStringLiteral("five_point"), QStringLiteral("6")).isEmpty());
    QVERIFY(!CompletionRules::gradeProblem(QStringLiteral("points"), QStringLiteral("101")).isEmpty());
    QVERIFY(CompletionRules::gradeProblem(QStringLiteral("points"), QStringLiteral("0")).isEmpty());
}

void TestCompletionRules::noSessions()
{
    const CompletionDecision d = CompletionRules::decide(AttendanceCount{}, 0.8, QStringLiteral("pass_fail"), QStringLiteral("pass"));
    QCOMPARE(d.status, QStringLiteral("not_completed"));
    QVERIFY(d.reason.contains(QStringLiteral("no sessions")));
}

void TestCompletionRules::expelledBelowHalfTheThreshold()
{
    // Threshold 0.8: below 0.4 is expelled, 0.4 itself is only not completed.
    QCOMPARE(CompletionRules::decide(count(3, 0, 7, 0), 0.8, QStringLiteral("pass_fail"), QStringLiteral("pass")).status,
             QStringLiteral("expelled"));
    QCOMPARE(CompletionRules::decide(count(4, 0, 6, 0), 0.8, QStringLiteral("pass_fail"), QStringLiteral("pass")).status,
             QStringLiteral("not_completed"));
    QCOMPARE(CompletionRules::decide(count(0, 0, 10, 0), 0.8, QStringLiteral("pass_fail"), QString()).status,
             QStringLiteral("expelled"));
}

QTEST_GUILESS_MAIN(TestCompletionRules)
#include "tst_completionrules.moc"
