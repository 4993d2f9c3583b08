#pragma once
// СНИЛС: 11 digits, the last two a checksum of the first nine. Numbers up to
// 001-001-998 predate the checksum and are accepted as they are.
#include <QCoreApplication>
#include <QString>

namespace metodist {

class Snils {
    Q_DECLARE_TR_FUNCTIONS(Snils)
public:
    // Digits only ("123-456-789 64" -> "12345678964"); other characters are dropped.
    static QString normalize(const QString &text);
    // The two check digits for the first nine digits.
    static int checksum(const QString &nineDigits);
    static bool isValid(const QString &text);
    // Empty when valid; otherwise a message naming what is wrong.
    static QString problem(const QString &text);
    // "XXX-XXX-XXX YY"; the input unchanged when it is not 11 digits.
    static QString format(const QString &text);
};

} // namespace metodist
