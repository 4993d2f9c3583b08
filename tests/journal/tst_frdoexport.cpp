// The ФИС ФРДО sheet: the 41-column layout from its one data file, the checker's rules
// (a bad СНИЛС is named with its record and column, duplicate series+number, dates,
// invisible characters, fixed lists, years, hours), refusal to write while problems
// remain, a real XLSX when clean, and the CLI's exit codes.
#include "io/xlsxreader.h"
#include "journal/frdo.h"
#include "journal/journalservice.h"
#include "journalfixture.h"
#include "registry/snils.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;
using namespace metodist::journal;

class TestFrdoExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layoutHas41Columns();
    void cleanRecordsPass();
    void badSnilsIsRefusedAndNamed();
    void duplicateNumberDetected();
    void otherRules();
    void cliExportAndRefusal();

private:
    static CertificateRecord record(int n)
    {
        CertificateRecord r;
        r.id = QStringLiteral("cert-%1").arg(n);
        r.docKind = QStringLiteral("pk_certificate");
        r.series = QStringLiteral("2725");
        r.number = QStringLiteral("%1").arg(n, 7, 10, QLatin1Char('0'));
        r.regNumber = QStringLiteral("ПК-2025/%1").arg(n, 5, 10, QLatin1Char('0'));
        r.issuedOn = QStringLiteral("2025-11-02");
        r.status = QStringLiteral("original");
        r.lastName = QStringLiteral("Иванова");
        r.firstName = QStringLiteral("Мария");
        r.middleName = QStringLiteral("Петровна");
        r.birthDate = QStringLiteral("1985-03-14");
        r.sex = QStringLiteral("F");
        r.snils = test::snilsFor(1000 + n);
        r.programmeTitle = QStringLiteral("Функциональная грамотность");
        r.programmeKind = QStringLiteral("PK");
        r.programmeForm = QStringLiteral("blended");
        r.programmeHours = 36;
        r.groupStartsOn = QStringLiteral("2025-10-01");
        r.groupEndsOn = QStringLiteral("2025-10-30");
        return r;
    }
    static QStringList messages(const QList<FrdoProblem> &problems)
    {
        QStringList list;
        for (const FrdoProblem &p : problems)
            list << p.toString();
        return list;
    }
    const QDate m_today{2026, 1, 15};
};

void TestFrdoExport::layoutHas41Columns()
{
    const QList<FrdoColumn> &columns = FrdoLayout::columns();
    QCOMPARE(columns.size(), 41);
    QCOMPARE(columns.first().title, QStringLiteral("Вид документа"));
    QCOMPARE(columns.at(26).title, QStringLiteral("СНИЛС"));
    QCOMPARE(columns.at(26).type, QStringLiteral("snils"));
    QCOMPARE(FrdoLayout::indexOf(QStringLiteral("snils")), 26);
    // The layout is the data file itself, not a copy in code.
    QFile file(QStringLiteral(METODIST_SOURCE_DIR "/resources/data/frdo_columns.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Подтверждение уничтожения"));
    // Study references are not uploaded.
    CertificateRecord ref = record(9);
    ref.docKind = QStringLiteral("study_reference");
    QCOMPARE(FrdoExport::rowsFrom({record(1), ref}).size(), 1);
}

void TestFrdoExport::cleanRecordsPass()
{
    const QList<FrdoRow> rows = FrdoExport::rowsFrom({record(1), record(2)});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().cells.size(), 41);
    QCOMPARE(rows.first().value(QStringLiteral("issued_on")), QStringLiteral("02.11.2025"));
    QCOMPARE(rows.first().value(QStringLiteral("sex")), QStringLiteral("Жен"));
    QCOMPARE(rows.first().value(QStringLiteral("study_form")), QStringLiteral("Очно-заочная"));
    QVERIFY2(FrdoExport::validate(rows, m_today).isEmpty(), qPrintable(messages(FrdoExport::validate(rows, m_today)).join('\n')));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("frdo.xlsx"));
    FrdoExport::write(path, rows, m_today);
    QVERIFY(QFile(path).size() > 1000);
}

void TestFrdoExport::badSnilsIsRefusedAndNamed()
{
    CertificateRecord bad = record(2);
    QString digits = Snils::normalize(bad.snils);
    digits[10] = QChar(u'0' + (digits.at(10).digitValue() + 1) % 10); // break the checksum
    bad.snils = digits;
    bad.lastName = QStringLiteral("Сидоров");
    const QList<FrdoRow> rows = FrdoExport::rowsFrom({record(1), bad, record(3)});
    const QList<FrdoProblem> problems = FrdoExport::validate(rows, m_today);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().row, 2);
    QCOMPARE(problems.first().column, 27);
    QCOMPARE(problems.first().field, QStringLiteral("СНИЛС"));
    QVERIFY(problems.first().record.contains(QStringLiteral("Сидоров")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("frdo.xlsx"));
    try {
        FrdoExport::write(path, rows, m_today);
        QFAIL("a sheet with a bad СНИЛС was written");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("Сидоров")) && e.message().contains(QStringLiteral("СНИЛС")), qPrintable(e.message()));
    }
    QVERIFY(!QFile::exists(path));
}

