// Diagnostics intake against real profile files: the same data in different encodings,
// separators and formats gives identical results; bad input writes nothing and names
// its rows; re-import does not duplicate; ambiguity is reported, never guessed.
#include "diagnosticsfixture.h"

#include "diagnostics/diagnosticservice.h"
#include "diagnostics/framework.h"
#include "diagnostics/heatmap.h"
#include "diagnostics/importer.h"
#include "io/table.h"
#include "io/textcodec.h"
#include "io/xlsxwriter.h"
#include "registry/snils.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace metodist;

namespace {

const QStringList kHeader = {QStringLiteral("СНИЛС"), QStringLiteral("Фамилия"), QStringLiteral("Имя"), QStringLiteral("Отчество"),
                             QStringLiteral("Организация"), QStringLiteral("Дата"), QStringLiteral("Комментарий"),
                             QStringLiteral("SUBJ.1"), QStringLiteral("METH.1"), QStringLiteral("PSY.1"), QStringLiteral("ICT.1")};

// The records of the wide file; the first has a two-line comment, so rows after it
// start one line later in the file than their record number suggests.
QList<QStringList> records(const DiagnosticsFixture &f)
{
    return {
        {Snils::format(f.ivanovaSnils), QStringLiteral("Иванова"), QStringLiteral("Мария"), QStringLiteral("Петровна"),
         QStringLiteral("МБОУ \"СОШ № 1\""), QStringLiteral("05.03.2024"), QStringLiteral("первая строка\nвторая строка"),
         QStringLiteral("40"), QStringLiteral("60"), QStringLiteral("80"), QStringLiteral("100")},
        {f.petrovSnils, QStringLiteral("Петров"), QStringLiteral("Иван"), QStringLiteral("Сергеевич"),
         QStringLiteral("СОШ 1"), QStringLiteral("2024-03-05"), QString(),
         QStringLiteral("49,5"), QStringLiteral("75"), QStringLiteral("74"), QStringLiteral("50")},
        {QString(), QStringLiteral("Сидорова"), QStringLiteral("Анна"), QStringLiteral("Ивановна"),
         QStringLiteral("МАОУ Лицей, г. Бета"), QStringLiteral("05.03.2024"), QStringLiteral("без \"оценки\" ИКТ"),
         QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("30"), QString()},
        {QString(), QStringLiteral("Елкина"), QStringLiteral("Юлия"), QStringLiteral("Андреевна"),
         QStringLiteral("МБДОУ Детский сад № 5"), QStringLiteral("2024-03-05"), QString(),
         QStringLiteral("0"), QStringLiteral("50"), QStringLiteral("75"), QStringLiteral("99,9")},
    };
}

QString csvField(const QString &value, QChar sep)
{
    if (!value.contains(sep) && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString csvText(const QList<QStringList> &rows, QChar sep)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &c : row)
            cells << csvField(c, sep);
        text += cells.join(sep) + QStringLiteral("\r\n");
    }
    return text;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

ImportMapping wideMapping()
{
    ImportMapping m;
    m.snils = QStringLiteral("СНИЛС");
    m.lastName = QStringLiteral("Фамилия");
    m.firstName = QStringLiteral("Имя");
    m.middleName = QStringLiteral("Отчество");
    m.organisation = QStringLiteral("Организация");
    m.date = QStringLiteral("Дата");
    m.instrumentName = QStringLiteral("Региональная диагностика");
    m.defaultMax = 100;
    m.ignored = {QStringLiteral("Комментарий")};
    return m;
}

ImportResult importFile(Database &db, const QString &path, const ImportMapping &mapping = wideMapping())
{
    DiagnosticsImporter importer(db);
    const ImportPlan plan = importer.analyse(io::TableReader::read(path), mapping);
    QStringList problems;
    for (const ImportProblem &p : plan.problems)
        problems << p.toString();
    if (!plan.ok())
        throw Error(problems.join(u'\n'));
    return importer.write(plan);
}

int count(Database &db, const QString &statement)
{
    return sql::scalar(db.db(), statement).toInt();
}

} // namespace

