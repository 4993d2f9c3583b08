#include "groups/timetabling/solution.h"

#include "storage/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

namespace metodist::timetabling {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("TimetableSolution", text); }
} // namespace

Solution parseSolution(const Instance &instance, const QString &text, const QString &fileName)
{
    QHash<QString, int> courses, rooms;
    for (int i = 0; i < int(instance.courses.size()); ++i)
        courses.insert(instance.courses[i].name, i);
    for (int i = 0; i < int(instance.rooms.size()); ++i)
        rooms.insert(instance.rooms[i].name, i);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    Solution solution;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < int(lines.size()); ++n) {
        const QStringList f = lines[n].split(space, Qt::SkipEmptyParts);
        if (f.isEmpty())
            continue;
        auto fail = [&](const QString &message) {
            throw Error(QStringLiteral("%1:%2: %3").arg(fileName).arg(n + 1).arg(message));
        };
        if (f.size() != 4)
            fail(tr("expected \"course room day period\""));
        Assignment a;
        a.course = courses.value(f[0], -1);
        if (a.course < 0)
            fail(tr("unknown course \"%1\"").arg(f[0]));
        a.room = rooms.value(f[1], -1);
        if (a.room < 0)
            fail(tr("unknown room \"%1\"").arg(f[1]));
        bool okDay = false, okPeriod = false;
        const int day = f[2].toInt(&okDay);
        const int period = f[3].toInt(&okPeriod);
        if (!okDay || !okPeriod || day < 0 || day >= instance.days || period < 0 || period >= instance.periodsPerDay)
            fail(tr("day %1 period %2 is outside the %3x%4 week").arg(f[2], f[3]).arg(instance.days).arg(instance.periodsPerDay));
        a.period = day * instance.periodsPerDay + period;
        solution.lectures.push_back(a);
    }
    return solution;
}

Solution readSolutionFile(const Instance &instance, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return parseSolution(instance, QString::fromUtf8(file.readAll()), path);
}

QString formatSolution(const Instance &instance, const Solution &solution)
{
    QString out;
    for (const auto &a : solution.lectures) {
        if (a.period < 0)
            continue; // unplaced lectures have no line
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(instance.courses[a.course].name, instance.rooms[a.room].name)
                   .arg(a.period / instance.periodsPerDay)
                   .arg(a.period % instance.periodsPerDay);
    }
    return out;
}

void writeSolutionFile(const Instance &instance, const Solution &solution, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
    file.write(formatSolution(instance, solution).toUtf8());
    if (!file.commit())
        throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
}

} // namespace metodist::timetabling
