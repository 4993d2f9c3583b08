#include "reportspanel.h"

#include "common/reportprinter.h"
#include "reportrenderer.h"
#include "storage/errors.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace metodist::ui {

using namespace monitoring;

ReportsPanel::ReportsPanel(const Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_kind(new QComboBox(this)), m_about(new QLabel(this)),
      m_preview(new QPushButton(tr("Print pre&view..."), this)), m_pdf(new QPushButton(tr("Save as &PDF..."), this)),
      m_xlsx(new QPushButton(tr("Save as &XLSX..."), this)), m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    for (ReportKind kind : {ReportKind::Ministry, ReportKind::Municipality, ReportKind::Deficits})
        m_kind->addItem(MonitoringReport::kindTitle(kind), int(kind));
    m_about->setWordWrap(true);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    auto *form = new QFormLayout;
    form->addRow(tr("&Report"), m_kind);
    form->addRow(tr("For"), m_about);
    auto *buttons = new QHBoxLayout;
    for (auto *b : {m_preview, m_pdf, m_xlsx})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *run = new QHBoxLayout;
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addLayout(run);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_preview, &QPushButton::clicked, this, [this] { start(Action::Preview); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { start(Action::Pdf); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { start(Action::Xlsx); });
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPanel::cancel);
    setRunning(false);
}

ReportsPanel::~ReportsPanel()
{
    if (m_watcher) {
        m_stop->store(true);
        m_watcher->waitForFinished();
    }
}

void ReportsPanel::setRequest(int year, const QString &municipalityId, const QString &placeName)
{
    m_request.year = year;
    m_request.municipalityId = municipalityId;
    m_place = placeName;
    m_about->setText(tr("%1, %2").arg(placeName).arg(year));
}

void ReportsPanel::setKind(ReportKind kind) { m_kind->setCurrentIndex(m_kind->findData(int(kind))); }

void ReportsPanel::start(Action action, const QString &givenPath)
{
    if (isRunning())
        return;
    QString path = givenPath;
    if (path.isEmpty() && (action == Action::Pdf || action == Action::Xlsx)) {
        const bool pdf = action == Action::Pdf;
        path = QFileDialog::getSaveFileName(this, pdf ? tr("Save the report as PDF") : tr("Save the report as XLSX"),
                                            pdf ? tr("monitoring-report.pdf") : tr("monitoring-report.xlsx"),
                                            pdf ? tr("PDF (*.pdf)") : tr("Excel (*.xlsx)"));
        if (path.isEmpty())
            return;
    }
    ReportRequest request = m_request;
    request.kind = ReportKind(m_kind->currentData().toInt());
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stop = stop;
    QPointer<ReportsPanel> self(this);
    const Database *db = &m_db;
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this, action, path] {
        const Outcome outcome = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        setRunning(false);
        done(action, path, outcome);
    });
    setRunning(true);
    m_status->setText(tr("Building: %1").arg(m_kind->currentText()));
    m_watcher->setFuture(QtConcurrent::run([db, request, stop, self]() -> Outcome {
        Outcome outcome;
        try {
            const auto own = db->openAnother();
            outcome.report = MonitoringReport::build(*own, request, [stop, self](int percent) {
                QMetaObject::invokeMethod(self, [self, percent] {
                    if (self) {
                        self->m_progress->setValue(percent);
                        Q_EMIT self->progressChanged(percent);
                    }
                }, Qt::QueuedConnection);
                return !stop->load();
            });
        } catch (const Cancelled &) {
            outcome.cancelled = true;
        } catch (const Error &e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

void ReportsPanel::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

void ReportsPanel::done(Action action, const QString &path, const Outcome &outcome)
{
    if (outcome.cancelled) {
        m_status->setText(tr("Cancelled"));
        m_progress->setValue(0);
        Q_EMIT finished(false, tr("Cancelled"));
        return;
    }
    if (!outcome.report) {
        m_status->setText(outcome.error);
        Q_EMIT finished(false, outcome.error);
        return;
    }
    m_last = outcome.report;
    try {
        switch (action) {
        case Action::Preview: {
            const auto doc = ReportRenderer::document(*m_last);
            ReportPrinter::preview(this, m_last->title, *doc, m_last->landscape);
            break;
        }
        case Action::Pdf: ReportRenderer::savePdf(*m_last, path); break;
        case Action::Xlsx: ReportRenderer::saveXlsx(*m_last, path); break;
        case Action::None: break;
        }
    } catch (const Error &e) {
        m_status->setText(e.message());
        Q_EMIT finished(false, e.message());
        return;
    }
    m_status->setText(path.isEmpty() ? tr("Ready: %1").arg(m_last->title) : tr("Saved %1").arg(path));
    Q_EMIT finished(true, path);
}

void ReportsPanel::setRunning(bool running)
{
    for (auto *b : {m_preview, m_pdf, m_xlsx})
        b->setEnabled(!running);
    m_kind->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running)
        m_progress->setValue(0);
}

} // namespace metodist::ui
