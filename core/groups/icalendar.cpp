#include "icalendar.h"

#include <QStringList>

namespace metodist::ical {

QString escapeText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

static QString unescapeText(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QByteArray fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    int limit = 75; // octets of the first line; continuation lines start with a space
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80) // not inside a UTF-8 sequence
            --cut;
        out += line.mid(pos, cut - pos) + "\r\n ";
        pos = cut;
        limit = 74;
    }
    out += line.mid(pos) + "\r\n";
    return out;
}

static QByteArray stamp(const QDateTime &t, bool utc)
{
    return t.toString(utc ? QStringLiteral("yyyyMMdd'T'HHmmss'Z'") : QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

QByteArray write(const QString &calendarName, const QList<CalendarEvent> &events, const QDateTime &stampUtc)
{
    QByteArray out;
    auto line = [&out](const QByteArray &l) { out += fold(l); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Metodist//Timetable//RU");
    line("CALSCALE:GREGORIAN");
    line("X-WR-CALNAME:" + escapeText(calendarName).toUtf8());
    for (const CalendarEvent &e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid.toUtf8());
        line("DTSTAMP:" + stamp(stampUtc.toUTC(), true));
        line("DTSTART:" + stamp(e.start, false));
        line("DTEND:" + stamp(e.end, false));
        line("SUMMARY:" + escapeText(e.summary).toUtf8());
        if (!e.location.isEmpty())
            line("LOCATION:" + escapeText(e.location).toUtf8());
        if (!e.description.isEmpty())
            line("DESCRIPTION:" + escapeText(e.description).toUtf8());
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

QList<CalendarEvent> parse(const QByteArray &data)
{
    // Unfold: a CRLF followed by a space or tab continues the line.
    QByteArray unfolded = data;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    QList<CalendarEvent> events;
    CalendarEvent current;
    bool inside = false;
    for (const QByteArray &raw : unfolded.split('\n')) {
        const QString l = QString::fromUtf8(raw.endsWith('\r') ? raw.chopped(1) : raw);
        const qsizetype colon = l.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString name = l.left(colon).section(QLatin1Char(';'), 0, 0).toUpper();
        const QString value = l.mid(colon + 1);
        if (name == QLatin1String("BEGIN") && value == QLatin1String("VEVENT")) {
            current = {};
            inside = true;
        } else if (name == QLatin1String("END") && value == QLatin1String("VEVENT")) {
            events << current;
            inside = false;
        } else if (inside) {
            const QString fmt = value.endsWith(QLatin1Char('Z')) ? QStringLiteral("yyyyMMdd'T'HHmmss'Z'") : QStringLiteral("yyyyMMdd'T'HHmmss");
            if (name == QLatin1String("UID"))
                current.uid = value;
            else if (name == QLatin1String("DTSTART"))
                current.start = QDateTime::fromString(value, fmt);
            else if (name == QLatin1String("DTEND"))
                current.end = QDateTime::fromString(value, fmt);
            else if (name == QLatin1String("SUMMARY"))
                current.summary = unescapeText(value);
            else if (name == QLatin1String("LOCATION"))
                current.location = unescapeText(value);
            else if (name == QLatin1String("DESCRIPTION"))
                current.description = unescapeText(value);
        }
    }
    return events;
}

} // namespace metodist::ical
