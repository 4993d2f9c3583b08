#pragma once
// "Auto-schedule…": choose groups and a period (and the equipment each group's sessions
// need: the room must have it; kept per group id in QSettings), run the automatic scheduler in a worker
// thread (own connection) with a progress bar, the best cost so far and Stop; then
// review the proposal as a table and a week grid. Accept writes every session in one
// transaction (with outbox rows); Cancel writes nothing.
#include "groups/autoscheduler.h"

#include <QDialog>

#include <atomic>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace metodist::ui {

class AppContext;
class EquipmentNeedsDelegate;
class WeekGrid;

class AutoScheduleDialog : public QDialog {
    Q_OBJECT
public:
    AutoScheduleDialog(AppContext &context, const QDate &from, const QDate &to, QWidget *parent = nullptr);
    ~AutoScheduleDialog() override;

    // Lists the groups of the period; those lacking hours are ticked.
    void refreshGroups();
    void setChecked(const QStringList &groupIds); // ticks exactly these
    // The equipment names a group's sessions need (the "Needs equipment" column); saved.
    void setEquipmentNeeds(const QString &groupId, const QStringList &names);
    QStringList equipmentNeeds(const QString &groupId) const;
    // The names offered in that column: the equipment in the profile's rooms.
    QStringList equipmentChoices() const;
    void setTimeLimit(int seconds);
    void start();
    void stop();
    bool running() const { return m_thread != nullptr; }
    const AutoScheduleResult &proposal() const { return m_result; }
    // Writes the proposal and closes (Accept); returns the ids written.
    QStringList acceptProposal();

Q_SIGNALS:
    void runFinished(); // the run ended and the proposal is shown

private:
    void onProgress(const AutoScheduleProgress &p);
    void onFinished(const AutoScheduleResult &result, const QString &error);
    void showProposalWeek();
    QStringList checkedGroups() const;
    int rowOf(const QString &groupId) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    AppContext &m_context;
    std::atomic<bool> m_stop{false};
    QThread *m_thread = nullptr;
    AutoScheduleResult m_result;
    QDate m_weekMonday;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_limit = nullptr;
    QTableWidget *m_groups = nullptr; // column 0: the group (ticked to schedule), 1: its equipment needs
    EquipmentNeedsDelegate *m_needs = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_best = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    WeekGrid *m_week = nullptr;
    QLabel *m_weekLabel = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace metodist::ui
