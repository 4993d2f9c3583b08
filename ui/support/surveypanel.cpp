#include "surveypanel.h"

#include "guarded.h"
#include "storage/sql.h"
#include "surveydialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace metodist::ui {

using support::Surveys;

static QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

// Long labels wrap on the category axis instead of squeezing the bars.
static QString shortLabel(const QString &text, int length = 48)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

SurveyPanel::SurveyPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_survey(new QComboBox(this)), m_programme(new QComboBox(this)),
      m_from(dateEdit(this, QDate::currentDate().addYears(-3))), m_to(dateEdit(this, QDate::currentDate())),
      m_distribution(new QChartView(this)), m_programmes(new QChartView(this)), m_table(new QTableWidget(0, 8, this)),
      m_comments(new QListWidget(this)), m_summary(new QLabel(this))
{
    for (const support::SurveyDefinition &d : Surveys::definitions())
        m_survey->addItem(d.title, d.code);
    m_programme->setMinimumContentsLength(40);
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *show = new QPushButton(tr("&Show"), this);
    auto *add = new QPushButton(tr("&Enter a questionnaire…"), this);
    auto *xlsx = new QPushButton(tr("&XLSX…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_survey);
    top->addWidget(m_programme, 1);
    top->addWidget(new QLabel(tr("from"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    for (QPushButton *b : {show, add, xlsx})
        top->addWidget(b);

    for (QChartView *view : {m_distribution, m_programmes}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
    }
    m_table->setHorizontalHeaderLabels({tr("Question"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                        QStringLiteral("5"), tr("Answers"), tr("Mean")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_comments->setWordWrap(true);

    auto *charts = new QSplitter(this);
    charts->addWidget(m_distribution);
    charts->addWidget(m_programmes);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    auto *bottom = new QSplitter(this);
    bottom->addWidget(m_table);
    bottom->addWidget(m_comments);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    connect(m_survey, &QComboBox::activated, this, [this] {
        loadProgrammes();
        refresh();
    });
    connect(m_programme, &QComboBox::activated, this, [this] { refresh(); });
    connect(show, &QPushButton::clicked, this, [this] { refresh(); });
    connect(add, &QPushButton::clicked, this, &SurveyPanel::newResponse);
    connect(xlsx, &QPushButton::clicked, this, &SurveyPanel::exportXlsx);
    loadProgrammes();
}

void SurveyPanel::loadProgrammes()
{
    m_programme->clear();
    m_programme->addItem(tr("All programmes"), QString());
    const bool aboutGroup = Surveys::definition(m_survey->currentData().toString()).aboutGroup;
    m_programme->setEnabled(aboutGroup);
    if (!aboutGroup)
        return;
    supportGuarded(this, [this] {
        QSqlQuery q = sql::exec(m_context.db().db(), QStringLiteral(
            "SELECT p.id, p.title FROM programme p WHERE p.deleted = 0 AND EXISTS (SELECT 1 FROM study_group g "
            "JOIN survey_response s ON s.group_id = g.id WHERE g.programme_id = p.id AND s.deleted = 0 AND s.survey_code = ?) "
            "ORDER BY p.title"), {m_survey->currentData().toString()});
        while (q.next())
            m_programme->addItem(shortLabel(q.value(1).toString(), 70), q.value(0));
    });
}

void SurveyPanel::refresh()
{
    supportGuarded(this, [this] {
        m_results = Surveys::results(m_context.db(), m_survey->currentData().toString(), m_from->date(), m_to->date(),
                                     m_programme->currentData().toString());
    });
    fillDistribution();
    fillProgrammes();
    m_table->setRowCount(int(m_results.questions.size()));
    const QLocale locale;
    for (int i = 0; i < m_results.questions.size(); ++i) {
        const support::QuestionStats &s = m_results.questions.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(s.text));
        for (int m = 0; m < 5; ++m)
            m_table->setItem(i, m + 1, new QTableWidgetItem(QString::number(s.counts[m])));
        m_table->setItem(i, 6, new QTableWidgetItem(QString::number(s.n)));
        m_table->setItem(i, 7, new QTableWidgetItem(locale.toString(s.mean, 'f', 2)));
    }
    m_table->resizeColumnsToContents();
    m_comments->clear();
    for (int i = 0; i < std::min<qsizetype>(m_results.comments.size(), 200); ++i)
        m_comments->addItem(m_results.comments.at(i));
    m_summary->setText(tr("Responses: %1, comments: %2.").arg(m_results.responses).arg(m_results.comments.size()));
}

void SurveyPanel::fillDistribution()
{
    auto *series = new QHorizontalStackedBarSeries;
    static const QColor colours[5] = {QColor(0xd7, 0x30, 0x27), QColor(0xfc, 0x8d, 0x59), QColor(0xfe, 0xe0, 0x8b),
                                      QColor(0x91, 0xcf, 0x60), QColor(0x1a, 0x98, 0x50)};
    QStringList categories;
    // Bottom to top in a horizontal chart: reverse so the first question is on top.
    QList<support::QuestionStats> questions(m_results.questions.rbegin(), m_results.questions.rend());
    for (const support::QuestionStats &s : questions)
        categories << shortLabel(s.text) + QStringLiteral(" (%1)").arg(QLocale().toString(s.mean, 'f', 2));
    for (int m = 0; m < 5; ++m) {
        auto *set = new QBarSet(QString::number(m + 1));
        set->setColor(colours[m]);
        for (const support::QuestionStats &s : questions)
            *set << (s.n ? 100.0 * s.counts[m] / s.n : 0.0);
        series->append(set);
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Distribution of marks, % of answers (mean in brackets)"));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_distribution->chart();
    m_distribution->setChart(chart);
    delete old;
}

void SurveyPanel::fillProgrammes()
{
    auto *chart = new QChart;
    const int shown = int(std::min<qsizetype>(m_results.programmes.size(), 12));
    chart->setTitle(m_results.programmes.isEmpty() ? tr("Mean satisfaction per programme: no answers about groups")
                                                   : tr("Mean satisfaction per programme, answers in brackets (top %1 of %2)").arg(shown).arg(m_results.programmes.size()));
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(Surveys::overallText());
    set->setColor(QColor(0x3b, 0x6e, 0xa8));
    QStringList categories;
    for (int i = shown - 1; i >= 0; --i) {
        const support::ProgrammeStats &p = m_results.programmes.at(i);
        *set << p.meanSatisfaction;
        categories << shortLabel(p.title, 34) + QStringLiteral(" (%1)").arg(p.n);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QFont small = axisY->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisY->setLabelsFont(small);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 5);
    axisX->setTickCount(6);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    QChart *old = m_programmes->chart();
    m_programmes->setChart(chart);
    delete old;
}

void SurveyPanel::exportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export survey results"), tr("survey.xlsx"), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (supportGuarded(this, [&] { Surveys::exportXlsx(path, m_results); }))
        m_context.showStatus(tr("Saved %1").arg(path));
}

void SurveyPanel::newResponse()
{
    SurveyDialog dialog(m_context.db(), m_survey->currentData().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.announceDataChanged(QStringLiteral("survey_response"));
    loadProgrammes();
    refresh();
}

} // namespace metodist::ui
