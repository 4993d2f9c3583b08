#pragma once
// The workshop load chart: hours booked per week in each room as stacked bars (one
// colour per room), for workshops or every room; hovering a bar names the groups and
// instructors in that room that week. Complements the heat grid of rooms by days.
#include "groups/weeklyroomload.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace metodist::ui {

class RoomLoadChart : public QWidget {
    Q_OBJECT
public:
    explicit RoomLoadChart(const Database &db, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    void refresh();

    const WeeklyRoomLoad &load() const { return m_load; }
    QChartView *view() const { return m_view; }
    // What the tooltip of a bar says (room index into load().rooms, week index).
    QString tooltip(int room, int week) const;

    static constexpr int kMaxRooms = 12; // more rooms than this are summed as "Other rooms"

private:
    const Database &m_db;
    QDate m_from, m_to;
    WeeklyRoomLoad m_load;
    QComboBox *m_kind = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace metodist::ui