class TestDiagnosticsImport : public QObject {
    Q_OBJECT
private slots:
    void levels_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("pronounced");
        QTest::addColumn<double>("partial");
        QTest::addColumn<int>("level");
        QTest::newRow("zero") << 0.0 << 100.0 << 0.5 << 0.75 << 2;
        QTest::newRow("just below 50%") << 49.99 << 100.0 << 0.5 << 0.75 << 2;
        QTest::newRow("exactly 50%") << 50.0 << 100.0 << 0.5 << 0.75 << 1;
        QTest::newRow("just below 75%") << 74.99 << 100.0 << 0.5 << 0.75 << 1;
        QTest::newRow("exactly 75%") << 75.0 << 100.0 << 0.5 << 0.75 << 0;
        QTest::newRow("full") << 10.0 << 10.0 << 0.5 << 0.75 << 0;
        QTest::newRow("3 of 5 at 0.6 is not below") << 3.0 << 5.0 << 0.6 << 0.8 << 1;
        QTest::newRow("4 of 5 at 0.8 is not below") << 4.0 << 5.0 << 0.6 << 0.8 << 0;
        QTest::newRow("1.5 of 3 at 0.5") << 1.5 << 3.0 << 0.5 << 0.75 << 1;
        QTest::newRow("equal thresholds") << 6.0 << 10.0 << 0.7 << 0.7 << 2;
    }
    void levels()
    {
        QFETCH(double, score);
        QFETCH(double, max);
        QFETCH(double, pronounced);
        QFETCH(double, partial);
        QFETCH(int, level);
        QCOMPARE(deficitLevel(score, max, pronounced, partial), level);
    }

    void defaultFrameworkHasSevenAreas()
    {
        DiagnosticsFixture f;
        CompetenceFramework framework(*f.db);
        QCOMPARE(framework.areas().size(), 7);
        QCOMPARE(framework.competences().size(), 40);
        QCOMPARE(framework.seedDefaults(), 0); // already there: nothing added
        QCOMPARE(framework.areas().last().forManagers, true);
    }

    void bomCommaAndCp1251SemicolonGiveIdenticalResults()
    {
        DiagnosticsFixture a, b;
        QList<QStringList> rows = {kHeader};
        rows += records(a);
        const QString utf = a.path(QStringLiteral("utf8.csv"));
        const QString cp = b.path(QStringLiteral("cp1251.csv"));
        writeBytes(utf, QByteArray("\xEF\xBB\xBF") + csvText(rows, u',').toUtf8());
        writeBytes(cp, io::encodeWindows1251(csvText(rows, u';')));

        const ImportResult ra = importFile(*a.db, utf);
        const ImportResult rb = importFile(*b.db, cp);
        QCOMPARE(ra.created, 4);
        QCOMPARE(rb.created, 4);
        const QStringList da = DiagnosticsFixture::dump(*a.db), db = DiagnosticsFixture::dump(*b.db);
        QCOMPARE(da.size(), 15); // Сидорова has no ICT score
        QCOMPARE(da, db);

        // Levels with the default thresholds, straight from the table.
        auto level = [&](const QString &person, const QString &code) {
            return sql::scalar(a.db->db(), QStringLiteral(
                "SELECT s.level FROM diagnostic_score s JOIN diagnostic d ON d.id = s.diagnostic_id "
                "JOIN competence c ON c.id = s.competence_id WHERE d.person_id = ? AND c.code = ?"), {person, code}).toInt();
        };
        QCOMPARE(level(a.ivanova, QStringLiteral("SUBJ.1")), 2);
        QCOMPARE(level(a.ivanova, QStringLiteral("METH.1")), 1);
        QCOMPARE(level(a.ivanova, QStringLiteral("PSY.1")), 0);
        QCOMPARE(level(a.petrov, QStringLiteral("SUBJ.1")), 2); // 49,5
        QCOMPARE(level(a.petrov, QStringLiteral("METH.1")), 0); // 75
        QCOMPARE(level(a.petrov, QStringLiteral("PSY.1")), 1);  // 74
        QCOMPARE(level(a.yolkina, QStringLiteral("ICT.1")), 0); // matched «Елкина» to «Ёлкина»
        // The sync triggers queued every written row: one per diagnostic, its scores inside.
        QCOMPARE(count(*a.db, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'diagnostic'")), 4);
        QCOMPARE(count(*a.db, QStringLiteral("SELECT sum(json_array_length(j.value)) FROM diagnostic d, json_each(d.scores) j")), 15 * 3);
    }

    void oneBadRowImportsNothingAndIsNamed()
    {
        DiagnosticsFixture f;
        QList<QStringList> rows = {kHeader};
        rows += records(f);
        rows[3][9] = QStringLiteral("130"); // Сидорова, PSY.1; her record starts on line 5
        const QString path = f.path(QStringLiteral("bad.csv"));
        writeBytes(path, csvText(rows, u';').toUtf8());

        DiagnosticsImporter importer(*f.db);
        const ImportPlan plan = importer.analyse(io::TableReader::read(path), wideMapping());
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.first().toString(), QStringLiteral("bad.csv:5:PSY.1: score 130 is above the maximum 100"));
        QVERIFY_THROWS_EXCEPTION(Error, importer.write(plan));
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM diagnostic")), 0);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name LIKE 'diagnostic%'")), 0);
    }

    void everyProblemIsListedWithRowAndColumn()
    {
        DiagnosticsFixture f;
        const QString school = QStringLiteral("МБОУ \"СОШ № 1\"");
        const QList<QStringList> rows = {
            {QStringLiteral("Фамилия"), QStringLiteral("Имя"), QStringLiteral("Отчество"), QStringLiteral("Организация"),
             QStringLiteral("СНИЛС"), QStringLiteral("Дата"), QStringLiteral("Компетенция"), QStringLiteral("Балл"), QStringLiteral("Максимум")},
            {QStringLiteral("Иванова"), QStringLiteral("Мария"), QStringLiteral("Петровна"), school, f.ivanovaSnils, QStringLiteral("05.03.2024"), QStringLiteral("SUBJ.1"), QStringLiteral("7"), QStringLiteral("10")},
            {QStringLiteral("Иванова"), QStringLiteral("Мария"), QStringLiteral("Петровна"), school, QStringLiteral("112-233-445 96"), QStringLiteral("05.03.2024"), QStringLiteral("SUBJ.2"), QStringLiteral("7"), QStringLiteral("10")},
            {QStringLiteral("Петров"), QStringLiteral("Иван"), QStringLiteral("Сергеевич"), school, f.petrovSnils, QStringLiteral("05.03.2024"), QStringLiteral("SUBJ.1"), QStringLiteral("-1"), QStringLiteral("10")},
            {QStringLiteral("Петров"), QStringLiteral("Иван"), QStringLiteral("Сергеевич"), school, f.petrovSnils, QStringLiteral("05.03.2024"), QStringLiteral("SUBJ.2"), QStringLiteral("11"), QStringLiteral("10")},
            {QStringLiteral("Петров"), QStringLiteral("Иван"), QStringLiteral("Сергеевич"), school, f.petrovSnils, QStringLiteral("05.03.2024"), QStringLiteral("XYZ.9"), QStringLiteral("5"), QStringLiteral("10")},
            {QStringLiteral("Иванова"), QStringLiteral("Мария"), QStringLiteral("Петровна"), school, f.ivanovaSnils, QStringLiteral("2024-03-05"), QStringLiteral("SUBJ.1"), QStringLiteral("8"), QStringLiteral("10")},
            {QStringLiteral("Петров"), QStringLiteral("Иван"), QStringLiteral("Сергеевич"), school, f.petrovSnils, QStringLiteral("31.02.2024"), QStringLiteral("SUBJ.3"), QStringLiteral("5"), QStringLiteral("10")},
            {QStringLiteral("Смирнов"), QStringLiteral("Пётр"), QString(), school, QString(), QStringLiteral("05.03.2024"), QStringLiteral("SUBJ.1"), QStringLiteral("5"), QStringLiteral("10")},
            {QStringLiteral("Кузнецов"), QStringLiteral("Олег"), QStringLiteral("Викторович"), school, QString(), QStringLiteral("05.03.2024"), QStringLiteral("SUBJ.1"), QStringLiteral("5"), QStringLiteral("10")},
        };
        const QString path = f.path(QStringLiteral("long.csv"));
        writeBytes(path, csvText(rows, u';').toUtf8());
        ImportMapping m = ImportMapping::fromJson(QJsonObject{
            {QStringLiteral("layout"), QStringLiteral("long")},
            {QStringLiteral("columns"), QJsonObject{{QStringLiteral("snils"), QStringLiteral("СНИЛС")},
                                                    {QStringLiteral("last_name"), QStringLiteral("Фамилия")},
                                                    {QStringLiteral("first_name"), QStringLiteral("Имя")},
                                                    {QStringLiteral("middle_name"), QStringLiteral("Отчество")},
                                                    {QStringLiteral("organisation"), QStringLiteral("Организация")},
                                                    {QStringLiteral("date"), QStringLiteral("Дата")},
                                                    {QStringLiteral("competence"), QStringLiteral("Компетенция")},
                                                    {QStringLiteral("score"), QStringLiteral("Балл")},
                                                    {QStringLiteral("max"), QStringLiteral("Максимум")}}},
            {QStringLiteral("instrument"), QStringLiteral("региональная ДИАГНОСТИКА")}});
        DiagnosticsImporter importer(*f.db);
        const io::Table table = io::TableReader::read(path);
        ImportPlan plan = importer.analyse(table, m);
        QStringList text;
        for (const ImportProblem &p : plan.problems)
            text << p.toString();
        const QString all = text.join(u'\n');
        QCOMPARE(plan.problems.size(), 8);
        QVERIFY2(all.contains(QStringLiteral("long.csv:3:СНИЛС: invalid СНИЛС")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("long.csv:4:Балл: score -1 is negative")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("long.csv:5:Балл: score 11 is above the maximum 10")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("long.csv:6:Компетенция: unknown competence «XYZ.9»")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("long.csv:7:: duplicate of row 2")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("long.csv:8:Дата: bad date «31.02.2024»")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("long.csv:9:Фамилия: no person «Смирнов Пётр»")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("long.csv:10:Фамилия: 2 people match «Кузнецов Олег Викторович»")), qPrintable(all));
        QCOMPARE(plan.problems.last().kind, ImportProblem::Ambiguous);
        QVERIFY(all.count(QStringLiteral("long.csv:2:")) == 0);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM diagnostic")), 0);

        // The user resolves the ambiguous row by choosing a person: that row is then clean.
        importer.setPersonOverrides({{10, f.kuznetsov2}});
        plan = importer.analyse(table, m);
        QCOMPARE(plan.problems.size(), 7);
        for (const ImportProblem &p : plan.problems)
            QVERIFY(p.row != 10);
    }

    void reimportDoesNotDuplicate()
    {
        DiagnosticsFixture f;
        QList<QStringList> rows = {kHeader};
        rows += records(f);
        const QString path = f.path(QStringLiteral("again.csv"));
        writeBytes(path, csvText(rows, u';').toUtf8());
        QCOMPARE(importFile(*f.db, path).created, 4);
        const QStringList before = DiagnosticsFixture::dump(*f.db);
        const int outboxBefore = count(*f.db, QStringLiteral("SELECT count(*) FROM outbox"));

        const ImportResult again = importFile(*f.db, path);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(again.scoresWritten, 0);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM diagnostic")), 4);
        QCOMPARE(DiagnosticsFixture::dump(*f.db), before);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);

        // A corrected file updates the one changed score in place.
        rows[2][10] = QStringLiteral("20"); // Петров ICT.1: 50 -> 20
        writeBytes(path, csvText(rows, u';').toUtf8());
        const ImportResult corrected = importFile(*f.db, path);
        QCOMPARE(corrected.updated, 1);
        QCOMPARE(corrected.unchanged, 3);
        QCOMPARE(corrected.scoresWritten, 1);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM diagnostic_score")), 15);
        QCOMPARE(sql::scalar(f.db->db(), QStringLiteral(
                     "SELECT s.level FROM diagnostic_score s JOIN diagnostic d ON d.id = s.diagnostic_id "
                     "JOIN competence c ON c.id = s.competence_id WHERE d.person_id = ? AND c.code = 'ICT.1'"), {f.petrov}).toInt(), 2);
    }

    void cancelRollsBack()
    {
        DiagnosticsFixture f;
        QList<QStringList> rows = {kHeader};
        rows += records(f);
        const QString path = f.path(QStringLiteral("cancel.csv"));
        writeBytes(path, csvText(rows, u',').toUtf8());
        DiagnosticsImporter importer(*f.db);
        const ImportPlan plan = importer.analyse(io::TableReader::read(path), wideMapping());
        QVERIFY(plan.ok());
        int calls = 0;
        const ImportResult r = importer.write(plan, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total; // cancel on the last step, after every row was inserted
        });
        QVERIFY(r.cancelled);
        QVERIFY(calls > 0);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM diagnostic")), 0);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM diagnostic_score")), 0);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name LIKE 'diagnostic%'")), 0);
        // The bulk write's suspended insert trigger is back, and the next import is queued for sync.
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'outbox_diagnostic_insert'")), 1);
        const ImportResult again = importer.write(plan);
        QVERIFY(again.created > 0);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM outbox o JOIN diagnostic d ON d.id = o.row_id "
                                             "WHERE o.table_name = 'diagnostic' AND o.op = 'insert'")), again.created);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'diagnostic' AND action = 'insert'")), again.created);
    }

    void xlsxGivesTheSameAsCsv()
    {
        DiagnosticsFixture a, b;
        QList<QStringList> rows = {kHeader};
        rows += records(a);
        const QString csv = a.path(QStringLiteral("same.csv"));
        writeBytes(csv, csvText(rows, u';').toUtf8());
        const QString xlsx = b.path(QStringLiteral("same.xlsx"));
        {
            io::XlsxWriter w(xlsx);
            w.addSheet(QStringLiteral("Лист1"));
            for (int r = 0; r < rows.size(); ++r)
                for (int c = 0; c < rows[r].size(); ++c) {
                    const QString text = rows[r][c];
                    QVariant value = text;
                    if (r > 0 && c == 5)
                        value = QDate(2024, 3, 5); // a real date cell: a serial number in the sheet
                    else if (r > 0 && c >= 7 && !text.isEmpty())
                        value = QString(text).replace(u',', u'.').toDouble();
                    w.write(r, c, value);
                }
            w.close();
        }
        importFile(*a.db, csv);
        importFile(*b.db, xlsx);
        const QStringList da = DiagnosticsFixture::dump(*a.db);
        QCOMPARE(da.size(), 15);
        QCOMPARE(DiagnosticsFixture::dump(*b.db), da);
    }

    void instrumentThresholdsApply()
    {
        DiagnosticsFixture f;
        Instrument strict;
        strict.name = QStringLiteral("Строгая");
        strict.kind = QStringLiteral("federal");
        strict.thresholdPronounced = 0.6;
        strict.thresholdPartial = 0.9;
        InstrumentService(*f.db).save(strict);
        Instrument wrong = strict;
        wrong.id.clear();
        wrong.name = QStringLiteral("Неверная");
        wrong.thresholdPronounced = 0.8;
        wrong.thresholdPartial = 0.7;
        QVERIFY_THROWS_EXCEPTION(Error, InstrumentService(*f.db).save(wrong));

        QList<QStringList> rows = {kHeader};
        rows += records(f);
        const QString path = f.path(QStringLiteral("strict.csv"));
        writeBytes(path, csvText(rows, u';').toUtf8());
        ImportMapping m = wideMapping();
        m.instrumentName = strict.name;
        importFile(*f.db, path, m);
        auto level = [&](const QString &person, const QString &code) {
            return sql::scalar(f.db->db(), QStringLiteral(
                "SELECT s.level FROM diagnostic_score s JOIN diagnostic d ON d.id = s.diagnostic_id "
                "JOIN competence c ON c.id = s.competence_id WHERE d.person_id = ? AND c.code = ?"), {person, code}).toInt();
        };
        QCOMPARE(level(f.ivanova, QStringLiteral("METH.1")), 1); // 60: not below 0.6
        QCOMPARE(level(f.ivanova, QStringLiteral("PSY.1")), 1);  // 80: below 0.9
        QCOMPARE(level(f.petrov, QStringLiteral("METH.1")), 1);  // 75
        QCOMPARE(level(f.ivanova, QStringLiteral("ICT.1")), 0);  // 100
        QCOMPARE(level(f.petrov, QStringLiteral("ICT.1")), 2);   // 50
    }

    void manualEntryAndQuestionnaire()
    {
        DiagnosticsFixture f;
        const QList<Competence> competences = CompetenceFramework(*f.db).competences();
        DiagnosticService service(*f.db);
        try {
            service.saveManual(f.sidorova, f.instrument.id, QDate(2024, 1, 10),
                               {{competences[0].id, 12, 10}, {competences[0].id, 1, 10}});
            QFAIL("accepted a score above its maximum");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("SUBJ.1")) && e.message().contains(QStringLiteral("twice")), qPrintable(e.message()));
        }
        const QString manual = service.saveManual(f.sidorova, f.instrument.id, QDate(2024, 1, 10),
                                                  {{competences[0].id, 4, 10}, {competences[1].id, 9, 10}});
        QCOMPARE(service.levels(manual).size(), 2);
        QCOMPARE(service.levels(manual).at(0).level, 2);

        // A self-assessment questionnaire: two items on SUBJ.1 (max 3 each), one on METH.1.
        Instrument self;
        self.name = QStringLiteral("Самооценка");
        self.kind = QStringLiteral("self_assessment");
        InstrumentService instruments(*f.db);
        instruments.save(self);
        InstrumentItem i1{{}, self.id, QStringLiteral("1"), QStringLiteral("Знаю предмет"), competences[0].id, 3, 1};
        InstrumentItem i2{{}, self.id, QStringLiteral("2"), QStringLiteral("Решаю задачи"), competences[0].id, 3, 2};
        InstrumentItem i3{{}, self.id, QStringLiteral("3"), QStringLiteral("Проектирую урок"), competences[1].id, 4, 3};
        instruments.saveItem(i1);
        instruments.saveItem(i2);
        instruments.saveItem(i3);
        QVERIFY_THROWS_EXCEPTION(Error, service.questionnaireScores(self.id, {{i1.id, 4}}));
        const QString q = service.scoreQuestionnaire(f.sidorova, self.id, QDate(2024, 6, 1), {{i1.id, 3}, {i2.id, 1.5}, {i3.id, 4}});
        const QList<CompetenceLevel> levels = service.levels(q);
        QCOMPARE(levels.size(), 2);
        QCOMPARE(levels[0].score, 4.5);
        QCOMPARE(levels[0].max, 6.0);
        QCOMPARE(levels[0].level, 0); // 4.5/6 = 0.75 exactly: not below
        QCOMPARE(levels[1].level, 0);

        const QList<DiagnosticSummary> history = service.history(f.sidorova);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().source, QStringLiteral("questionnaire"));
        const QList<LevelChange> change = service.compare(manual, q);
        QCOMPARE(change.size(), 2);
        QCOMPARE(change[0].before, 2);
        QCOMPARE(change[0].after, 0);
        const QList<CompetenceLevel> profile = service.currentProfile(f.sidorova);
        QCOMPARE(profile.size(), 2);
        QCOMPARE(profile[0].level, 0);
    }

    void heatMapMatchesSql()
    {
        DiagnosticsFixture f;
        QList<QStringList> rows = {kHeader};
        rows += records(f);
        const QString path = f.path(QStringLiteral("heat.csv"));
        writeBytes(path, csvText(rows, u';').toUtf8());
        importFile(*f.db, path);
        HeatMap heat(*f.db);
        HeatMapQuery query;
        const HeatMapData data = heat.build(query);
        QCOMPARE(data.competenceIds.size(), 40);
        const int row = int(data.groupIds.indexOf(f.schoolA));
        const int col = int(data.competenceCodes.indexOf(QStringLiteral("SUBJ.1")));
        QVERIFY(row >= 0 && col >= 0);
        QCOMPARE(data.cells[row][col].measured, 2);
        QCOMPARE(data.cells[row][col].deficit, 2); // 40 and 49,5
        const int psy = int(data.competenceCodes.indexOf(QStringLiteral("PSY.1")));
        QCOMPARE(data.cells[row][psy].deficit, 1);  // Петров 74
        QCOMPARE(heat.people(query, f.schoolA, data.competenceIds[psy]).size(), 1);
        QCOMPARE(heat.people(query, f.schoolA, data.competenceIds[psy]).first().personId, f.petrov);
        query.groupBy = HeatMapQuery::GroupBy::Municipality;
        query.minLevel = 2;
        const HeatMapData byMunicipality = heat.build(query);
        const int m = int(byMunicipality.groupIds.indexOf(f.municipalityA));
        QCOMPARE(byMunicipality.cells[m][col].measured, 3); // + Ёлкина (kindergarten in Альфа), 0 points
        QCOMPARE(byMunicipality.cells[m][col].deficit, 3);
    }

    void cliListsProblemsAndImports()
    {
        const QString cli = qEnvironmentVariable("METODIST_CLI");
        if (cli.isEmpty())
            QSKIP("METODIST_CLI is not set (run through ctest)");
        DiagnosticsFixture f;
        QList<QStringList> rows = {kHeader};
        rows += records(f);
        const QString profile = f.db->path();
        f.db.reset(); // the CLI opens the file itself
        const QString mappingPath = f.path(QStringLiteral("mapping.json"));
        wideMapping().saveFile(mappingPath);

        rows[4][8] = QStringLiteral("много");
        const QString bad = f.path(QStringLiteral("cli-bad.csv"));
        writeBytes(bad, io::encodeWindows1251(csvText(rows, u';')));
        QProcess p;
        p.start(cli, {QStringLiteral("import-diagnostics"), bad, QStringLiteral("--profile"), profile,
                      QStringLiteral("--mapping"), mappingPath});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("cli-bad.csv:6:METH.1: «много» is not a number")), qPrintable(err));

        rows[4][8] = QStringLiteral("50");
        const QString good = f.path(QStringLiteral("cli-good.csv"));
        writeBytes(good, io::encodeWindows1251(csvText(rows, u';')));
        p.start(cli, {QStringLiteral("import-diagnostics"), good, QStringLiteral("--profile"), profile,
                      QStringLiteral("--mapping"), mappingPath, QStringLiteral("--source"), QStringLiteral("ЦОПМКП")});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("4 new")), qPrintable(out));

        // The remembered mapping serves the next file of the same source.
        p.start(cli, {QStringLiteral("import-diagnostics"), good, QStringLiteral("--profile"), profile,
                      QStringLiteral("--source"), QStringLiteral("ЦОПМКП")});
        QVERIFY(p.waitForFinished(60000));
        const QString again = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(again.contains(QStringLiteral("0 new")) && again.contains(QStringLiteral("4 unchanged")), qPrintable(again));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsImport)
#include "tst_diagnosticsimport.moc"
