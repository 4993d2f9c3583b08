#include "groups/weeklyroomload.h"

#include "storage/sql.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <numeric>

namespace metodist {

double RoomWeekSeries::total() const
{
    return std::accumulate(hours.cbegin(), hours.cend(), 0.0);
}

WeeklyRoomLoad WeeklyRoomLoad::compute(const Database &db, const QDate &from, const QDate &to, const QString &roomKind)
{
    WeeklyRoomLoad load;
    const QDate first = from.addDays(1 - from.dayOfWeek());
    for (QDate w = first; w <= to; w = w.addDays(7))
        load.weeks << w;
    // Each session once with its instructors' names joined.
    auto q = sql::exec(db.db(),
                       QStringLiteral("SELECT s.room_id, r.name || ' · ' || si.name, substr(s.starts_at, 1, 10), s.hours, g.code, "
                                      "(SELECT GROUP_CONCAT(i.full_name, ', ') FROM session_instructor x JOIN instructor i ON i.id = x.instructor_id "
                                      " WHERE x.session_id = s.id AND x.deleted = 0) "
                                      "FROM session s JOIN room r ON r.id = s.room_id JOIN site si ON si.id = r.site_id "
                                      "JOIN study_group g ON g.id = s.group_id "
                                      "WHERE s.deleted = 0 AND s.starts_at >= ? AND s.starts_at < ? AND (? = '' OR r.kind = ?) "
                                      "ORDER BY r.name, si.name, s.room_id"),
                       {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate), roomKind, roomKind});
    QHash<QString, qsizetype> index;
    QList<QList<QSet<QString>>> who;
    while (q.next()) {
        const QString room = q.value(0).toString();
        if (!index.contains(room)) {
            index.insert(room, load.rooms.size());
            RoomWeekSeries s;
            s.roomId = room;
            s.roomName = q.value(1).toString();
            s.hours = QList<double>(load.weeks.size(), 0.0);
            load.rooms << s;
            who << QList<QSet<QString>>(load.weeks.size());
        }
        const qsizetype r = index.value(room);
        const qsizetype w = first.daysTo(QDate::fromString(q.value(2).toString(), Qt::ISODate)) / 7;
        load.rooms[r].hours[w] += q.value(3).toDouble();
        const QString instructors = q.value(5).toString();
        who[r][w].insert(instructors.isEmpty() ? q.value(4).toString() : QStringLiteral("%1 (%2)").arg(q.value(4).toString(), instructors));
    }
    for (qsizetype r = 0; r < load.rooms.size(); ++r)
        for (const QSet<QString> &set : who.at(r)) {
            QStringList lines(set.cbegin(), set.cend());
            lines.sort();
            load.rooms[r].who << lines;
        }
    return load;
}

} // namespace metodist
