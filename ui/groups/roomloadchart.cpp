#include "roomloadchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace metodist::ui {

RoomLoadChart::RoomLoadChart(const Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_kind(new QComboBox(this)), m_summary(new QLabel(this)), m_view(new QChartView(this))
{
    m_kind->setObjectName(QStringLiteral("loadChartKind"));
    m_kind->addItem(tr("Workshops"), QStringLiteral("workshop"));
    m_kind->addItem(tr("All rooms"), QString());
    m_summary->setObjectName(QStringLiteral("loadChartSummary"));
    m_view->setObjectName(QStringLiteral("loadChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Rooms"), this));
    bar->addWidget(m_kind);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RoomLoadChart::refresh);
}

void RoomLoadChart::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    refresh();
}

QString RoomLoadChart::tooltip(int room, int week) const
{
    const RoomWeekSeries &s = m_load.rooms.at(room);
    return tr("%1\nweek of %2: %3 h\n%4")
        .arg(s.roomName, m_load.weeks.at(week).toString(QStringLiteral("dd.MM.yyyy")))
        .arg(s.hours.at(week))
        .arg(s.who.at(week).join(QLatin1Char('\n')));
}

void RoomLoadChart::refresh()
{
    if (!m_from.isValid() || !m_to.isValid())
        return;
    m_load = WeeklyRoomLoad::compute(m_db, m_from, m_to, m_kind->currentData().toString());
    // The busiest rooms get their own colour, in name order; the rest are summed.
    QList<int> order(m_load.rooms.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return m_load.rooms.at(a).total() > m_load.rooms.at(b).total(); });
    QList<int> shown = order.mid(0, kMaxRooms);
    std::sort(shown.begin(), shown.end());
    auto *series = new QStackedBarSeries;
    double total = 0;
    for (int r : shown) {
        const RoomWeekSeries &s = m_load.rooms.at(r);
        auto *set = new QBarSet(s.roomName);
        for (double h : s.hours)
            *set << h;
        total += s.total();
        connect(set, &QBarSet::hovered, this, [this, r](bool on, int week) {
            if (on)
                QToolTip::showText(QCursor::pos(), tooltip(r, week), m_view);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    if (order.size() > kMaxRooms) {
        auto *other = new QBarSet(tr("Other rooms"));
        for (int w = 0; w < m_load.weeks.size(); ++w) {
            double h = 0;
            for (int r : order.mid(kMaxRooms))
                h += m_load.rooms.at(r).hours.at(w);
            *other << h;
            total += h;
        }
        series->append(other);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Hours booked per week, %1 – %2").arg(m_from.toString(QStringLiteral("dd.MM.yyyy")), m_to.toString(QStringLiteral("dd.MM.yyyy"))));
    QStringList weeks;
    for (const QDate &w : m_load.weeks)
        weeks << w.toString(QStringLiteral("dd.MM"));
    auto *x = new QBarCategoryAxis;
    x->append(weeks);
    x->setTitleText(tr("Week (Monday)"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Academic hours"));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    double highest = 0; // the tallest stack; an empty period still gets a sane axis
    for (int w = 0; w < m_load.weeks.size(); ++w) {
        double h = 0;
        for (const RoomWeekSeries &r : m_load.rooms)
            h += r.hours.at(w);
        highest = std::max(highest, h);
    }
    y->setRange(0, highest > 0 ? highest : 4);
    if (highest > 0)
        y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_summary->setText(tr("%1 rooms, %2 h in %3 weeks").arg(m_load.rooms.size()).arg(total).arg(m_load.weeks.size()));
}

} // namespace metodist::ui
