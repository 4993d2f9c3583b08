#include "monitoringpage.h"

#include "dashboardview.h"
#include "figuredialog.h"
#include "reportspanel.h"
#include "storage/errors.h"
#include "storage/sql.h"
#include "targetseditor.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace metodist::ui {

using namespace monitoring;

namespace {
enum LevelChoice { RegionLevel, MunicipalityLevel, OrganisationLevel };
} // namespace

MonitoringPage::MonitoringPage(AppContext &context, QWidget *parent)
    : SectionPage(context, parent), m_fromYear(new QSpinBox(this)), m_toYear(new QSpinBox(this)), m_level(new QComboBox(this)),
      m_municipality(new QComboBox(this)), m_organisation(new QComboBox(this)), m_busy(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_tabs(new QTabWidget(this)), m_dashboard(new DashboardView(this)),
      m_targets(new TargetsEditor(this)), m_reports(new ReportsPanel(context.db(), this))
{
    const int year = QDate::currentDate().year();
    for (auto *spin : {m_fromYear, m_toYear})
        spin->setRange(2000, 2100);
    m_fromYear->setValue(year - 3);
    m_toYear->setValue(year);
    m_level->addItem(tr("Region"), RegionLevel);
    m_level->addItem(tr("Municipality"), MunicipalityLevel);
    m_level->addItem(tr("Organisation"), OrganisationLevel);
    m_municipality->setMinimumContentsLength(18);
    m_organisation->setMinimumContentsLength(24);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_busy->setText(tr("Computing..."));

    auto *bar = new QHBoxLayout;
    const auto label = [this, bar](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        bar->addWidget(l);
        bar->addWidget(buddy);
    };
    label(tr("&Years"), m_fromYear);
    label(tr("to"), m_toYear);
    label(tr("&Level"), m_level);
    label(tr("&Municipality"), m_municipality);
    label(tr("&Organisation"), m_organisation);
    bar->setStretchFactor(m_organisation, 1);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setToolTip(tr("Recompute every chart (F5)"));
    bar->addWidget(refreshButton);
    bar->addWidget(m_progress);
    bar->addWidget(m_busy);

    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_targets, tr("&Targets"));
    m_tabs->addTab(m_reports, tr("&Reports"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    for (auto *spin : {m_fromYear, m_toYear})
        connect(spin, &QSpinBox::valueChanged, this, &MonitoringPage::filterChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_municipality->setEnabled(m_level->currentData().toInt() != RegionLevel);
        m_organisation->setEnabled(m_level->currentData().toInt() == OrganisationLevel);
        filterChanged();
    });
    connect(m_municipality, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingUp)
            return;
        loadOrganisations();
        filterChanged();
    });
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &MonitoringPage::filterChanged);
    connect(refreshButton, &QPushButton::clicked, this, &MonitoringPage::refresh);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &MonitoringPage::refresh);

    connect(m_dashboard, &DashboardView::indicatorChanged, this, [this] { start(false); });
    connect(m_dashboard, &DashboardView::indicatorRequested, this, &MonitoringPage::openIndicator);
    connect(m_dashboard, &DashboardView::unitRequested, this, &MonitoringPage::openUnit);
    connect(m_dashboard, &DashboardView::deficitRequested, this, &MonitoringPage::openDeficit);
    connect(m_targets, &TargetsEditor::saved, this, [this] {
        this->context().announceDataChanged(QStringLiteral("indicator_target"));
        this->context().showStatus(tr("Targets saved"));
        refresh();
    });
    // Other sections' edits: recompute when the page is seen, not on every journal mark.
    connect(&context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (!m_loaded || table == QLatin1String("indicator_target"))
            return;
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    m_municipality->setEnabled(false);
    m_organisation->setEnabled(false);
    m_progress->hide();
    m_busy->hide();
}

MonitoringPage::~MonitoringPage()
{
    if (m_job) {
        m_stop->store(true);
        m_job->waitForFinished();
    }
}

void MonitoringPage::activate()
{
    if (m_loaded) {
        if (m_stale)
            refresh();
        return;
    }
    m_loaded = true;
    try {
        loadMunicipalities();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Monitoring"), e.message());
    }
    refresh();
}

