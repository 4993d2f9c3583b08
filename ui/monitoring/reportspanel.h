#pragma once
// The reports tab: choose a report, build it off the UI thread with progress and
// cancel, then preview, print, or save it as PDF or XLSX. The year and municipality
// come from the monitoring filter.
#include "monitoring/monitoringreport.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace metodist::ui {

class ReportsPanel : public QWidget {
    Q_OBJECT
public:
    enum class Action { Preview, Pdf, Xlsx, None };
    explicit ReportsPanel(const Database &db, QWidget *parent = nullptr);
    ~ReportsPanel() override;

    // What the filter says: the year and the municipality (empty: the region).
    void setRequest(int year, const QString &municipalityId, const QString &placeName);
    void setKind(monitoring::ReportKind kind);
    // Builds the chosen report in a worker thread, then does `action` (Pdf/Xlsx to `path`;
    // an empty path asks for one).
    void start(Action action, const QString &path = {});
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    const std::optional<monitoring::ReportDocument> &lastReport() const { return m_last; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void progressChanged(int percent);
    // ok: built and done; otherwise message says why (cancelled, an error).
    void finished(bool ok, const QString &message);

private:
    struct Outcome {
        std::optional<monitoring::ReportDocument> report;
        QString error;
        bool cancelled = false;
    };
    void done(Action action, const QString &path, const Outcome &outcome);
    void setRunning(bool running);

    const Database &m_db;
    monitoring::ReportRequest m_request;
    QString m_place;
    QComboBox *m_kind;
    QLabel *m_about;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_xlsx;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::optional<monitoring::ReportDocument> m_last;
};

} // namespace metodist::ui
