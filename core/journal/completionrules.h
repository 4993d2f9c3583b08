#pragma once
// Completion rules of a programme, kept apart from storage so they can be tested on
// edge cases directly. The rule, as applied to one learner of a group:
//  - Held sessions are the group's sessions that started on or before the day of the
//    decision. A held session without a mark counts as absent.
//  - Attended = present + late (a late arrival is attendance).
//  - Excused absences count neither for nor against: they leave the denominator.
//    share = attended / (held - excused). With no countable session (no sessions held,
//    or every one excused) the share is undefined and the attendance rule is NOT met:
//    there is nothing to attest the learner on.
//  - Attendance is met when share >= programme.completion_attendance (exactly at the
//    threshold passes).
//  - The final result is required and must pass the programme's grading:
//    pass_fail "pass"; five_point an integer 3..5; points an integer >= 50 (kPointsPass).
//  - completed when attendance is met and the final result passes;
//    expelled (отчислен за непосещение — withdrawn for non-attendance) when sessions were
//    held and share < half the threshold, i.e. the learner effectively stopped attending;
//    not_completed otherwise (short of the threshold, or no / failing final result).
#include <QCoreApplication>
#include <QString>

namespace metodist::journal {

constexpr int kPointsPass = 50;

struct AttendanceCount {
    int held = 0;
    int present = 0;
    int late = 0;
    int absent = 0;   // includes unmarked held sessions
    int excused = 0;
    int attended() const { return present + late; }
    int countable() const { return held - excused; }
    // -1 when undefined (no countable session).
    double share() const { return countable() > 0 ? double(attended()) / double(countable()) : -1.0; }
};

struct CompletionDecision {
    QString status;   // completed / not_completed / expelled
    QString reason;   // translated, names the rule that decided
    double share = -1;
};

class CompletionRules {
    Q_DECLARE_TR_FUNCTIONS(CompletionRules)
public:
    static bool isValidGrading(const QString &grading);
    // Empty when the grade fits the grading, else a message naming the rule.
    static QString gradeProblem(const QString &grading, const QString &grade);
    static bool isPassing(const QString &grading, const QString &finalResult);
    static CompletionDecision decide(const AttendanceCount &count, double threshold, const QString &grading,
                                     const QString &finalResult);
};

} // namespace metodist::journal
