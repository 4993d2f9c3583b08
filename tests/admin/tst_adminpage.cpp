// The Administration page, offscreen, on a real profile file and a real metodist-server:
// backup and restore with progress (the restored profile equals the backup, a foreign file
// is refused and changes nothing), a reference book refusing to delete what is in use,
// the audit log table, and users added and disabled on the server.
#include "admin/adminpage.h"
#include "admin/auditmodel.h"
#include "admin/auditwidget.h"
#include "admin/backupwidget.h"
#include "admin/referencebookswidget.h"
#include "admin/userswidget.h"
#include "serverprocess.h"
#include "storage/rows.h"
#include "storage/sql.h"
#include "sync/syncsettings.h"
#include "tabledump.h"
#include "testprofile.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTest>

using namespace metodist;
using namespace metodist::test;
using namespace metodist::ui;

class TestAdminPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<AdminPage> m_page;
    SmallRegion m_region;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
        m_db->setUserId(QStringLiteral("u-admin"));
        m_region = makeSmallRegion(*m_db, 2, 2, 5);
        m_context = std::make_unique<AppContext>(*m_db);
        m_page = std::make_unique<AdminPage>(*m_context, std::make_unique<MemoryTokenStore>());
        m_page->resize(1100, 700);
        m_page->show();
        m_page->activate();
    }

    void backupAndRestore()
    {
        BackupWidget *w = m_page->backup();
        QSignalSpy finished(w, &BackupWidget::finished);
        const QString backup = m_dir.filePath(QStringLiteral("one.metodist-backup"));
        w->backupTo(backup);
        QVERIFY(w->isBusy());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(!w->progressBar()->isVisible());
        const TableDump atBackup = dumpSyncedTables(backup);
        QVERIFY(totalRows(atBackup) > 20);

        // Work goes on, then the backup is restored while this page's connection stays open.
        Rows::setDeleted(*m_db, QStringLiteral("person"), m_region.personIds.first(), true);
        Rows::insert(*m_db, QStringLiteral("municipality"), {{QStringLiteral("name"), QStringLiteral("Лишний")}});
        QSignalSpy changed(m_context.get(), &AppContext::dataChanged);
        w->restoreFrom(backup);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(w->statusText().contains(QLatin1String(".before-restore-")));
        QCOMPARE(changed.size(), 1);
        const QString diff = firstDifference(dumpSyncedTables(m_db->path()), atBackup);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The app's own connection sees the restored data.
        QCOMPARE(Rows::get(*m_db, QStringLiteral("person"), m_region.personIds.first()).value(QStringLiteral("deleted")).toInt(), 0);

        // Something that is not a backup: refused, nothing changes.
        const QString junk = m_dir.filePath(QStringLiteral("junk.metodist-backup"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        w->restoreFrom(junk);
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY2(w->statusText().contains(QLatin1String("not a Metodist backup")), qPrintable(w->statusText()));
        QVERIFY(firstDifference(dumpSyncedTables(m_db->path()), atBackup).isEmpty());
    }

    void referenceBookRefusesToDeleteWhatIsUsed()
    {
        m_page->tabs()->setCurrentWidget(m_page->referenceBooks());
        ReferenceBooksWidget *w = m_page->referenceBooks();
        w->showBook(ReferenceBooks::Book::Position);
        QTableWidget *t = w->table();
        QCOMPARE(t->rowCount(), 2);
        int row = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 1)->text() == QStringLiteral("учитель"))
                row = r;
        QVERIFY(row >= 0);
        t->selectRow(row);
        QCOMPARE(w->nameEdit()->text(), QStringLiteral("учитель"));
        QVERIFY(!w->deleteEntry());
        QVERIFY2(w->message().contains(QLatin1String("person.position: 10")), qPrintable(w->message()));
        // Rename from the form: every card follows.
        w->nameEdit()->setText(QStringLiteral("учитель начальных классов"));
        QVERIFY2(w->saveEntry(), qPrintable(w->message()));
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM person WHERE position = 'учитель начальных классов'")).toInt(), 10);
    }

    void auditLogShowsTheChanges()
    {
        m_page->tabs()->setCurrentWidget(m_page->audit());
        AuditWidget *w = m_page->audit();
        QVERIFY(w->model()->rowCount() > 0);
        // The renames just made, by this user, on person.
        w->tableBox()->setCurrentIndex(w->tableBox()->findData(QStringLiteral("person")));
        w->userBox()->setCurrentIndex(w->userBox()->findData(QStringLiteral("u-admin")));
        w->textEdit()->setText(QStringLiteral("position"));
        w->applyFilter();
        QCOMPARE(w->model()->rowCount(), 10);
        QCOMPARE(w->model()->entry(0).action, QStringLiteral("update"));
        const QString xlsx = m_dir.filePath(QStringLiteral("audit.xlsx"));
        QCOMPARE(w->exportTo(xlsx), 10);
        QVERIFY(QFileInfo(xlsx).size() > 0);
        // Each entry names its person, not just the row id.
        const QString renamed = w->model()->entry(0).rowId;
        QCOMPARE(w->model()->data(w->model()->index(0, AuditLog::Record), Qt::DisplayRole).toString(),
                 sql::scalar(m_db->db(), QStringLiteral("SELECT last_name || ' ' || first_name || coalesce(' ' || nullif(middle_name, ''), '') "
                                                        "FROM person WHERE id = ?"), {renamed}).toString());

        // Deleting old entries: the dialog counts what a day would delete; Delete removes exactly that.
        const qint64 all = sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        QString counted;
        bool deleteOffered = true;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QDateEdit *>()->setDate(QDate::currentDate()); // before today: nothing yet
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->text().startsWith(u'0'))
                    counted = label->text();
            deleteOffered = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->reject();
        });
        w->findChild<QPushButton *>(QStringLiteral("trimAudit"))->click();
        QVERIFY2(!counted.isEmpty(), "the dialog did not say that 0 entries would be deleted");
        QVERIFY(!deleteOffered);
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), all);
        QCOMPARE(w->deleteBefore(QDate::currentDate().addDays(1)), all);
        QCOMPARE(w->model()->rowCount(), 0);
    }

    void usersOnTheServer()
    {
        if (qEnvironmentVariableIsEmpty("METODIST_SERVER"))
            QSKIP("METODIST_SERVER is not set (run through ctest)");
        const QString spec = QStringLiteral("sqlite:%1").arg(m_dir.filePath(QStringLiteral("server.db")));
        QVERIFY(!ServerProcess::addUser(spec, QStringLiteral("root"), QStringLiteral("admin"), {}, QStringLiteral("admin password 1")).isEmpty());
        ServerProcess server;
        QString why;
        QVERIFY2(server.start(spec, {}, &why), qPrintable(why));
        syncsettings::setValue(*m_db, syncsettings::kServerUrl, server.url().toString());
        syncsettings::setValue(*m_db, syncsettings::kLogin, QStringLiteral("root"));

        m_page->tabs()->setCurrentWidget(m_page->users());
        UsersWidget *w = m_page->users();
        QVERIFY2(w->message().contains(QLatin1String("password")), qPrintable(w->message()));
        QSignalSpy replied(w, &UsersWidget::replied);
        w->adminPassword()->setText(QStringLiteral("admin password 1"));
        w->logIn();
        QVERIFY(replied.wait(30000));
        QVERIFY2(replied.last().at(0).toBool(), qPrintable(replied.last().at(1).toString()));
        QCOMPARE(w->table()->rowCount(), 1);

        w->loginEdit()->setText(QStringLiteral("met1"));
        w->roleBox()->setCurrentIndex(w->roleBox()->findData(QStringLiteral("methodologist")));
        w->municipalityBox()->setCurrentIndex(1); // a municipality of the profile
        w->passwordEdit()->setText(QStringLiteral("met password 1"));
        w->addUser();
        QVERIFY(replied.wait(30000));
        QVERIFY2(replied.last().at(0).toBool(), qPrintable(replied.last().at(1).toString()));
        QCOMPARE(w->table()->rowCount(), 2);
        QCOMPARE(w->table()->item(0, 0)->text(), QStringLiteral("met1"));
        QCOMPARE(w->table()->item(0, 2)->text(), w->municipalityBox()->itemText(1));

        w->table()->selectRow(0);
        w->toggleDisabled();
        QVERIFY(replied.wait(30000));
        QVERIFY2(replied.last().at(0).toBool(), qPrintable(replied.last().at(1).toString()));
        const HttpResult login = httpJson("POST", QUrl(server.url().toString() + QStringLiteral("/api/v1/auth/login")),
                                          {{QStringLiteral("login"), QStringLiteral("met1")}, {QStringLiteral("password"), QStringLiteral("met password 1")}});
        QCOMPARE(login.status, 401);
        m_page->grab().save(m_dir.filePath(QStringLiteral("users.png")));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_context.reset();
        m_db.reset();
    }
};

QTEST_MAIN(TestAdminPage)
#include "tst_adminpage.moc"
