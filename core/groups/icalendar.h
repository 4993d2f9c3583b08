#pragma once
// iCalendar (RFC 5545) of a timetable: CRLF line ends, lines folded at 75 octets
// without splitting a UTF-8 character, TEXT values escaped. Times are floating local
// times, as the sessions are stored.
#include <QDateTime>
#include <QList>
#include <QString>

namespace metodist {

struct CalendarEvent {
    QString uid;
    QDateTime start;
    QDateTime end;
    QString summary;
    QString location;
    QString description;
};

namespace ical {
QByteArray write(const QString &calendarName, const QList<CalendarEvent> &events, const QDateTime &stampUtc = QDateTime::currentDateTimeUtc());
QString escapeText(const QString &text);
QByteArray fold(const QByteArray &line); // with CRLF after every physical line
// Reads back what write() makes (and plain RFC 5545 VEVENTs): unfolds, unescapes.
QList<CalendarEvent> parse(const QByteArray &data);
} // namespace ical

} // namespace metodist
