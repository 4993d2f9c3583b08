#include "monitoringpage.h"

#include "common/reportprinter.h"
#include "io/tablewriter.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace metodist::ui {

using namespace monitoring;

namespace {
QString percent(double v) { return QString::number(v, 'f', 1); }
} // namespace

MonitoringPage::MonitoringPage(AppContext &context, QWidget *parent)
    : SectionPage(context, parent), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_level(new QComboBox(this)), m_table(new QTableWidget(0, 4, this)), m_chart(new QChartView(this))
{
    const int year = QDate::currentDate().year();
    for (auto *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    m_from->setDate(QDate(year, 1, 1));
    m_to->setDate(QDate(year, 12, 31));
    m_level->setMinimumContentsLength(30);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period from"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(new QLabel(tr("Level"), this));
    top->addWidget(m_level, 1);
    auto *compute = new QPushButton(tr("Compute"), this);
    auto *preview = new QPushButton(tr("Print preview..."), this);
    auto *pdf = new QPushButton(tr("PDF..."), this);
    auto *xlsx = new QPushButton(tr("XLSX..."), this);
    for (auto *b : {compute, preview, pdf, xlsx})
        top->addWidget(b);

    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Value, %"), tr("Numerator / denominator"), tr("Target, %")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Double-click an indicator to see who is counted"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(compute, &QPushButton::clicked, this, [this] { guarded([this] { refresh(); }); });
    connect(m_level, &QComboBox::activated, this, [this] { guarded([this] { refresh(); }); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { showDrillDown(row); });
    const auto html = [this] {
        return ReportPrinter::tableHtml(indicatorTable(), m_level->currentText() + QStringLiteral(", ")
                                                              + m_from->date().toString(QStringLiteral("dd.MM.yyyy"))
                                                              + QStringLiteral(" - ")
                                                              + m_to->date().toString(QStringLiteral("dd.MM.yyyy")));
    };
    connect(preview, &QPushButton::clicked, this, [this, html] {
        guarded([this, html] { ReportPrinter::preview(this, tr("Monitoring indicators"), html(), true); });
    });
    connect(pdf, &QPushButton::clicked, this, [this, html] {
        guarded([this, html] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), tr("indicators.pdf"), tr("PDF (*.pdf)"));
            if (!path.isEmpty())
                ReportPrinter::savePdf(path, html(), true);
        });
    });
    connect(xlsx, &QPushButton::clicked, this, [this] { guarded([this] { exportXlsx(); }); });
}

void MonitoringPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    guarded([this] {
        loadLevels();
        refresh();
    });
}

void MonitoringPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void MonitoringPage::loadLevels()
{
    m_level->clear();
    m_level->addItem(tr("Region"), QStringList{QStringLiteral("region"), QString()});
    auto q = sql::exec(context().db().db(), QStringLiteral("SELECT id, name FROM municipality WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        m_level->addItem(q.value(1).toString(), QStringList{QStringLiteral("municipality"), q.value(0).toString()});
    q = sql::exec(context().db().db(), QStringLiteral("SELECT id, COALESCE(NULLIF(short_name, ''), name) AS n FROM organisation "
                                                      "WHERE deleted = 0 ORDER BY n"));
    while (q.next())
        m_level->addItem(QStringLiteral("    ") + q.value(1).toString(), QStringList{QStringLiteral("organisation"), q.value(0).toString()});
}

Scope MonitoringPage::scope() const
{
    Scope s;
    s.from = m_from->date();
    s.to = m_to->date();
    const QStringList level = m_level->currentData().toStringList();
    if (level.size() == 2) {
        s.level = level[0] == QLatin1String("municipality") ? Level::Municipality
                  : level[0] == QLatin1String("organisation") ? Level::Organisation
                                                               : Level::Region;
        s.levelId = level[1];
    }
    return s;
}

void MonitoringPage::refresh()
{
    if (m_level->count() == 0)
        loadLevels();
    if (m_from->date() > m_to->date())
        throw Error(tr("The period starts after it ends"));
    m_values = Indicators::computeAll(context().db(), scope());
    m_table->setRowCount(int(m_values.size()));
    for (int row = 0; row < m_values.size(); ++row) {
        const IndicatorValue &v = m_values[row];
        auto *title = new QTableWidgetItem(v.title);
        title->setData(Qt::UserRole, v.code);
        auto *value = new QTableWidgetItem(percent(v.value));
        value->setData(Qt::UserRole, v.value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *counts = new QTableWidgetItem(QStringLiteral("%1 / %2").arg(v.numerator).arg(v.denominator));
        auto *target = new QTableWidgetItem(v.target ? percent(*v.target) : QString());
        target->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (v.target && v.value < *v.target)
            value->setForeground(Qt::darkRed);
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, value);
        m_table->setItem(row, 2, counts);
        m_table->setItem(row, 3, target);
    }
    fillChart();
}

void MonitoringPage::fillChart()
{
    auto *values = new QBarSet(tr("Value"));
    auto *targets = new QBarSet(tr("Target"));
    QStringList categories;
    for (int i = 0; i < m_values.size(); ++i) {
        *values << m_values[i].value;
        *targets << m_values[i].target.value_or(0.0);
        categories << QString::number(i + 1);
    }
    auto *series = new QBarSeries;
    series->append(values);
    series->append(targets);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

TextTable MonitoringPage::indicatorTable() const
{
    TextTable t;
    t.title = tr("Monitoring indicators");
    t.headers = {tr("No."), tr("Indicator"), tr("Value, %"), tr("Numerator"), tr("Denominator"), tr("Target, %")};
    for (int i = 0; i < m_values.size(); ++i) {
        const IndicatorValue &v = m_values[i];
        t.rows.append({QString::number(i + 1), v.title, percent(v.value), QString::number(v.numerator),
                       QString::number(v.denominator), v.target ? percent(*v.target) : QString()});
    }
    return t;
}

TextTable MonitoringPage::drillTable(int row) const
{
    TextTable t;
    if (row < 0 || row >= m_values.size())
        return t;
    const IndicatorDefinition *def = Indicators::find(m_values[row].code);
    if (!def)
        return t;
    t.title = def->title;
    t.headers = {tr("No."), tr("Name")};
    const auto rows = Indicators::drillDown(context().db(), *def, scope());
    for (int i = 0; i < rows.size(); ++i)
        t.rows.append({QString::number(i + 1), rows[i].label});
    return t;
}

void MonitoringPage::showDrillDown(int row)
{
    guarded([this, row] {
        const TextTable t = drillTable(row);
        QDialog dialog(this);
        dialog.setWindowTitle(t.title);
        auto *list = new QTableWidget(int(t.rows.size()), 2, &dialog);
        list->setHorizontalHeaderLabels(t.headers);
        list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (int i = 0; i < t.rows.size(); ++i)
            for (int c = 0; c < 2; ++c)
                list->setItem(i, c, new QTableWidgetItem(t.rows[i][c]));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(tr("%n row(s)", nullptr, int(t.rows.size())), &dialog));
        layout->addWidget(list);
        layout->addWidget(buttons);
        dialog.resize(600, 500);
        dialog.exec();
    });
}

void MonitoringPage::exportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Indicators as XLSX"), tr("indicators.xlsx"), tr("Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    TableWriter::writeXlsx(path, {indicatorTable()});
    context().showStatus(tr("Saved %1").arg(path));
}

bool MonitoringPage::guarded(const std::function<void()> &f)
{
    try {
        f();
        return true;
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Monitoring"), e.message());
        return false;
    }
}

} // namespace metodist::ui
