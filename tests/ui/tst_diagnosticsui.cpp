// The Diagnostics section offscreen on a small real profile: the heat map against SQL,
// drill-down to people, export, the import wizard end to end (worker thread, own
// connection), the deficit profile and manual entry.
#include "diagnosticsfixture.h"

#include "diagnostics/deficitprofilewidget.h"
#include "diagnostics/diagnosticspage.h"
#include "diagnostics/heatmapwidget.h"
#include "diagnostics/importwizard.h"
#include "diagnostics/manualentrydialog.h"
#include "diagnostics/diagnosticservice.h"
#include "diagnostics/framework.h"
#include "demo/demogenerator.h"
#include "diagnostics/heatmap.h"
#include "diagnostics/instruments.h"
#include "io/table.h"
#include "registry/snils.h"
#include "shell/appcontext.h"
#include "storage/sql.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QFile>
#include <QTableView>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTest>

using namespace metodist;
using namespace metodist::ui;

class TestDiagnosticsUi : public QObject {
    Q_OBJECT

    // A wide CSV (Windows-1251 would do as well; UTF-8 here) for the fixture's people.
    static QString writeSample(DiagnosticsFixture &f)
    {
        const QString path = f.path(QStringLiteral("sample.csv"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        const QString text = QStringLiteral(
            "СНИЛС;Фамилия;Имя;Отчество;Организация;Дата;Комментарий;SUBJ.1;METH.1;PSY.1;ICT.1\n"
            "%1;Иванова;Мария;Петровна;СОШ 1;05.03.2024;\"две\nстроки\";40;60;80;100\n"
            "%2;Петров;Иван;Сергеевич;СОШ 1;05.03.2024;;49,5;75;74;50\n"
            ";Сидорова;Анна;Ивановна;\"МАОУ Лицей, г. Бета\";05.03.2024;;10;20;30;\n"
            ";Ёлкина;Юлия;Андреевна;МБДОУ Детский сад № 5;05.03.2024;;0;50;75;99\n")
                                 .arg(Snils::format(f.ivanovaSnils), f.petrovSnils);
        file.write(text.toUtf8());
        return path;
    }

    static void importThroughWizard(AppContext &context, const QString &path)
    {
        ImportWizard wizard(context);
        wizard.setFile(path);
        wizard.show();
        wizard.next(); // reads the file (worker thread)
        QCOMPARE(wizard.currentId(), 1);
        wizard.next(); // guessed mapping -> analysis (worker thread, own connection)
        QCOMPARE(wizard.currentId(), 2);
        QVERIFY2(wizard.plan().ok(), qPrintable(wizard.plan().problems.value(0).toString()));
        QCOMPARE(wizard.plan().diagnostics.size(), 4);
        QVERIFY(wizard.validateCurrentPage()); // the import itself, with its progress dialog
        QCOMPARE(wizard.result().created, 4);
    }

private slots:
    void heatMapMatchesSqlAndDrillsDown()
    {
        DiagnosticsFixture f;
        AppContext context(*f.db);
        importThroughWizard(context, writeSample(f));

        DiagnosticsPage page(context);
        page.resize(1200, 800);
        page.show();
        page.activate();
        HeatMapWidget *heat = page.heatMap();
        HeatMapModel *model = heat->model();
        QVERIFY(model->rowCount() >= 3);
        if (const QString dir = qEnvironmentVariable("METODIST_SCREENSHOT_DIR"); !dir.isEmpty())
            page.grab().save(dir + QStringLiteral("/diagnostics-heatmap.png"));
        QCOMPARE(model->columnCount(), 40);

        const int row = int(model->heatData().groupIds.indexOf(f.schoolA));
        const int column = int(model->heatData().competenceCodes.indexOf(QStringLiteral("PSY.1")));
        QVERIFY(row >= 0 && column >= 0);
        const QModelIndex cell = model->index(row, column);
        // The same figure straight from the tables.
        QSqlQuery q = sql::exec(f.db->db(), QStringLiteral(
            "SELECT count(*), sum(s.level >= 1) FROM diagnostic_score s JOIN diagnostic d ON d.id = s.diagnostic_id "
            "JOIN person p ON p.id = d.person_id JOIN competence c ON c.id = s.competence_id "
            "WHERE p.organisation_id = ? AND c.code = 'PSY.1'"), {f.schoolA});
        QVERIFY(q.next());
        const int measured = q.value(0).toInt(), deficit = q.value(1).toInt();
        QCOMPARE(measured, 2);
        QCOMPARE(model->data(cell, Qt::UserRole + 1).toInt(), measured);
        QCOMPARE(model->data(cell, Qt::UserRole + 2).toInt(), deficit);
        QCOMPARE(model->data(cell, Qt::UserRole).toDouble(), double(deficit) / measured);
        QCOMPARE(model->data(cell).toString(), QStringLiteral("%1%").arg(qRound(100.0 * deficit / measured)));
        QVERIFY(model->data(cell, Qt::ToolTipRole).toString().contains(QStringLiteral("%1 of %2").arg(deficit).arg(measured)));

        QDialog *drill = heat->drillDown(cell);
        QVERIFY(drill);
        auto *people = drill->findChild<QTableWidget *>(QStringLiteral("people"));
        QVERIFY(people);
        QCOMPARE(people->rowCount(), deficit);
        QCOMPARE(people->item(0, 0)->text(), QStringLiteral("Петров Иван Сергеевич"));
        QSignalSpy open(&context, &AppContext::openPersonRequested);
        Q_EMIT people->cellDoubleClicked(0, 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), f.petrov);
        drill->close();

        // Export: the workbook reads back with the same share; the PDF is a PDF.
        const QString xlsx = f.path(QStringLiteral("heat.xlsx"));
        heat->exportTo(xlsx);
        const io::Table t = io::TableReader::read(xlsx);
        const io::TableRow *groupHeader = nullptr;
        for (const io::TableRow &r : t.rows)
            if (r.cell(0) == QLatin1String("Group"))
                groupHeader = &r;
        QVERIFY(groupHeader);
        const int xlsxColumn = int(groupHeader->cells.indexOf(QStringLiteral("PSY.1")));
        bool found = false;
        for (const io::TableRow &r : t.rows)
            if (r.cell(0) == model->heatData().groupNames.at(row)) {
                QCOMPARE(r.cell(xlsxColumn).toDouble(), qRound(1000.0 * deficit / measured) / 10.0);
                found = true;
            }
        QVERIFY(found);
        const QString pdf = f.path(QStringLiteral("heat.pdf"));
        heat->exportTo(pdf);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(4) == "%PDF");
        if (const QString dir = qEnvironmentVariable("METODIST_SCREENSHOT_DIR"); !dir.isEmpty())
            heat->exportTo(dir + QStringLiteral("/diagnostics-heatmap.pdf"));
    }

