// The scores object of a diagnostic: canonical text, round trips, other writers'
// spellings of the same JSON, and a clear refusal of anything else.
#include "diagnostics/scoresjson.h"
#include "storage/errors.h"

#include <QTest>

using namespace metodist;

class TestScoresJson : public QObject {
    Q_OBJECT
private slots:
    void canonicalTextIsSortedAndShort()
    {
        const QString text = encodeScores({{QStringLiteral("METH.1"), 7.5, 10, 1}, {QStringLiteral("ICT.2"), 3, 4, 0},
                                           {QStringLiteral("SUBJ.1"), 0.1, 100, 2}});
        QCOMPARE(text, QStringLiteral("{\"ICT.2\":[3,4,0],\"METH.1\":[7.5,10,1],\"SUBJ.1\":[0.1,100,2]}"));
        QCOMPARE(encodeScores({}), QStringLiteral("{}"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("score");
        QTest::newRow("whole") << 57.0;
        QTest::newRow("half") << 49.5;
        QTest::newRow("third") << 1.0 / 3.0;
        QTest::newRow("zero") << 0.0;
        QTest::newRow("large") << 123456789.0;
    }
    void roundTrip()
    {
        QFETCH(double, score);
        const QList<CodedScore> scores = {{QStringLiteral("A.1"), score, 1e9, 2}, {QStringLiteral("Б.2"), 1, 2, 1}};
        QCOMPARE(decodeScores(encodeScores(scores)), scores);
    }

    void otherSpellingsOfTheSameJsonAreRead()
    {
        // What SQLite's json_group_object or another client may write.
        const QList<CodedScore> scores = decodeScores(QStringLiteral("{ \"B.1\" : [ 4.0, 10.0, 2 ], \"A.1\": [1e1, 1E1, 0] }"));
        QCOMPARE(scores.size(), 2);
        QCOMPARE(scores.at(0), (CodedScore{QStringLiteral("A.1"), 10, 10, 0}));
        QCOMPARE(scores.at(1), (CodedScore{QStringLiteral("B.1"), 4, 10, 2}));
        QCOMPARE(decodeScores(QStringLiteral("{\"Q\\\"1\":[1,2,1]}")).value(0).code, QStringLiteral("Q\"1"));
    }

    void malformedTextIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QStringLiteral("{\"A\":[1,2") << QStringLiteral("not a JSON object");
        QTest::newRow("array") << QStringLiteral("[1,2,3]") << QStringLiteral("not a JSON object");
        QTest::newRow("two values") << QStringLiteral("{\"A.1\":[1,2]}") << QStringLiteral("A.1");
    }
    void malformedTextIsRefusedWithTheReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        try {
            decodeScores(text);
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestScoresJson)
#include "tst_scoresjson.moc"
