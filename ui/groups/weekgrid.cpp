#include "weekgrid.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace metodist::ui {

WeekGrid::WeekGrid(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(600, 400);
}

void WeekGrid::setWeek(const QDate &monday, const QList<TimetableEntry> &entries)
{
    m_monday = monday;
    m_entries = entries;
    m_dragId.clear();
    update();
}

QRectF WeekGrid::area() const { return QRectF(48, 24, width() - 52, height() - 28); }
double WeekGrid::dayWidth() const { return area().width() / 7.0; }
double WeekGrid::hourHeight() const { return area().height() / double(kLastHour - kFirstHour); }

QRect WeekGrid::rectOf(const TimetableEntry &e) const
{
    const int day = int(m_monday.daysTo(e.startsAt.date()));
    const double top = (e.startsAt.time().msecsSinceStartOfDay() / 3600000.0 - kFirstHour) * hourHeight();
    const double bottom = (e.endsAt.time().msecsSinceStartOfDay() / 3600000.0 - kFirstHour) * hourHeight();
    const QRectF a = area();
    return QRectF(a.left() + day * dayWidth() + 2, a.top() + top, dayWidth() - 4, std::max(bottom - top, 12.0)).toRect();
}

QDateTime WeekGrid::timeAt(const QPoint &pos) const
{
    const QRectF a = area();
    const int day = std::clamp(int((pos.x() - a.left()) / dayWidth()), 0, 6);
    const double hours = kFirstHour + (pos.y() - a.top()) / hourHeight();
    const int halfHours = std::clamp(int(std::lround(hours * 2)), kFirstHour * 2, kLastHour * 2 - 1);
    return QDateTime(m_monday.addDays(day), QTime(halfHours / 2, (halfHours % 2) * 30));
}

QString WeekGrid::sessionAt(const QPoint &pos) const
{
    for (const TimetableEntry &e : m_entries)
        if (rectOf(e).contains(pos))
            return e.sessionId;
    return {};
}

static QColor colourOf(const QString &groupId)
{
    return QColor::fromHsv(int(qHash(groupId) % 360), 70, 235);
}

void WeekGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRectF a = area();
    p.setPen(palette().color(QPalette::Mid));
    for (int h = kFirstHour; h <= kLastHour; ++h) {
        const double y = a.top() + (h - kFirstHour) * hourHeight();
        p.drawLine(QPointF(a.left(), y), QPointF(a.right(), y));
        p.drawText(QRectF(0, y - 8, 44, 16), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1:00").arg(h));
    }
    const QLocale locale;
    for (int d = 0; d <= 7; ++d) {
        const double x = a.left() + d * dayWidth();
        p.drawLine(QPointF(x, a.top()), QPointF(x, a.bottom()));
        if (d < 7) {
            const QDate day = m_monday.addDays(d);
            p.drawText(QRectF(x, 0, dayWidth(), 22), Qt::AlignCenter,
                       locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(day, QStringLiteral("dd.MM")));
        }
    }
    for (const TimetableEntry &e : m_entries) {
        const QRect r = rectOf(e);
        p.setPen(e.sessionId == m_dragId ? Qt::DashLine : Qt::SolidLine);
        p.setBrush(colourOf(e.groupId));
        p.drawRoundedRect(r, 3, 3);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(r.adjusted(3, 2, -3, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   e.startsAt.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + e.groupCode + QLatin1Char('\n') + e.roomName
                       + QLatin1Char('\n') + e.topic);
    }
    if (!m_dragId.isEmpty() && m_ghostStart.isValid()) {
        TimetableEntry ghost;
        ghost.startsAt = m_ghostStart;
        ghost.endsAt = m_ghostEnd;
        const QColor c = m_ghostConflicts.isEmpty() ? QColor(40, 160, 60) : QColor(210, 40, 40);
        p.setPen(QPen(c, 2));
        p.setBrush(QColor(c.red(), c.green(), c.blue(), 60));
        p.drawRect(rectOf(ghost));
    }
}

void WeekGrid::mousePressEvent(QMouseEvent *event)
{
    const QString id = sessionAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || id.isEmpty())
        return;
    for (const TimetableEntry &e : m_entries)
        if (e.sessionId == id)
            m_dragOffsetSecs = e.startsAt.secsTo(timeAt(event->position().toPoint()));
    m_dragId = id;
    m_ghostStart = {};
}

void WeekGrid::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragId.isEmpty()) {
        setCursor(sessionAt(pos).isEmpty() ? Qt::ArrowCursor : Qt::OpenHandCursor);
        return;
    }
    for (const TimetableEntry &e : m_entries) {
        if (e.sessionId != m_dragId)
            continue;
        const QDateTime start = timeAt(pos).addSecs(-m_dragOffsetSecs);
        if (start == m_ghostStart)
            return;
        m_ghostStart = start;
        m_ghostEnd = start.addSecs(e.startsAt.secsTo(e.endsAt));
        m_ghostConflicts = m_previewer ? m_previewer(m_dragId, m_ghostStart, m_ghostEnd) : QList<Conflict>();
        Q_EMIT dragConflicts(m_ghostConflicts);
        QStringList lines;
        for (const Conflict &c : m_ghostConflicts)
            lines << c.message;
        QToolTip::showText(mapToGlobal(pos), lines.isEmpty() ? tr("No conflicts") : lines.join(QLatin1Char('\n')), this);
        update();
    }
}

void WeekGrid::mouseReleaseEvent(QMouseEvent *)
{
    const QString id = m_dragId;
    m_dragId.clear();
    update();
    for (const TimetableEntry &e : m_entries)
        if (e.sessionId == id && m_ghostStart.isValid() && m_ghostStart != e.startsAt)
            Q_EMIT moveRequested(id, m_ghostStart, m_ghostEnd);
}

void WeekGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = sessionAt(event->position().toPoint());
    if (!id.isEmpty())
        Q_EMIT sessionActivated(id);
}

} // namespace metodist::ui
