#include "deficitprofilewidget.h"

#include "diagnostics/diagnosticservice.h"
#include "storage/errors.h"

#include <QBarCategoryAxis>
#include <QStackedBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace metodist::ui {

static QString levelName(int level)
{
    switch (level) {
    case 0: return DeficitProfileWidget::tr("none");
    case 1: return DeficitProfileWidget::tr("partial");
    case 2: return DeficitProfileWidget::tr("pronounced");
    default: return QStringLiteral("—");
    }
}

DeficitProfileWidget::DeficitProfileWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_chart(new QChartView(this)), m_history(new QTableWidget(0, 5, this)),
      m_before(new QComboBox(this)), m_after(new QComboBox(this)), m_comparison(new QTableWidget(0, 4, this)),
      m_empty(new QLabel(tr("No diagnostics yet."), this))
{
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Instrument"), tr("Source"), tr("Pronounced"), tr("Partial")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_comparison->setHorizontalHeaderLabels({tr("Competence"), tr("Before"), tr("After"), tr("Change")});
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Before:"), this));
    compareRow->addWidget(m_before, 1);
    compareRow->addWidget(new QLabel(tr("After:"), this));
    compareRow->addWidget(m_after, 1);
    auto *comparePage = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(comparePage);
    compareLayout->addLayout(compareRow);
    compareLayout->addWidget(m_comparison);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_history, tr("History"));
    tabs->addTab(comparePage, tr("Before / after"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_chart, 3);
    layout->addWidget(tabs, 2);
    connect(m_before, &QComboBox::currentIndexChanged, this, &DeficitProfileWidget::compare);
    connect(m_after, &QComboBox::currentIndexChanged, this, &DeficitProfileWidget::compare);
    connect(&m_context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (!m_personId.isEmpty() && (table.isEmpty() || table.startsWith(QLatin1String("diagnostic"))))
            reload();
    });
}

void DeficitProfileWidget::setPerson(const QString &personId)
{
    m_personId = personId;
    reload();
}

void DeficitProfileWidget::reload()
{
    DiagnosticService service(m_context.db());
    const QList<CompetenceLevel> profile = m_personId.isEmpty() ? QList<CompetenceLevel>() : service.currentProfile(m_personId);
    const QList<DiagnosticSummary> history = m_personId.isEmpty() ? QList<DiagnosticSummary>() : service.history(m_personId);

    // Chart: the share reached per competence, coloured by level through three series.
    auto *chart = new QChart;
    chart->setTitle(tr("Deficit profile (latest result per competence)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QBarSet *sets[3] = {new QBarSet(tr("No deficit")), new QBarSet(tr("Partial deficit")), new QBarSet(tr("Pronounced deficit"))};
    sets[0]->setColor(QColor(0x4C, 0xAF, 0x50));
    sets[1]->setColor(QColor(0xFF, 0xB3, 0x00));
    sets[2]->setColor(QColor(0xE5, 0x39, 0x35));
    QStringList categories;
    for (const CompetenceLevel &l : profile) {
        categories << l.code;
        const double percent = l.max > 0 ? 100.0 * l.score / l.max : 0;
        for (int level = 0; level < 3; ++level)
            sets[level]->append(level == l.level ? percent : 0);
    }
    // Stacked: only the set of the competence's level is non-zero, so each bar sits centred.
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    for (QBarSet *set : sets)
        series->append(set);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsAngle(-90);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_bars = int(profile.size());
    m_empty->setVisible(history.isEmpty());

    m_history->setRowCount(int(history.size()));
    const QSignalBlocker b1(m_before), b2(m_after);
    m_before->clear();
    m_after->clear();
    for (int r = 0; r < history.size(); ++r) {
        const DiagnosticSummary &d = history.at(r);
        const QString date = d.takenOn.toString(QStringLiteral("dd.MM.yyyy"));
        auto *first = new QTableWidgetItem(date);
        first->setData(Qt::UserRole, d.id);
        m_history->setItem(r, 0, first);
        m_history->setItem(r, 1, new QTableWidgetItem(d.instrumentName));
        const QString source = d.source == QLatin1String("import") ? tr("import")
                               : d.source == QLatin1String("questionnaire") ? tr("questionnaire") : tr("by hand");
        m_history->setItem(r, 2, new QTableWidgetItem(source));
        m_history->setItem(r, 3, new QTableWidgetItem(QString::number(d.pronounced)));
        m_history->setItem(r, 4, new QTableWidgetItem(QString::number(d.partial)));
        const QString label = QStringLiteral("%1 — %2").arg(date, d.instrumentName);
        m_before->addItem(label, d.id);
        m_after->addItem(label, d.id);
    }
    m_history->resizeColumnsToContents();
    // Default comparison: the oldest against the newest.
    m_before->setCurrentIndex(int(history.size()) - 1);
    m_after->setCurrentIndex(history.isEmpty() ? -1 : 0);
    compare();
}

void DeficitProfileWidget::compare()
{
    m_comparison->setRowCount(0);
    const QString before = m_before->currentData().toString(), after = m_after->currentData().toString();
    if (before.isEmpty() || after.isEmpty())
        return;
    const QList<LevelChange> changes = DiagnosticService(m_context.db()).compare(before, after);
    m_comparison->setRowCount(int(changes.size()));
    for (int r = 0; r < changes.size(); ++r) {
        const LevelChange &c = changes.at(r);
        m_comparison->setItem(r, 0, new QTableWidgetItem(QStringLiteral("%1 %2").arg(c.code, c.name)));
        m_comparison->setItem(r, 1, new QTableWidgetItem(levelName(c.before)));
        m_comparison->setItem(r, 2, new QTableWidgetItem(levelName(c.after)));
        QString change;
        if (c.before >= 0 && c.after >= 0)
            change = c.after < c.before ? tr("better") : c.after > c.before ? tr("worse") : tr("same");
        auto *item = new QTableWidgetItem(change);
        if (c.before >= 0 && c.after >= 0 && c.after != c.before)
            item->setForeground(c.after < c.before ? QColor(0x2E, 0x7D, 0x32) : QColor(0xC6, 0x28, 0x28));
        m_comparison->setItem(r, 3, item);
    }
}

} // namespace metodist::ui
