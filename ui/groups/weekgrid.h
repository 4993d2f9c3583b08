#pragma once
// A week of sessions: seven day columns by hours. A session can be dragged to another
// day or time (snapped to 30 minutes, same length); while it is dragged the conflicts
// the move would make are asked from a previewer and shown before the drop.
#include "groups/groupservice.h"

#include <QWidget>

#include <functional>

namespace metodist::ui {

class WeekGrid : public QWidget {
    Q_OBJECT
public:
    explicit WeekGrid(QWidget *parent = nullptr);

    void setWeek(const QDate &monday, const QList<TimetableEntry> &entries);
    const QList<TimetableEntry> &entries() const { return m_entries; }
    QDate monday() const { return m_monday; }
    // Called during a drag with the candidate place; returns the conflicts to show.
    void setPreviewer(std::function<QList<Conflict>(const QString &sessionId, const QDateTime &start, const QDateTime &end)> f)
    {
        m_previewer = std::move(f);
    }
    // Where a point of the grid falls (snapped), and the session drawn there (or empty).
    QDateTime timeAt(const QPoint &pos) const;
    QString sessionAt(const QPoint &pos) const;
    QRect rectOf(const TimetableEntry &e) const;

    static constexpr int kFirstHour = 8;
    static constexpr int kLastHour = 21;

Q_SIGNALS:
    void moveRequested(const QString &sessionId, const QDateTime &start, const QDateTime &end);
    void dragConflicts(const QList<metodist::Conflict> &conflicts); // live, while dragging
    void sessionActivated(const QString &sessionId);               // double-click

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {900, 560}; }

private:
    QRectF area() const;
    double dayWidth() const;
    double hourHeight() const;

    QDate m_monday;
    QList<TimetableEntry> m_entries;
    std::function<QList<Conflict>(const QString &, const QDateTime &, const QDateTime &)> m_previewer;
    // The drag in progress.
    QString m_dragId;
    qint64 m_dragOffsetSecs = 0; // from the session's start to where it was grabbed
    QDateTime m_ghostStart, m_ghostEnd;
    QList<Conflict> m_ghostConflicts;
};

} // namespace metodist::ui
