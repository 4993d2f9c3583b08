#pragma once
// The groups section: groups of a period (filtered by programme), a group's timetable,
// the week of a group, an instructor or a learner (drag a session to move it, with the
// conflicts shown before the drop), the conflicts of the period, and the load of every
// workshop as a heat grid of rooms by days and as a chart of hours per week, and the
// common timetable of the period; "Auto-schedule…" places the sessions groups still lack.
// Timetables export to PDF, XLSX and .ics.
#include "groups/groupservice.h"
#include "io/texttable.h"
#include "shell/sectionpage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace metodist::ui {

class WeekGrid;
class RoomLoadChart;
class AutoScheduleDialog;

class GroupsPage : public SectionPage {
    Q_OBJECT
public:
    enum class WeekOf { Group, Instructor, Learner };

    explicit GroupsPage(AppContext &context, QWidget *parent = nullptr);
    void activate() override;

    void setPeriod(const QDate &from, const QDate &to);
    void refreshGroups();
    void selectGroup(const QString &groupId);
    void showWeek(WeekOf of, const QString &id, const QDate &anyDay);
    void refreshConflicts();
    void refreshLoad();
    void refreshCommon(); // every session of the period
    // Moves a session; with conflicts it asks unless force is set. Returns whether it moved.
    bool moveSession(const QString &sessionId, const QDateTime &start, const QDateTime &end, bool force = false);
    void openMoveDialog(const QString &sessionId);
    // The automatic scheduler for the period on screen (modal unless the caller shows it).
    AutoScheduleDialog *createAutoScheduleDialog();
    RoomLoadChart *loadChart() const { return m_loadChart; }

    // The timetable on screen (group, or the week's subject) and its exports; they throw metodist::Error.
    TextTable timetableTable() const;
    void exportPdf(const QString &path) const;
    void exportXlsx(const QString &path) const;
    void exportIcs(const QString &path) const;

    QString currentGroupId() const { return m_groupId; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void buildUi();
    void refreshGroupTimetable();
    void refreshWeek();
    void fillWeekSubjects();
    TimetableFilter currentFilter() const;
    void guarded(const std::function<void()> &action);
    void askExport(const QString &filter, const std::function<void(const QString &)> &write);

    GroupService m_service;
    QString m_groupId;
    WeekOf m_weekOf = WeekOf::Group;
    QString m_weekSubject;
    QDate m_weekMonday;
    bool m_loaded = false;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_programme = nullptr;
    QTableWidget *m_groups = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_timetable = nullptr;
    QComboBox *m_weekMode = nullptr;
    QComboBox *m_weekWho = nullptr;
    QLabel *m_weekLabel = nullptr;
    WeekGrid *m_week = nullptr;
    QLabel *m_dragInfo = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QTableWidget *m_load = nullptr;
    QLabel *m_loadSummary = nullptr;
    QTableWidget *m_common = nullptr;
    RoomLoadChart *m_loadChart = nullptr;
};

} // namespace metodist::ui