void MonitoringPage::loadMunicipalities()
{
    m_settingUp = true;
    m_municipality->clear();
    auto q = sql::exec(context().db().db(), QStringLiteral("SELECT id, name FROM municipality WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        m_municipality->addItem(q.value(1).toString(), q.value(0).toString());
    m_settingUp = false;
    loadOrganisations();
}

void MonitoringPage::loadOrganisations()
{
    const bool was = m_settingUp;
    m_settingUp = true;
    m_organisation->clear();
    auto q = sql::exec(context().db().db(),
                       QStringLiteral("SELECT id, COALESCE(NULLIF(short_name, ''), name) AS n FROM organisation "
                                      "WHERE deleted = 0 AND municipality_id = ? AND kind <> 'partner' ORDER BY n"),
                       {m_municipality->currentData().toString()});
    while (q.next())
        m_organisation->addItem(q.value(1).toString(), q.value(0).toString());
    m_settingUp = was;
}

DashboardFilter MonitoringPage::filter() const
{
    DashboardFilter f;
    f.fromYear = std::min(m_fromYear->value(), m_toYear->value());
    f.toYear = std::max(m_fromYear->value(), m_toYear->value());
    const int level = m_level->currentData().toInt();
    if (level != RegionLevel)
        f.municipalityId = m_municipality->currentData().toString();
    if (level == OrganisationLevel)
        f.organisationId = m_organisation->currentData().toString();
    return f;
}

void MonitoringPage::setFilter(int fromYear, int toYear, const QString &municipalityId, const QString &organisationId)
{
    if (!m_loaded) {
        m_loaded = true;
        loadMunicipalities();
    }
    m_settingUp = true;
    m_fromYear->setValue(fromYear);
    m_toYear->setValue(toYear);
    if (!organisationId.isEmpty() && municipalityId.isEmpty()) {
        const QString muni = sql::scalar(context().db().db(), QStringLiteral("SELECT municipality_id FROM organisation WHERE id = ?"),
                                         {organisationId}).toString();
        m_municipality->setCurrentIndex(m_municipality->findData(muni));
    } else if (!municipalityId.isEmpty()) {
        m_municipality->setCurrentIndex(m_municipality->findData(municipalityId));
    }
    loadOrganisations();
    if (!organisationId.isEmpty())
        m_organisation->setCurrentIndex(m_organisation->findData(organisationId));
    m_level->setCurrentIndex(m_level->findData(!organisationId.isEmpty()   ? OrganisationLevel
                                               : !municipalityId.isEmpty() ? MunicipalityLevel
                                                                           : RegionLevel));
    m_settingUp = false;
    refresh();
}

void MonitoringPage::filterChanged()
{
    if (!m_settingUp && m_loaded)
        refresh();
}

QString MonitoringPage::levelName() const
{
    const DashboardFilter f = filter();
    if (!f.organisationId.isEmpty())
        return m_organisation->currentText();
    if (!f.municipalityId.isEmpty())
        return m_municipality->currentText();
    return tr("The region");
}

void MonitoringPage::refresh()
{
    m_loaded = true;
    m_stale = false;
    reloadTargets();
    const DashboardFilter f = filter();
    m_reports->setRequest(f.toYear, f.municipalityId, f.municipalityId.isEmpty() ? tr("The region") : m_municipality->currentText());
    start(true);
}

void MonitoringPage::reloadTargets()
{
    if (m_targets->isModified())
        return; // the user's unsaved edits stay until saved or reverted
    const DashboardFilter f = filter();
    try {
        m_targets->load(context().db(), f.level(), f.levelId(), levelName(), f.fromYear, f.toYear + 1);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Monitoring"), e.message());
    }
}

void MonitoringPage::start(bool full)
{
    if (m_job) {
        // One worker at a time: stop the running one; the newest request runs after it.
        m_stop->store(true);
        m_pending = true;
        m_pendingFull = m_pendingFull || full;
        return;
    }
    if (!full && m_snapshot.current.isEmpty())
        full = true;
    const quint64 generation = ++m_generation;
    const DashboardFilter f = full ? filter() : m_snapshot.filter;
    const int selected = std::max(0, m_dashboard->selectedIndicator());
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stop = stop;
    QPointer<MonitoringPage> self(this);
    const Database *db = &context().db();
    m_job = new QFutureWatcher<Result>(this);
    connect(m_job, &QFutureWatcher<Result>::finished, this, [this] {
        const Result result = m_job->result();
        m_job->deleteLater();
        m_job = nullptr;
        m_progress->hide();
        m_busy->hide();
        if (m_pending) {
            const bool pendingFull = m_pendingFull;
            m_pending = m_pendingFull = false;
            start(pendingFull || result.full);
            return;
        }
        apply(result);
    });
    m_progress->setValue(0);
    m_progress->show();
    m_busy->show();
    m_job->setFuture(QtConcurrent::run([db, f, full, selected, generation, stop, self]() -> Result {
        Result r;
        r.generation = generation;
        r.full = full;
        const auto report = [stop, self](int percent) {
            QMetaObject::invokeMethod(self, [self, percent] {
                if (self)
                    self->m_progress->setValue(percent);
            }, Qt::QueuedConnection);
            return !stop->load();
        };
        try {
            const auto own = db->openAnother();
            if (full)
                r.snapshot = DashboardData::snapshot(*own, f, [&](int p) { return report(p * 8 / 10); });
            const auto &defs = Indicators::definitions();
            if (selected < defs.size())
                r.units = DashboardData::comparison(*own, defs[selected], f, [&](int p) { return report(80 + p / 5); });
        } catch (const Cancelled &) {
            r.cancelled = true;
        } catch (const Error &e) {
            r.error = e.message();
        }
        return r;
    }));
}

void MonitoringPage::apply(const Result &result)
{
    if (result.generation != m_generation || result.cancelled)
        return;
    if (!result.error.isEmpty()) {
        context().showStatus(result.error);
        QMessageBox::warning(this, tr("Monitoring"), result.error);
        return;
    }
    if (result.full) {
        m_snapshot = result.snapshot;
        const QSignalBlocker blocker(m_dashboard); // a new table must not start a comparison job
        m_dashboard->showSnapshot(m_snapshot);
    }
    m_dashboard->showComparison(result.units);
    Q_EMIT computed();
}

bool MonitoringPage::waitUntilIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while ((m_job || m_pending) && timer.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    QApplication::processEvents();
    return !m_job;
}

void MonitoringPage::showFigure(const QString &title, const QString &subtitle, const QList<FigureRow> &rows)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new FigureDialog(title, subtitle, rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FigureDialog::openPersonRequested, this, [this](const QString &id) {
        // Only people have cards; organisations and programmes do not open.
        if (sql::scalar(context().db().db(), QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {id}).isValid())
            context().requestOpenPerson(id);
    });
    m_dialog = dialog;
    dialog->show();
}

void MonitoringPage::openIndicator(int index, int year)
{
    const auto &defs = Indicators::definitions();
    if (index < 0 || index >= defs.size() || m_snapshot.filter.toYear == 0)
        return;
    const int y = year > 0 ? year : m_snapshot.filter.toYear;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto rows = DashboardData::figureRows(context().db(), defs[index], m_snapshot.filter.scopeFor(y));
        QApplication::restoreOverrideCursor();
        showFigure(defs[index].title, tr("%1, %2").arg(levelName()).arg(y), rows);
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Monitoring"), e.message());
    }
}

