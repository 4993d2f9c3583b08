#include "completionrules.h"

namespace metodist::journal {

bool CompletionRules::isValidGrading(const QString &grading)
{
    return grading == QLatin1String("pass_fail") || grading == QLatin1String("five_point") || grading == QLatin1String("points");
}

QString CompletionRules::gradeProblem(const QString &grading, const QString &grade)
{
    if (grade.isEmpty())
        return {};
    bool ok = false;
    const int value = grade.toInt(&ok);
    if (grading == QLatin1String("pass_fail")) {
        if (grade != QLatin1String("pass") && grade != QLatin1String("fail"))
            return tr("grade \"%1\" is not pass or fail (pass/fail grading)").arg(grade);
    } else if (grading == QLatin1String("five_point")) {
        if (!ok || value < 2 || value > 5)
            return tr("grade \"%1\" is not 2..5 (five-point grading)").arg(grade);
    } else if (grading == QLatin1String("points")) {
        if (!ok || value < 0 || value > 100)
            return tr("grade \"%1\" is not 0..100 points").arg(grade);
    } else {
        return tr("unknown grading \"%1\"").arg(grading);
    }
    return {};
}

bool CompletionRules::isPassing(const QString &grading, const QString &finalResult)
{
    if (finalResult.isEmpty() || !gradeProblem(grading, finalResult).isEmpty())
        return false;
    if (grading == QLatin1String("pass_fail"))
        return finalResult == QLatin1String("pass");
    if (grading == QLatin1String("five_point"))
        return finalResult.toInt() >= 3;
    return finalResult.toInt() >= kPointsPass;
}

CompletionDecision CompletionRules::decide(const AttendanceCount &count, double threshold, const QString &grading,
                                           const QString &finalResult)
{
    CompletionDecision d;
    d.share = count.share();
    // A small tolerance so 0.8 computed as 4/5 counts as exactly at the threshold.
    const bool attendanceMet = d.share >= 0 && d.share + 1e-9 >= threshold;
    const bool passed = isPassing(grading, finalResult);
    if (attendanceMet && passed) {
        d.status = QStringLiteral("completed");
        d.reason = tr("attendance %1% ≥ %2%, final result %3").arg(qRound(d.share * 100)).arg(qRound(threshold * 100)).arg(finalResult);
        return d;
    }
    if (count.held > 0 && d.share >= 0 && d.share + 1e-9 < threshold / 2) {
        d.status = QStringLiteral("expelled");
        d.reason = tr("expelled for non-attendance: attendance %1% is below half of the required %2%")
                       .arg(qRound(d.share * 100)).arg(qRound(threshold * 100));
        return d;
    }
    d.status = QStringLiteral("not_completed");
    if (count.held == 0)
        d.reason = tr("no sessions held");
    else if (d.share < 0)
        d.reason = tr("every held session excused: nothing to attest on");
    else if (!attendanceMet)
        d.reason = tr("attendance %1% is below the required %2%").arg(qRound(d.share * 100)).arg(qRound(threshold * 100));
    else if (finalResult.isEmpty())
        d.reason = tr("no final attestation result");
    else
        d.reason = tr("final result %1 does not pass").arg(finalResult);
    return d;
}

} // namespace metodist::journal
