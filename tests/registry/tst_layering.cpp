// The dependency arrows point one way: nothing in core/ includes widgets, the HTTP
// server, or anything from ui/ or server/.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void coreKnowsNoWidgetsNorHttpServer()
    {
        const QRegularExpression forbidden(QStringLiteral(
            "#\\s*include\\s*[<\"](QtWidgets|QtHttpServer|QWidget|QMainWindow|QDialog|QHttpServer[A-Za-z]*|QAbstractHttpServer|"
            "QApplication|QtGui/|QPainter|QPdfWriter|ui/|server/|shell/)"));
        QDirIterator it(QStringLiteral(METODIST_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        QStringList offenders;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(f.readAll());
            const auto match = forbidden.match(text);
            if (match.hasMatch())
                offenders << it.filePath() + QStringLiteral(": ") + match.captured(0);
        }
        QVERIFY(files > 10);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
    void coreLinksNoWidgetsModule()
    {
        QFile cmake(QStringLiteral(METODIST_SOURCE_DIR "/core/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(cmake.readAll());
        QVERIFY(!text.contains(QStringLiteral("Qt6::Widgets")));
        QVERIFY(!text.contains(QStringLiteral("Qt6::HttpServer")));
        QVERIFY(!text.contains(QStringLiteral("Qt6::Gui")));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