void TestFrdoExport::duplicateNumberDetected()
{
    CertificateRecord twin = record(1);
    twin.id = QStringLiteral("other");
    twin.lastName = QStringLiteral("Петров");
    CertificateRecord otherSeries = record(1);
    otherSeries.series = QStringLiteral("2724");
    otherSeries.issuedOn = QStringLiteral("2024-11-02");
    otherSeries.groupStartsOn = QStringLiteral("2024-10-01");
    otherSeries.groupEndsOn = QStringLiteral("2024-10-30");
    const QList<FrdoProblem> problems = FrdoExport::validate(FrdoExport::rowsFrom({record(1), otherSeries, twin}), m_today);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().row, 3);
    QCOMPARE(problems.first().field, QStringLiteral("Номер документа"));
    QVERIFY(problems.first().message.contains(QStringLiteral("row 1")));
}

void TestFrdoExport::otherRules()
{
    QList<FrdoRow> rows = FrdoExport::rowsFrom({record(1), record(2), record(3), record(4), record(5), record(6), record(7)});
    rows[0].at(QStringLiteral("last_name")) = QStringLiteral("Иванова\u00A0Мария");   // non-breaking space
    rows[1].at(QStringLiteral("issued_on")) = QStringLiteral("31.02.2025");            // not a real date
    rows[2].at(QStringLiteral("issued_on")) = QStringLiteral("01.03.2026");            // future (today 15.01.2026)
    rows[3].at(QStringLiteral("birth_date")) = QStringLiteral("01.12.2009");           // 15 at issue
    rows[4].at(QStringLiteral("start_year")) = QStringLiteral("2026");                 // start after end
    rows[5].at(QStringLiteral("hours")) = QStringLiteral("0");                         // not positive
    rows[6].at(QStringLiteral("sex")) = QStringLiteral("жен");                         // not the list spelling
    rows[6].at(QStringLiteral("first_name")).clear();                                  // required
    const QList<FrdoProblem> problems = FrdoExport::validate(rows, m_today);
    const QStringList text = messages(problems);
    QVERIFY2(problems.size() >= 8, qPrintable(text.join('\n')));
    QList<int> rowsWithProblems;
    for (const FrdoProblem &p : problems)
        rowsWithProblems << p.row;
    for (int r = 1; r <= 7; ++r)
        QVERIFY2(rowsWithProblems.contains(r), qPrintable(QStringLiteral("row %1 not reported: ").arg(r) + text.join('\n')));
    QVERIFY(text.join('\n').contains(QStringLiteral("invisible character U+00A0 at position 8")));
    QVERIFY(text.join('\n').contains(QStringLiteral("under 16")));
    QVERIFY(text.join('\n').contains(QStringLiteral("future")));
}

void TestFrdoExport::cliExportAndRefusal()
{
    const QString cli = qEnvironmentVariable("METODIST_CLI");
    if (cli.isEmpty())
        QSKIP("METODIST_CLI is not set");
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p.metodist"));
    QString badName;
    {
        auto db = Database::open(profile);
        const auto s = test::makeJournalScene(*db, 3, 2);
        JournalService service(*db);
        for (int l = 0; l < 3; ++l) {
            service.setMarks(s.groupId, {{s.sessionIds.at(0), s.personIds.at(l), QStringLiteral("present"), QString()},
                                         {s.sessionIds.at(1), s.personIds.at(l), QStringLiteral("present"), QString()}});
            service.setFinal(s.enrolmentIds.at(l), QString(), QStringLiteral("pass"));
        }
        QCOMPARE(service.complete(s.groupId, QDate(2025, 11, 1)).completed, 3);
    }
    auto run = [&](const QStringList &args, QString *err) {
        QProcess p;
        p.start(cli, args);
        p.waitForFinished(60000);
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QString out = dir.filePath(QStringLiteral("frdo.xlsx"));
    const QStringList args{QStringLiteral("frdo-export"), QStringLiteral("--profile"), profile, QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                           QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--out"), out};
    QString err;
    QCOMPARE(run(args, &err), 0);
    QVERIFY2(QFile::exists(out), qPrintable(err));
    QFile::remove(out);
    {
        auto db = Database::open(profile);
        const QString person = sql::scalar(db->db(), QStringLiteral("SELECT person_id FROM certificate LIMIT 1")).toString();
        badName = sql::scalar(db->db(), QStringLiteral("SELECT last_name FROM person WHERE id = ?"), {person}).toString();
        QString snils = sql::scalar(db->db(), QStringLiteral("SELECT snils FROM person WHERE id = ?"), {person}).toString();
        snils[10] = QChar(u'0' + (snils.at(10).digitValue() + 1) % 10); // a wrong checksum
        QVERIFY(!Snils::isValid(snils));
        sql::exec(db->db(), QStringLiteral("UPDATE person SET snils = ? WHERE id = ?"), {snils, person});
    }
    QCOMPARE(run(args, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("СНИЛС")) && err.contains(badName), qPrintable(err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestFrdoExport)
#include "tst_frdoexport.moc"
