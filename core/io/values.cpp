#include "values.h"

#include <QRegularExpression>

namespace metodist::io {

static const QDate kExcelEpoch(1899, 12, 30); // serial 1 = 1900-01-01 with Excel's leap-year bug after day 60

QDate fromExcelSerial(double serial)
{
    return kExcelEpoch.addDays(static_cast<qint64>(serial));
}

double toExcelSerial(const QDate &date)
{
    return static_cast<double>(kExcelEpoch.daysTo(date));
}

QDate parseDate(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?:\\s.*)?$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{1,7}(?:\\.\\d+)?$")); // a time of day may follow
    if (const auto m = dotted.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (serial.match(text).hasMatch()) {
        const double n = text.toDouble();
        if (n >= 1 && n <= 2958465)
            return fromExcelSerial(n);
    }
    return {};
}

std::optional<double> parseNumber(const QString &raw)
{
    QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    text.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(u' ');
    text.replace(u',', u'.');
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace metodist::io
