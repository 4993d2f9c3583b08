#include "groups/timetabling/ecttparser.h"

#include "storage/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace metodist::timetabling {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("EcttParser", text); }

class Parser {
public:
    Parser(const QString &text, const QString &fileName) : m_file(fileName)
    {
        m_lines = text.split(QLatin1Char('\n'));
    }

    Instance run()
    {
        enum class Section { Header, Courses, Rooms, Curricula, Unavailability, RoomConstraints, End };
        Section section = Section::Header;
        int declaredCourses = -1, declaredRooms = -1, declaredCurricula = -1, declaredUnavail = -1,
            declaredRoomConstraints = -1;
        int unavailCount = 0, roomConstraintCount = 0;
        for (m_line = 1; m_line <= int(m_lines.size()); ++m_line) {
            const QString line = m_lines[m_line - 1].trimmed();
            if (line.isEmpty())
                continue;
            if (section == Section::End)
                fail(tr("text after END."));
            if (line == QLatin1String("COURSES:")) {
                section = Section::Courses;
                requireHeader();
                continue;
            }
            if (line == QLatin1String("ROOMS:")) { section = Section::Rooms; continue; }
            if (line == QLatin1String("CURRICULA:")) { section = Section::Curricula; continue; }
            if (line == QLatin1String("UNAVAILABILITY_CONSTRAINTS:")) { section = Section::Unavailability; continue; }
            if (line == QLatin1String("ROOM_CONSTRAINTS:")) { section = Section::RoomConstraints; continue; }
            if (line == QLatin1String("END.")) { section = Section::End; continue; }
            static const QRegularExpression space(QStringLiteral("\\s+"));
            const QStringList f = line.split(space, Qt::SkipEmptyParts);
            switch (section) {
            case Section::Header: header(line, declaredCourses, declaredRooms, declaredCurricula, declaredUnavail,
                                         declaredRoomConstraints); break;
            case Section::Courses: course(f); break;
            case Section::Rooms: room(f); break;
            case Section::Curricula: curriculum(f); break;
            case Section::Unavailability: unavailability(f); ++unavailCount; break;
            case Section::RoomConstraints: roomConstraint(f); ++roomConstraintCount; break;
            case Section::End: break;
            }
        }
        m_line = int(m_lines.size());
        if (section != Section::End)
            fail(tr("missing END."));
        checkCount(tr("courses"), declaredCourses, int(m_in.courses.size()));
        checkCount(tr("rooms"), declaredRooms, int(m_in.rooms.size()));
        checkCount(tr("curricula"), declaredCurricula, int(m_in.curricula.size()));
        checkCount(tr("unavailability constraints"), declaredUnavail, unavailCount);
        checkCount(tr("room constraints"), declaredRoomConstraints, roomConstraintCount);
        return m_in;
    }

private:
    [[noreturn]] void fail(const QString &message) const
    {
        throw Error(QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(message));
    }

