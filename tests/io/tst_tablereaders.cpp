// CSV and XLSX readers against real files written here: encodings, separators, quoting,
// row numbers as in the file, dates and numbers as offices write them.
#include "io/csvreader.h"
#include "io/table.h"
#include "io/textcodec.h"
#include "io/values.h"
#include "io/xlsxreader.h"
#include "io/xlsxwriter.h"
#include "storage/errors.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::io;

class TestTableReaders : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private slots:
    void cp1251RoundTrip()
    {
        const QString text = QStringLiteral("Ёлкина Юлия; №5 «школа» — ёж, Ї і ґ €");
        const QByteArray bytes = encodeWindows1251(text);
        QCOMPARE(bytes.size(), text.size());
        QCOMPARE(static_cast<unsigned char>(bytes.at(0)), 0xA8); // Ё
        QCOMPARE(decodeWindows1251(bytes), text);
    }

    // Files are decoded and parsed a few megabytes at a time: records, quoted line breaks,
    // doubled quotes, CR LF and multi-byte letters cut by a piece's end must read exactly
    // as the whole text parsed at once, in every encoding; a cp1251 file whose first
    // non-ASCII byte comes after the first piece is still recognised as cp1251.
    void largeFilesReadInPiecesAsAWhole_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("asciiHead");
        QTest::newRow("utf-8") << QStringLiteral("utf-8") << false;
        QTest::newRow("utf-8 bom") << QStringLiteral("bom") << false;
        QTest::newRow("cp1251") << QStringLiteral("cp1251") << false;
        QTest::newRow("cp1251 after 5 MB of ascii") << QStringLiteral("cp1251") << true;
    }
    void largeFilesReadInPiecesAsAWhole()
    {
        QFETCH(QString, encoding);
        QFETCH(bool, asciiHead);
        const QStringList words = {QStringLiteral("Ёлкина"), QStringLiteral("школа № 5"), QStringLiteral("\"кавычки\""),
                                   QStringLiteral("две\r\nстроки"), QStringLiteral("a;b"), QStringLiteral("ж"), QString()};
        QString text = QStringLiteral("Фамилия;Комментарий;Балл\r\n");
        quint32 state = 12345;
        auto next = [&] { return state = state * 1664525u + 1013904223u; };
        int line = 0;
        while (text.size() < 9'000'000) {
            ++line;
            const bool ascii = asciiHead && text.size() < 5'500'000;
            QString comment = ascii ? QStringLiteral("plain %1").arg(line) : words.at(next() % words.size()) + QString::number(line);
            if (comment.contains(u'"') || comment.contains(u';') || comment.contains(u'\n'))
                comment = u'"' + QString(comment).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
            text += (ascii ? QStringLiteral("Name%1").arg(line) : QStringLiteral("Имя%1").arg(line)) + u';' + comment + u';'
                    + QString::number(next() % 101) + (next() % 3 == 0 ? QStringLiteral("\n") : QStringLiteral("\r\n"));
        }
        QByteArray bytes = encoding == QLatin1String("cp1251") ? encodeWindows1251(text) : text.toUtf8();
        if (encoding == QLatin1String("bom"))
            bytes.prepend("\xEF\xBB\xBF");
        const Table whole = CsvReader::parse(text, QStringLiteral("big.csv"));
        const Table read = CsvReader::read(writeFile(QStringLiteral("big-%1.csv").arg(QTest::currentDataTag()), bytes));
        QVERIFY(whole.rows.size() > 100'000);
        QCOMPARE(read.header, whole.header);
        QCOMPARE(read.rows.size(), whole.rows.size());
        for (qsizetype i = 0; i < whole.rows.size(); ++i) {
            QCOMPARE(read.rows[i].line, whole.rows[i].line);
            QCOMPARE(read.rows[i].cells, whole.rows[i].cells);
        }
        QCOMPARE(read.format.contains(QStringLiteral("1251")), encoding == QLatin1String("cp1251"));
        QCOMPARE(read.format.contains(QStringLiteral("BOM")), encoding == QLatin1String("bom"));
    }

    void separators_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("semicolon") << QStringLiteral("a;b,c;d\n1;2,5;3") << QStringLiteral(";");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3") << QStringLiteral(",");
        QTest::newRow("quoted separators ignored") << QStringLiteral("\"a;b;c\",d,e\n1,2,3") << QStringLiteral(",");
        QTest::newRow("tab") << QStringLiteral("a\tb\tc\n1\t2\t3") << QStringLiteral("\t");
    }
    void separators()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString(CsvReader::detectSeparator(text)), expected);
    }

    void quotingAndLineNumbers()
    {
        const QString text = QStringLiteral(
            "Имя;Комментарий;Балл\r\n"
            "Анна;\"две\r\nстроки\";5\r\n"
            "\r\n"
            "Олег;\"кавычки \"\"внутри\"\"; и разделитель\";7\r\n"
            "Юлия;;\r\n");
        const Table t = CsvReader::parse(text, QStringLiteral("x.csv"));
        QCOMPARE(t.header, (QStringList{QStringLiteral("Имя"), QStringLiteral("Комментарий"), QStringLiteral("Балл")}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[0].line, 2);
        QCOMPARE(t.rows[0].cells.at(1), QStringLiteral("две\nстроки"));
        QCOMPARE(t.rows[1].line, 5); // after the two-line record and a blank line
        QCOMPARE(t.rows[1].cells.at(1), QStringLiteral("кавычки \"внутри\"; и разделитель"));
        QCOMPARE(t.rows[1].cells.at(2), QStringLiteral("7"));
        QCOMPARE(t.rows[2].line, 6);
        QCOMPARE(t.rows[2].cells.size(), 3);
        QCOMPARE(t.column(QStringLiteral(" балл ")), 2);
    }

    void unclosedQuoteNamesTheLine()
    {
        try {
            CsvReader::parse(QStringLiteral("a;b\n1;2\n3;\"open\n4;5\n"), QStringLiteral("bad.csv"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("bad.csv:3")), qPrintable(e.message()));
        }
    }

    void sameTableFromBomCommaAndCp1251Semicolon()
    {
        const QString utf = QStringLiteral("Фамилия,Организация,Балл\nЁлкина,\"МБОУ \"\"СОШ № 1\"\", г. Альфа\",\"3,5\"\n");
        const QString cp = QStringLiteral("Фамилия;Организация;Балл\nЁлкина;МБОУ \"\"СОШ № 1\"\", г. Альфа;3,5\n")
                               .replace(QStringLiteral("МБОУ \"\"СОШ № 1\"\", г. Альфа"), QStringLiteral("\"МБОУ \"\"СОШ № 1\"\", г. Альфа\""));
        const Table a = CsvReader::read(writeFile(QStringLiteral("a.csv"), QByteArray("\xEF\xBB\xBF") + utf.toUtf8()));
        const Table b = CsvReader::read(writeFile(QStringLiteral("b.csv"), encodeWindows1251(cp)));
        QCOMPARE(a.header, b.header);
        QCOMPARE(a.rows.size(), 1);
        QCOMPARE(a.rows[0].cells, b.rows[0].cells);
        QCOMPARE(a.rows[0].cells.at(1), QStringLiteral("МБОУ \"СОШ № 1\", г. Альфа"));
        QVERIFY(a.format.contains(QStringLiteral("BOM")));
        QVERIFY(b.format.contains(QStringLiteral("1251")));
        QCOMPARE(parseNumber(a.rows[0].cells.at(2)).value(), 3.5);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("dotted") << QStringLiteral("05.03.2024") << QDate(2024, 3, 5);
        QTest::newRow("short dotted") << QStringLiteral("5.3.2024") << QDate(2024, 3, 5);
        QTest::newRow("iso") << QStringLiteral("2024-03-05") << QDate(2024, 3, 5);
        QTest::newRow("iso time") << QStringLiteral("2024-03-05T10:00:00") << QDate(2024, 3, 5);
        QTest::newRow("excel serial") << QStringLiteral("45356") << QDate(2024, 3, 5);
        QTest::newRow("excel serial with time") << QStringLiteral("45356.75") << QDate(2024, 3, 5);
        QTest::newRow("no such day") << QStringLiteral("31.02.2024") << QDate();
        QTest::newRow("two-digit year") << QStringLiteral("05.03.24") << QDate();
        QTest::newRow("text") << QStringLiteral("вчера") << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(parseDate(text), expected);
    }

    void numbers()
    {
        QCOMPARE(parseNumber(QStringLiteral(" 1 200,5 ")).value(), 1200.5);
        QCOMPARE(parseNumber(QStringLiteral("7")).value(), 7.0);
        QVERIFY(!parseNumber(QStringLiteral("семь")));
        QVERIFY(!parseNumber(QString()));
    }

    void xlsx_data()
    {
        QTest::addColumn<bool>("inlineStrings");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings") << true;
    }
    void xlsx()
    {
        QFETCH(bool, inlineStrings);
        const QString path = m_dir.filePath(inlineStrings ? QStringLiteral("inline.xlsx") : QStringLiteral("shared.xlsx"));
        {
            XlsxWriter w(path, inlineStrings);
            w.addSheet(QStringLiteral("Результаты"));
            w.write(0, 0, QStringLiteral("ФИО"), true);
            w.write(0, 1, QStringLiteral("Дата"), true);
            w.write(0, 2, QStringLiteral("Балл"), true);
            w.write(1, 0, QStringLiteral("Ёлкина Юлия"));
            w.write(1, 1, QDate(2024, 3, 5));
            w.write(1, 2, 3.5);
            // row 3 (index 2) left empty, then a sparse row
            w.write(3, 0, QStringLiteral("Петров Иван"));
            w.write(3, 2, 42);
            w.close();
        }
        const Table t = TableReader::read(path);
        QCOMPARE(t.format, QStringLiteral("XLSX"));
        QCOMPARE(t.header, (QStringList{QStringLiteral("ФИО"), QStringLiteral("Дата"), QStringLiteral("Балл")}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[0].line, 2);
        QCOMPARE(t.rows[0].cell(0), QStringLiteral("Ёлкина Юлия"));
        QCOMPARE(parseDate(t.rows[0].cell(1)), QDate(2024, 3, 5));
        QCOMPARE(parseNumber(t.rows[0].cell(2)).value(), 3.5);
        QCOMPARE(t.rows[1].line, 4);
        QCOMPARE(t.rows[1].cell(1), QString());
        QCOMPARE(t.rows[1].cell(2), QStringLiteral("42"));
    }

    void columnLetters()
    {
        QCOMPARE(XlsxReader::columnIndex(u"A1"), 0);
        QCOMPARE(XlsxReader::columnIndex(u"Z9"), 25);
        QCOMPARE(XlsxReader::columnIndex(u"AB12"), 27);
    }

    void notAWorkbook()
    {
        const QString path = writeFile(QStringLiteral("fake.xlsx"), "not a zip");
        QVERIFY_THROWS_EXCEPTION(Error, TableReader::read(path));
    }
};

QTEST_GUILESS_MAIN(TestTableReaders)
#include "tst_tablereaders.moc"
