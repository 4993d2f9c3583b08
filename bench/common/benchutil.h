#pragma once
// Shared by the benchmarks: timing with medians, and the one output format
// "figure: value unit (baseline: value unit) ratio X.XX".
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace metodist::bench {

// Median wall time of `repeats` runs of f, in milliseconds; `settle` (untimed) runs
// after each, e.g. to let background work of the last run finish before the next.
inline double medianMs(int repeats, const std::function<void()> &f, const std::function<void()> &settle = {})
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (settle)
            settle();
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Prints one figure against its baseline; returns the ratio.
inline double report(const QString &figure, double value, const QString &baselineName, double baseline, const QString &unit = QStringLiteral("ms"))
{
    const double ratio = baseline > 0 ? value / baseline : 0;
    out() << figure << ": " << QString::number(value, 'f', 2) << ' ' << unit << " (" << baselineName << ": "
          << QString::number(baseline, 'f', 2) << ' ' << unit << ") ratio " << QString::number(ratio, 'f', 2) << Qt::endl;
    return ratio;
}

} // namespace metodist::bench
