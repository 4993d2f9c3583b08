// Exports read back: what TableWriter writes to XLSX and CSV, the project's own readers
// (and so a spreadsheet) read as the same cells, codes with leading zeros kept as text.
#include "io/table.h"
#include "io/tablewriter.h"
#include "storage/errors.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

static TextTable sample()
{
    TextTable t;
    t.title = QStringLiteral("Педагоги: список/выгрузка"); // characters Excel forbids in sheet names
    t.headers = {QStringLiteral("ФИО"), QStringLiteral("СНИЛС"), QStringLiteral("Часы"), QStringLiteral("Примечание")};
    t.rows = {{QStringLiteral("Иванова Анна Петровна"), QStringLiteral("00123456789"), QStringLiteral("72"), QStringLiteral("a; b")},
              {QStringLiteral("Ёлкин Пётр"), QStringLiteral("112-233-445 95"), QStringLiteral("16"), QStringLiteral("строка\nвторая \"в кавычках\"")}};
    return t;
}

class TestTableWriter : public QObject {
    Q_OBJECT
private slots:
    void xlsxReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.xlsx"));
        const TextTable t = sample();
        TableWriter::write(path, t);
        const io::Table read = io::TableReader::read(path);
        QCOMPARE(read.header, t.headers);
        QCOMPARE(read.rows.size(), t.rows.size());
        for (int r = 0; r < t.rows.size(); ++r)
            QCOMPARE(read.rows.at(r).cells, t.rows.at(r));
    }
    void csvReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const TextTable t = sample();
        TableWriter::write(path, t);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(3) == QByteArray("\xEF\xBB\xBF")); // BOM: Excel opens UTF-8 correctly
        const io::Table read = io::TableReader::read(path);
        QCOMPARE(read.header, t.headers);
        QCOMPARE(read.rows.size(), t.rows.size());
        for (int r = 0; r < t.rows.size(); ++r)
            QCOMPARE(read.rows.at(r).cells, t.rows.at(r));
    }
    void unwritablePathIsAClearError()
    {
        try {
            TableWriter::write(QStringLiteral("/nonexistent-dir/out.csv"), sample());
            QFAIL("wrote into a missing folder");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("/nonexistent-dir/out.csv")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
