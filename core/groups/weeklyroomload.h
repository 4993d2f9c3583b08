#pragma once
// The load of rooms over a period week by week, for the workshop load chart: hours of
// sessions (as stored, academic hours) per room and week, and who is there (groups
// with their instructors). One indexed range query over the period's sessions.
#include "storage/database.h"

#include <QDate>
#include <QStringList>

namespace metodist {

struct RoomWeekSeries {
    QString roomId;
    QString roomName; // "room · site"
    QList<double> hours;     // per week of WeeklyRoomLoad::weeks
    QList<QStringList> who;  // per week: "group (instructors)" lines, sorted
    double total() const;
};

struct WeeklyRoomLoad {
    QList<QDate> weeks; // Mondays, from the week of `from` to the week of `to`
    QList<RoomWeekSeries> rooms; // rooms with at least one session in the period, by name

    // Rooms of a kind (empty = every kind) booked in [from, to].
    static WeeklyRoomLoad compute(const Database &db, const QDate &from, const QDate &to, const QString &roomKind = QStringLiteral("workshop"));
};

} // namespace metodist
