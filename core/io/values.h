#pragma once
// Dates and numbers as they come in files: dd.mm.yyyy or ISO dates, Excel serial
// day numbers, decimal commas and thousands spaces.
#include <QDate>
#include <QString>

#include <optional>

namespace metodist::io {

// dd.mm.yyyy, d.m.yyyy, dd.mm.yy is not accepted (ambiguous century); yyyy-mm-dd (a time
// part after it is ignored); a number 1..2958465 is an Excel serial day (its fraction, the time, is dropped). Invalid on failure.
QDate parseDate(const QString &text);
// "3,5", "3.5", " 1 200 " -> value; nullopt when not a number.
std::optional<double> parseNumber(const QString &text);
// Excel serial day (1900 date system) to a date.
QDate fromExcelSerial(double serial);
double toExcelSerial(const QDate &date);

} // namespace metodist::io
