#pragma once
// The monitoring section: one filter bar (years, level, municipality, organisation)
// over three tabs — the dashboard (DOMAIN.md §7 indicators as a table and four
// charts, every figure opening to the people or programmes behind it), the targets
// per year, and the printed reports. Figures are computed in a worker thread with its
// own connection; the page stays responsive and drops results a newer filter outdated.
#include "monitoring/dashboarddata.h"
#include "monitoring/figuredialog.h"
#include "shell/sectionpage.h"

#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTabWidget;

namespace metodist::ui {

class DashboardView;
class ReportsPanel;
class TargetsEditor;

class MonitoringPage : public SectionPage {
    Q_OBJECT
public:
    explicit MonitoringPage(AppContext &context, QWidget *parent = nullptr);
    ~MonitoringPage() override;
    void activate() override;

    monitoring::DashboardFilter filter() const;
    // Sets the filter bar (ids must be in the lists; empty = the level above) and recomputes.
    void setFilter(int fromYear, int toYear, const QString &municipalityId = {}, const QString &organisationId = {});
    // Recomputes every chart for the filter in the background.
    void refresh();
    bool isBusy() const { return m_job != nullptr; }
    // For tests and screenshots: runs the event loop until the figures are in.
    bool waitUntilIdle(int timeoutMs = 60000);

    DashboardView *dashboard() const { return m_dashboard; }
    TargetsEditor *targets() const { return m_targets; }
    ReportsPanel *reports() const { return m_reports; }
    QTabWidget *tabs() const { return m_tabs; }
    const monitoring::DashboardSnapshot &snapshot() const { return m_snapshot; }
    // The last figure dialog opened (it closes itself; null once closed).
    FigureDialog *figureDialog() const { return m_dialog; }

    // Opens what stands behind an indicator (year 0: the filter's current year), behind
    // an indicator in a unit of the comparison, behind a segment of the deficit chart.
    void openIndicator(int index, int year = 0);
    void openUnit(int index, const QString &unitId, const QString &unitName);
    void openDeficit(const QString &areaId, const QString &areaName, int level);

Q_SIGNALS:
    // The figures for the current filter are shown.
    void computed();

private:
    struct Result {
        quint64 generation = 0;
        bool full = true;
        monitoring::DashboardSnapshot snapshot;
        QList<monitoring::UnitValue> units;
        QString error;
        bool cancelled = false;
    };
    void loadMunicipalities();
    void loadOrganisations();
    void filterChanged();
    void start(bool full);
    void apply(const Result &result);
    void reloadTargets();
    void showFigure(const QString &title, const QString &subtitle, const QList<monitoring::FigureRow> &rows);
    QString levelName() const;

    QSpinBox *m_fromYear;
    QSpinBox *m_toYear;
    QComboBox *m_level;
    QComboBox *m_municipality;
    QComboBox *m_organisation;
    QLabel *m_busy;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    DashboardView *m_dashboard;
    TargetsEditor *m_targets;
    ReportsPanel *m_reports;
    QPointer<FigureDialog> m_dialog;
    monitoring::DashboardSnapshot m_snapshot;
    QFutureWatcher<Result> *m_job = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    quint64 m_generation = 0;
    bool m_pending = false;     // a newer request waits for the running job to stop
    bool m_pendingFull = false;
    bool m_loaded = false;
    bool m_settingUp = false;
    bool m_stale = false; // data changed while the page was hidden
};

} // namespace metodist::ui
