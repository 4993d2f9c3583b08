#include "chartfactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace metodist::ui {

using monitoring::ChartSpec;

namespace {

const QColor kValue(0x3b, 0x6e, 0xa8);
const QColor kTarget(0xb0, 0x22, 0x22);
const QList<QColor> kStack{QColor(0xc0, 0x39, 0x2b), QColor(0xe6, 0x9b, 0x22), QColor(0x4c, 0x9a, 0x52)};
const QList<QColor> kLines{QColor(0x3b, 0x6e, 0xa8), QColor(0xb0, 0x22, 0x22), QColor(0x4c, 0x9a, 0x52), QColor(0xe6, 0x9b, 0x22),
                           QColor(0x7d, 0x4e, 0xa0), QColor(0x2a, 0x9d, 0x9d), QColor(0x80, 0x80, 0x80), QColor(0x8b, 0x5a, 0x2b)};

QValueAxis *percentAxis(const ChartSpec &spec, double max)
{
    auto *axis = new QValueAxis;
    if (spec.percent) {
        axis->setRange(0, std::max(100.0, std::ceil(max / 10) * 10)); // a share can exceed 100 only by definition error
        axis->setLabelFormat(QStringLiteral("%d%%"));
    } else {
        axis->setRange(0, max > 0 ? max : 1);
        axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%d"));
    }
    return axis;
}

double maxOf(const ChartSpec &spec, bool stacked)
{
    double max = 0;
    for (int i = 0; i < spec.categories.size(); ++i) {
        double sum = 0;
        for (const auto &s : spec.series) {
            const double v = s.values.value(i);
            if (std::isfinite(v))
                sum = stacked ? sum + v : std::max(sum, v);
        }
        max = std::max(max, sum);
    }
    return max;
}

void barsWithTargets(QChart *chart, const ChartSpec &spec)
{
    auto *series = new QBarSeries;
    auto *set = new QBarSet(spec.series.value(0).name);
    set->setColor(kValue);
    for (double v : spec.series.value(0).values)
        *set << v;
    series->append(set);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(spec.categories);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85); // a dozen indicator numbers must fit
    axisX->setLabelsFont(small);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = percentAxis(spec, maxOf(spec, false));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    // A target is a short thick line across its bar; one legend entry for all of them.
    bool first = true;
    const auto targets = spec.series.value(1).values;
    for (int i = 0; i < targets.size(); ++i) {
        if (!std::isfinite(targets[i]))
            continue;
        auto *mark = new QLineSeries;
        mark->setName(spec.series.value(1).name);
        mark->append(i - 0.4, targets[i]);
        mark->append(i + 0.4, targets[i]);
        QPen pen(kTarget);
        pen.setWidth(4);
        mark->setPen(pen);
        chart->addSeries(mark);
        mark->attachAxis(axisX);
        mark->attachAxis(axisY);
        if (!first)
            for (auto *marker : chart->legend()->markers(mark))
                marker->setVisible(false);
        first = false;
    }
}

void lines(QChart *chart, const ChartSpec &spec)
{
    auto *axisX = new QValueAxis;
    const double from = spec.categories.value(0).toDouble();
    const double to = spec.categories.isEmpty() ? from : spec.categories.last().toDouble();
    // A tick on every year; one year alone sits between its neighbours.
    if (to > from) {
        axisX->setRange(from, to);
        axisX->setTickCount(int(to - from) + 1);
    } else {
        axisX->setRange(from - 1, from + 1);
        axisX->setTickCount(3);
    }
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisY = percentAxis(spec, maxOf(spec, false));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (int s = 0; s < spec.series.size(); ++s) {
        auto *line = new QLineSeries;
        line->setName(spec.series[s].name);
        for (int i = 0; i < spec.series[s].values.size(); ++i)
            if (std::isfinite(spec.series[s].values[i]))
                line->append(spec.categories.value(i).toDouble(), spec.series[s].values[i]);
        QPen pen(kLines[s % kLines.size()]);
        pen.setWidth(2);
        // With one indicator the second line is its targets: dashed.
        if (spec.series.size() == 2 && s == 1 && spec.series[1].name != spec.series[0].name)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
}

template<typename Series>
void horizontal(QChart *chart, const ChartSpec &spec, bool stacked)
{
    auto *series = new Series;
    // Horizontal bars grow upwards from the first category: reverse, so the first is on top.
    QStringList categories = spec.categories;
    std::reverse(categories.begin(), categories.end());
    for (int s = 0; s < spec.series.size(); ++s) {
        auto *set = new QBarSet(spec.series[s].name);
        set->setColor(stacked ? kStack[s % kStack.size()] : kValue);
        QList<double> values = spec.series[s].values;
        std::reverse(values.begin(), values.end());
        for (double v : values)
            *set << v;
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QFont small = axisY->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85); // long names: municipalities, areas
    axisY->setLabelsFont(small);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = percentAxis(spec, maxOf(spec, stacked));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    if (!stacked)
        chart->legend()->hide();
}

} // namespace

QChart *ChartFactory::create(const ChartSpec &spec)
{
    auto *chart = new QChart;
    chart->setTitle(spec.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    switch (spec.kind) {
    case ChartSpec::Kind::BarsWithTargets: barsWithTargets(chart, spec); break;
    case ChartSpec::Kind::Lines: lines(chart, spec); break;
    case ChartSpec::Kind::Ranking: horizontal<QHorizontalBarSeries>(chart, spec, false); break;
    case ChartSpec::Kind::Stacked: horizontal<QHorizontalStackedBarSeries>(chart, spec, true); break;
    }
    return chart;
}

QImage ChartFactory::render(const ChartSpec &spec, const QSize &size)
{
    QGraphicsScene scene;
    QChart *chart = create(spec); // the scene owns it
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QSize ChartFactory::reportSize(const ChartSpec &spec)
{
    if (spec.kind == ChartSpec::Kind::Ranking)
        return {640, std::max(240, 60 + 18 * int(spec.categories.size()))};
    return {640, spec.kind == ChartSpec::Kind::Lines ? 380 : 340};
}

} // namespace metodist::ui