void MonitoringPage::openUnit(int index, const QString &unitId, const QString &unitName)
{
    const auto &defs = Indicators::definitions();
    if (index < 0 || index >= defs.size())
        return;
    const DashboardFilter &f = m_snapshot.filter;
    const bool orgs = !f.municipalityId.isEmpty() || !f.organisationId.isEmpty();
    const Scope scope{QDate(f.toYear, 1, 1), QDate(f.toYear, 12, 31), orgs ? Level::Organisation : Level::Municipality, unitId};
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto rows = DashboardData::figureRows(context().db(), defs[index], scope);
        QApplication::restoreOverrideCursor();
        showFigure(defs[index].title, tr("%1, %2").arg(unitName).arg(f.toYear), rows);
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Monitoring"), e.message());
    }
}

void MonitoringPage::openDeficit(const QString &areaId, const QString &areaName, int level)
{
    const QString what = level == 2 ? tr("pronounced deficit") : level == 1 ? tr("partial deficit") : tr("no deficit");
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto rows = DashboardData::deficitRows(context().db(), areaId, level, m_snapshot.filter.scope());
        QApplication::restoreOverrideCursor();
        showFigure(tr("%1: %2").arg(areaName, what), tr("%1, %2; counted: the worst level in the area on the latest diagnostic")
                                                        .arg(levelName()).arg(m_snapshot.filter.toYear), rows);
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Monitoring"), e.message());
    }
}

} // namespace metodist::ui
