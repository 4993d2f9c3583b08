#include "registry/snils.h"

#include <QTest>

using metodist::Snils;

class TestSnils : public QObject {
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("formatted") << QStringLiteral("112-233-445 95");
        QTest::newRow("digits") << QStringLiteral("11223344595");
        QTest::newRow("sum over 101") << QStringLiteral("987-654-321 83");
        QTest::newRow("legacy small number") << QStringLiteral("001-001-998 00");
    }
    void valid()
    {
        QFETCH(QString, text);
        QVERIFY2(Snils::isValid(text), qPrintable(Snils::problem(text)));
    }
    void checksumRules()
    {
        // 1*9 + 1*8 + 2*7 + 2*6 + 3*5 + 3*4 + 4*3 + 4*2 + 5*1 = 95 (< 100: itself)
        QCOMPARE(Snils::checksum(QStringLiteral("112233445")), 95);
        // 9*9+8*8+7*7+6*6+5*5+4*4+3*3+2*2+1*1 = 285 -> 285 % 101 = 83
        QCOMPARE(Snils::checksum(QStringLiteral("987654321")), 83);
        // 9*9 + 2*8 + 3 = 100 and 101 both give 00; 102 gives 102 % 101 = 01
        QCOMPARE(Snils::checksum(QStringLiteral("920000003")), 0);
        QCOMPARE(Snils::checksum(QStringLiteral("920000004")), 0);
        QCOMPARE(Snils::checksum(QStringLiteral("920000005")), 1);
    }
    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("wrong checksum") << QStringLiteral("112-233-445 96") << QStringLiteral("checksum");
        QTest::newRow("too short") << QStringLiteral("112-233-445") << QStringLiteral("11 digits");
        QTest::newRow("letters") << QStringLiteral("112-233-44A 95") << QStringLiteral("only digits");
        QTest::newRow("empty") << QString() << QStringLiteral("11 digits");
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        QVERIFY(!Snils::isValid(text));
        QVERIFY2(Snils::problem(text).contains(fragment), qPrintable(Snils::problem(text)));
    }
    void format() { QCOMPARE(Snils::format(QStringLiteral("11223344595")), QStringLiteral("112-233-445 95")); }
};

QTEST_GUILESS_MAIN(TestSnils)
#include "tst_snils.moc"