    void wizardListsAmbiguousRowAndAcceptsTheChosenPerson()
    {
        DiagnosticsFixture f;
        AppContext context(*f.db);
        const QString path = f.path(QStringLiteral("ambiguous.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Фамилия;Имя;Отчество;Организация;Дата;SUBJ.1\n"
                                  "Петров;Иван;Сергеевич;СОШ 1;05.03.2024;70\n"
                                  "Кузнецов;Олег;Викторович;СОШ 1;05.03.2024;30\n").toUtf8());
        file.close();
        ImportWizard wizard(context);
        wizard.setFile(path);
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), 2);
        QCOMPARE(wizard.plan().problems.size(), 1);
        QCOMPARE(wizard.plan().problems.first().kind, ImportProblem::Ambiguous);
        QCOMPARE(wizard.plan().problems.first().row, 3);
        auto *problems = wizard.findChild<QTableWidget *>(QStringLiteral("problems"));
        QCOMPARE(problems->rowCount(), 1);
        QVERIFY(!wizard.validateCurrentPage()); // nothing is imported while a problem is listed
        QCOMPARE(sql::scalar(f.db->db(), QStringLiteral("SELECT count(*) FROM diagnostic")).toInt(), 0);

        wizard.setPersonForRow(3, f.kuznetsov2);
        wizard.back();
        wizard.next(); // checks again with the choice
        QVERIFY(wizard.plan().ok());
        QVERIFY(wizard.validateCurrentPage());
        QCOMPARE(sql::scalar(f.db->db(), QStringLiteral("SELECT count(*) FROM diagnostic WHERE person_id = ?"), {f.kuznetsov2}).toInt(), 1);
        QCOMPARE(sql::scalar(f.db->db(), QStringLiteral("SELECT count(*) FROM diagnostic WHERE person_id = ?"), {f.kuznetsov1}).toInt(), 0);
    }

    void demoRegionHeatMapOpensDownToPeople()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.metodist"));
        DemoOptions options;
        options.staff = 700;
        options.today = QDate(2025, 11, 1);
        const DemoSummary summary = generateDemoRegion(path, options);
        QVERIFY(summary.diagnosticScores > 0);
        auto db = Database::open(path);
        AppContext context(*db);
        DiagnosticsPage page(context);
        page.show();
        page.activate();
        HeatMapModel *model = page.heatMap()->model();
        QVERIFY(model->rowCount() > 1);
        QCOMPARE(model->columnCount(), int(CompetenceFramework(*db).competences().size()));
        // The busiest cell: its drill-down lists exactly its deficit count, and all measured people add up.
        QModelIndex busiest;
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                if (!busiest.isValid() || model->data(model->index(r, c), Qt::UserRole + 1).toInt()
                                              > model->data(busiest, Qt::UserRole + 1).toInt())
                    busiest = model->index(r, c);
        const int measured = model->data(busiest, Qt::UserRole + 1).toInt();
        const int deficit = model->data(busiest, Qt::UserRole + 2).toInt();
        QVERIFY(measured > 0);
        QDialog *drill = page.heatMap()->drillDown(busiest);
        QCOMPARE(drill->findChild<QTableWidget *>(QStringLiteral("people"))->rowCount(), deficit);
        const HeatMapData &data = model->heatData();
        QCOMPARE(int(HeatMap(*db).people(page.heatMap()->query(), data.groupIds.at(busiest.row()),
                                         data.competenceIds.at(busiest.column()), true).size()), measured);
        drill->close();
    }

    // A region-sized file through the wizard: the window keeps processing events while the
    // file is read, checked and written (longest pause between 10 ms timer ticks), and
    // Cancel in the progress dialog leaves the profile as it was.
    void regionSizedImportStaysResponsiveAndCancels()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("region.metodist"));
        DemoOptions options;
        options.staff = 35000;
        options.registerOnly = true;
        options.today = QDate(2025, 11, 1);
        generateDemoRegion(profile, options);
        auto db = Database::open(profile);
        CompetenceFramework framework(*db);
        if (framework.competences().isEmpty())
            framework.seedDefaults();
        if (InstrumentService(*db).instruments().isEmpty()) {
            Instrument instrument;
            instrument.name = QStringLiteral("Региональная диагностика");
            InstrumentService(*db).save(instrument);
        }
        QStringList codes;
        for (const Competence &c : framework.competences())
            codes << c.code;
        const QString csv = dir.filePath(QStringLiteral("region.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QString text = QStringLiteral("СНИЛС;Дата;") + codes.join(u';') + u'\n';
            QSqlQuery q = sql::exec(db->db(), QStringLiteral("SELECT snils FROM person WHERE deleted = 0 AND snils <> '' ORDER BY id"));
            int n = 0;
            while (q.next()) {
                text += q.value(0).toString() + QStringLiteral(";05.03.2025");
                for (int c = 0; c < codes.size(); ++c)
                    text += u';' + QString::number((n * 7 + c * 13) % 101);
                text += u'\n';
                ++n;
            }
            QVERIFY(n > 5000);
            file.write(text.toUtf8());
        }
        const int people = sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM person WHERE deleted = 0 AND snils <> ''")).toInt();
        AppContext context(*db);

        {
            ImportWizard wizard(context);
            wizard.setFile(csv);
            wizard.show();
            wizard.next();
            wizard.next();
            QVERIFY2(wizard.plan().ok(), qPrintable(wizard.plan().problems.value(0).toString()));
            QTimer canceller;
            connect(&canceller, &QTimer::timeout, &wizard, [&wizard] {
                if (auto *progress = wizard.findChild<QProgressDialog *>(QStringLiteral("importProgress")))
                    if (auto *button = progress->findChild<QPushButton *>())
                        button->click(); // as the user does: cancel() alone does not signal
            });
            canceller.start(1);
            QVERIFY(!wizard.validateCurrentPage());
            canceller.stop();
            QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM diagnostic")).toInt(), 0);
            QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'diagnostic'")).toInt(), 0);
        }

        QElapsedTimer clock;
        qint64 last = 0, longestPause = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &ticker, [&] {
            longestPause = std::max(longestPause, clock.elapsed() - last);
            last = clock.elapsed();
        });
        ImportWizard wizard(context);
        wizard.setFile(csv);
        wizard.show();
        clock.start();
        ticker.start(10);
        wizard.next(); // read
        wizard.next(); // check
        QVERIFY(wizard.plan().ok());
        QVERIFY(wizard.validateCurrentPage()); // write
        ticker.stop();
        const qint64 total = clock.elapsed();
        QCOMPARE(wizard.result().created, people);
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'diagnostic' AND op = 'insert'")).toInt(), people);
        qInfo("%d people x %d competences through the wizard in %lld ms; longest pause of the event loop %lld ms",
              people, int(codes.size()), total, longestPause);
        QVERIFY2(longestPause < 300, qPrintable(QStringLiteral("the window did not process events for %1 ms").arg(longestPause)));
    }

    void profileHistoryAndManualEntry()
    {
        DiagnosticsFixture f;
        AppContext context(*f.db);
        importThroughWizard(context, writeSample(f));

        DeficitProfileWidget profile(context);
        profile.setPerson(f.ivanova);
        QCOMPARE(profile.barCount(), 4);
        QCOMPARE(profile.historyTable()->rowCount(), 1);

        ManualEntryDialog dialog(context, f.ivanova);
        const QList<Competence> competences = CompetenceFramework(*f.db).competences();
        const int subj1 = 0; // the framework's first competence is SUBJ.1
        QCOMPARE(competences.at(subj1).code, QStringLiteral("SUBJ.1"));
        dialog.scores()->item(subj1, 1)->setText(QStringLiteral("90"));
        QCOMPARE(dialog.scores()->item(subj1, 3)->text(), QStringLiteral("none"));
        dialog.scores()->item(subj1 + 1, 1)->setText(QStringLiteral("120")); // above 100
        QVERIFY(!dialog.save());
        dialog.scores()->item(subj1 + 1, 1)->setText(QString());
        QVERIFY(dialog.save());

        // The widget follows the data change: two diagnostics, before/after shows SUBJ.1 better.
        QCOMPARE(profile.historyTable()->rowCount(), 2);
        if (const QString dir = qEnvironmentVariable("METODIST_SCREENSHOT_DIR"); !dir.isEmpty()) {
            profile.resize(900, 700);
            profile.grab().save(dir + QStringLiteral("/diagnostics-profile.png"));
        }
        QTableWidget *comparison = profile.comparisonTable();
        bool better = false;
        for (int r = 0; r < comparison->rowCount(); ++r)
            if (comparison->item(r, 0)->text().startsWith(QLatin1String("SUBJ.1")))
                better = comparison->item(r, 3)->text() == QLatin1String("better");
        QVERIFY(better);
    }
};

QTEST_MAIN(TestDiagnosticsUi)
#include "tst_diagnosticsui.moc"
