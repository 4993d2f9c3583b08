#include "snils.h"

namespace metodist {

QString Snils::normalize(const QString &text)
{
    QString digits;
    digits.reserve(11);
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

int Snils::checksum(const QString &nineDigits)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += nineDigits.at(i).digitValue() * (9 - i);
    if (sum < 100)
        return sum;
    if (sum == 100 || sum == 101)
        return 0;
    const int rest = sum % 101;
    return rest == 100 ? 0 : rest;
}

QString Snils::problem(const QString &text)
{
    for (const QChar c : text)
        if (!c.isDigit() && c != QLatin1Char('-') && c != QLatin1Char(' '))
            return tr("СНИЛС «%1» may contain only digits, hyphens and spaces.").arg(text);
    const QString digits = normalize(text);
    if (digits.size() != 11)
        return tr("СНИЛС «%1» must have 11 digits, it has %2.").arg(text).arg(digits.size());
    if (digits.left(9).toInt() <= 1001998)
        return {};
    const int expected = checksum(digits.left(9));
    if (digits.right(2).toInt() != expected)
        return tr("СНИЛС «%1» has a wrong checksum: %2 expected, %3 given.")
            .arg(format(digits))
            .arg(expected, 2, 10, QLatin1Char('0'))
            .arg(digits.right(2));
    return {};
}

bool Snils::isValid(const QString &text) { return problem(text).isEmpty(); }

QString Snils::format(const QString &text)
{
    const QString d = normalize(text);
    if (d.size() != 11)
        return text;
    return QStringLiteral("%1-%2-%3 %4").arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 3), d.mid(9, 2));
}

} // namespace metodist