    int number(const QString &text, int min = 0) const
    {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < min)
            fail(tr("expected a whole number >= %1, found \"%2\"").arg(min).arg(text));
        return v;
    }

    void checkCount(const QString &what, int declared, int found) const
    {
        if (declared >= 0 && declared != found)
            throw Error(QStringLiteral("%1: %2").arg(m_file, tr("the header declares %1 %2 but the file lists %3")
                                                                  .arg(declared).arg(what).arg(found)));
    }

    void requireHeader() const
    {
        if (m_in.days <= 0 || m_in.periodsPerDay <= 0)
            fail(tr("Days and Periods_per_day must be given (and positive) before COURSES:"));
    }

    void header(const QString &line, int &courses, int &rooms, int &curricula, int &unavail, int &roomConstraints)
    {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            fail(tr("expected \"Key: value\" or a section name, found \"%1\"").arg(line));
        const QString key = line.left(colon).trimmed();
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QStringList v = line.mid(colon + 1).split(space, Qt::SkipEmptyParts);
        auto one = [&]() -> int {
            if (v.size() != 1)
                fail(tr("%1 needs one number").arg(key));
            return number(v[0]);
        };
        if (key == QLatin1String("Name")) m_in.name = v.join(QLatin1Char(' '));
        else if (key == QLatin1String("Courses")) courses = one();
        else if (key == QLatin1String("Rooms")) rooms = one();
        else if (key == QLatin1String("Days")) m_in.days = number(v.value(0), 1);
        else if (key == QLatin1String("Periods_per_day")) {
            m_in.periodsPerDay = number(v.value(0), 1);
            if (m_in.periodsPerDay > 64)
                fail(tr("at most 64 periods per day are supported"));
        }
        else if (key == QLatin1String("Curricula")) curricula = one();
        else if (key == QLatin1String("Constraints") || key == QLatin1String("UnavailabilityConstraints")) unavail = one();
        else if (key == QLatin1String("RoomConstraints")) roomConstraints = one();
        else if (key == QLatin1String("Min_Max_Daily_Lectures")) {
            if (v.size() != 2)
                fail(tr("Min_Max_Daily_Lectures needs two numbers"));
            m_in.minDailyLectures = number(v[0]);
            m_in.maxDailyLectures = number(v[1]);
        } else
            fail(tr("unknown header \"%1\"").arg(key));
    }

    void course(const QStringList &f)
    {
        if (f.size() != 5 && f.size() != 6)
            fail(tr("a course line needs: name teacher lectures min_working_days students [double_lectures]"));
        if (m_courseIndex.contains(f[0]))
            fail(tr("course \"%1\" listed twice").arg(f[0]));
        Course c;
        c.name = f[0];
        int t = m_teacherIndex.value(f[1], -1);
        if (t < 0) {
            t = int(m_in.teachers.size());
            m_in.teachers.push_back(f[1]);
            m_teacherIndex.insert(f[1], t);
        }
        c.teachers = {t};
        c.lectures = number(f[2]);
        if (c.lectures > m_in.periods())
            fail(tr("course \"%1\" has more lectures than periods").arg(f[0]));
        c.minWorkingDays = number(f[3]);
        c.students = number(f[4]);
        if (f.size() == 6)
            c.doubleLectures = number(f[5]) != 0;
        m_courseIndex.insert(c.name, int(m_in.courses.size()));
        m_in.courses.push_back(c);
        m_in.unavailable.emplace_back(std::size_t(m_in.periods()), false);
    }

    void room(const QStringList &f)
    {
        if (f.size() != 2 && f.size() != 3)
            fail(tr("a room line needs: name capacity [site]"));
        if (m_roomIndex.contains(f[0]))
            fail(tr("room \"%1\" listed twice").arg(f[0]));
        Room r{f[0], number(f[1]), f.size() == 3 ? number(f[2]) : 0};
        m_roomIndex.insert(r.name, int(m_in.rooms.size()));
        m_in.rooms.push_back(r);
    }

    int courseOf(const QString &name) const
    {
        const int c = m_courseIndex.value(name, -1);
        if (c < 0)
            fail(tr("unknown course \"%1\"").arg(name));
        return c;
    }

    void curriculum(const QStringList &f)
    {
        if (f.size() < 2)
            fail(tr("a curriculum line needs: name count course..."));
        const int n = number(f[1]);
        if (f.size() != n + 2)
            fail(tr("curriculum \"%1\" declares %2 courses but lists %3").arg(f[0]).arg(n).arg(f.size() - 2));
        Curriculum q;
        q.name = f[0];
        for (int i = 2; i < f.size(); ++i) {
            const int c = courseOf(f[i]);
            if (std::find(q.courses.begin(), q.courses.end(), c) == q.courses.end())
                q.courses.push_back(c);
        }
        m_in.curricula.push_back(q);
    }

    void unavailability(const QStringList &f)
    {
        if (f.size() != 3)
            fail(tr("an unavailability line needs: course day period"));
        const int c = courseOf(f[0]);
        const int d = number(f[1]);
        const int p = number(f[2]);
        if (d >= m_in.days || p >= m_in.periodsPerDay)
            fail(tr("day %1 period %2 is outside the %3x%4 week").arg(d).arg(p).arg(m_in.days).arg(m_in.periodsPerDay));
        m_in.unavailable[c][d * m_in.periodsPerDay + p] = true;
    }

    void roomConstraint(const QStringList &f)
    {
        if (f.size() != 2)
            fail(tr("a room constraint line needs: course room"));
        const int c = courseOf(f[0]);
        const int r = m_roomIndex.value(f[1], -1);
        if (r < 0)
            fail(tr("unknown room \"%1\"").arg(f[1]));
        m_in.roomConstraints.emplace_back(c, r);
    }

    QString m_file;
    QStringList m_lines;
    int m_line = 0;
    Instance m_in;
    QHash<QString, int> m_courseIndex, m_roomIndex, m_teacherIndex;
};

} // namespace

Instance parseEctt(const QString &text, const QString &fileName)
{
    return Parser(text, fileName).run();
}

Instance readEcttFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return parseEctt(QString::fromUtf8(file.readAll()), path);
}

} // namespace metodist::timetabling
