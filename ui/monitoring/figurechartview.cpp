#include "figurechartview.h"

#include <QChart>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace metodist::ui {

FigureChartView::FigureChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 220);
}

void FigureChartView::setFigureChart(QChart *chart, int count, std::function<void(int)> highlight)
{
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    m_count = count;
    m_current = -1;
    m_highlight = std::move(highlight);
}

void FigureChartView::setCurrent(int index)
{
    if (m_count <= 0)
        return;
    m_current = std::clamp(index, 0, m_count - 1);
    if (m_highlight)
        m_highlight(m_current);
}

void FigureChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrent(m_current - 1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrent(m_current + 1);
        return;
    case Qt::Key_Home:
        setCurrent(0);
        return;
    case Qt::Key_End:
        setCurrent(m_count - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            Q_EMIT activated(m_current);
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void FigureChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    if (m_current < 0)
        setCurrent(0);
    viewport()->update();
}

void FigureChartView::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(viewport());
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = viewport()->rect().adjusted(1, 1, -2, -2);
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
}

} // namespace metodist::ui
