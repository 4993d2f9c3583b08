// The Synchronisation page on real profiles (offscreen) against a real metodist-server
// (SQLite store) on 127.0.0.1: connect by typing URL/login/password and pressing the
// button, rows arrive on the server, a fresh profile's first sync downloads them, the
// state and status-bar texts, offline with backoff then cancel, the background tick, and
// a conflict resolved by field on the conflicts screen.
#include "sync/conflictswidget.h"
#include "sync/keychaintokenstore.h"
#include "serverprocess.h"
#include "shell/appcontext.h"
#include "storage/rows.h"
#include "storage/sql.h"
#include "sync/syncpage.h"
#include "sync/syncsettings.h"
#include "tabledump.h"
#include "testprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace metodist;
using namespace metodist::test;

static const QString kPassword = QStringLiteral("correct horse 1");

// A profile open in a page, as the main window would have it.
struct Client {
    explicit Client(const QString &path, MemoryTokenStore **tokensOut = nullptr) : db(Database::open(path)), context(*db)
    {
        auto tokens = std::make_unique<MemoryTokenStore>();
        if (tokensOut)
            *tokensOut = tokens.get();
        page = std::make_unique<ui::SyncPage>(context, std::move(tokens));
        page->resize(1100, 700);
        page->show();
        page->activate();
    }
    template<typename T> T *child(const char *name) { return page->findChild<T *>(QString::fromLatin1(name)); }
    // Presses Sync now and waits for the run to end; returns its ok flag.
    bool syncByButton(QString *message = nullptr)
    {
        QSignalSpy spy(page.get(), &ui::SyncPage::syncFinished);
        QTest::mouseClick(child<QPushButton>("sync_now"), Qt::LeftButton);
        if (!spy.wait(60000))
            return false;
        if (message)
            *message = spy.first().at(1).toString();
        return spy.first().at(0).toBool();
    }
    int outbox() { return sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(); }
    QString value(const QString &table, const QString &id, const QString &column)
    {
        return sql::scalar(db->db(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table), {id}).toString();
    }

    std::unique_ptr<Database> db;
    ui::AppContext context;
    std::unique_ptr<ui::SyncPage> page; // destroyed first: its worker uses db
};

class TestSyncPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_store;
    ServerProcess m_server;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Everything on the server, as the user anna sees it.
    QJsonArray serverRows()
    {
        const HttpResult login = httpJson("POST", QUrl(m_server.url().toString() + QStringLiteral("/api/v1/auth/login")),
                                          {{QStringLiteral("login"), QStringLiteral("anna")}, {QStringLiteral("password"), kPassword}});
        const QString token = login.json.value(QStringLiteral("token")).toString();
        return http("GET", QUrl(m_server.url().toString() + QStringLiteral("/api/v1/sync/pull?since=0&limit=5000")), {}, token)
            .json.value(QStringLiteral("rows")).toArray();
    }

private Q_SLOTS:
    void initTestCase();
    void keychainBackend();
    void connectSyncAndFirstDownload();
    void offlineBackoffAndCancel();
    void conflictResolvedByField();
    void cleanupTestCase() { m_server.stop(); }
};

void TestSyncPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = QStringLiteral("sqlite:") + path(QStringLiteral("server.sqlite"));
    QVERIFY(!ServerProcess::addUser(m_store, QStringLiteral("anna"), QStringLiteral("iro"), {}, kPassword).isEmpty());
    QString why;
    QVERIFY2(m_server.start(m_store, {}, &why), qPrintable(why));
}

// The GUI's default store. Offscreen on a build machine there is usually no Secret
// Service (no D-Bus session), so the other cases use MemoryTokenStore; this one says which.
void TestSyncPage::keychainBackend()
{
    ui::KeychainTokenStore store(QStringLiteral("Metodist-test"));
    store.save(QStringLiteral("test|probe"), QStringLiteral("t0ken"));
    if (!store.lastError().isEmpty())
        QSKIP(qPrintable(QStringLiteral("QtKeychain has no backend here: ") + store.lastError()));
    QCOMPARE(store.load(QStringLiteral("test|probe")), QStringLiteral("t0ken"));
    store.remove(QStringLiteral("test|probe"));
    QCOMPARE(store.load(QStringLiteral("test|probe")), QString());
}

void TestSyncPage::connectSyncAndFirstDownload()
{
    const QString pathA = path(QStringLiteral("a.metodist"));
    MemoryTokenStore *tokens = nullptr;
    Client a(pathA, &tokens);
    makeSmallRegion(*a.db, 2, 2, 4);
    a.context.announceDataChanged();
    const int rows = totalRows(dumpSyncedTables(pathA));
    QVERIFY(rows >= 2 + 4 + 16);
    QVERIFY(a.outbox() >= rows);
    QVERIFY2(a.page->stateText().startsWith(QStringLiteral("Not connected")), qPrintable(a.page->stateText()));
    QVERIFY(!a.child<QPushButton>("sync_now")->isEnabled());
    QVERIFY2(a.context.syncStatus().contains(QStringLiteral("to send")), qPrintable(a.context.syncStatus()));

    // Connect by typing, as a user would.
    QSignalSpy finished(a.page.get(), &ui::SyncPage::syncFinished);
    QTest::keyClicks(a.child<QLineEdit>("server_url"), m_server.url().toString() + QStringLiteral("/"));
    QTest::keyClicks(a.child<QLineEdit>("login"), QStringLiteral("anna"));
    QTest::keyClicks(a.child<QLineEdit>("password"), kPassword);
    QTest::mouseClick(a.child<QPushButton>("connect"), Qt::LeftButton);
    QVERIFY(a.page->isSyncing());
    QVERIFY(a.child<QPushButton>("cancel")->isEnabled());
    QVERIFY(a.child<QLineEdit>("password")->text().isEmpty()); // only the worker has it now
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!a.page->isSyncing());
    QCOMPARE(a.outbox(), 0);
    QCOMPARE(serverRows().size(), rows);
    QVERIFY2(a.page->stateText().contains(QStringLiteral("Synced: %1 sent").arg(rows)), qPrintable(a.page->stateText()));
    QVERIFY2(a.context.syncStatus().startsWith(QStringLiteral("Synced ")), qPrintable(a.context.syncStatus()));
    QVERIFY(!a.context.syncStatus().contains(QStringLiteral("to send")));
    QVERIFY2(a.child<QLabel>("details")->text().contains(QStringLiteral("0 change(s) waiting")), qPrintable(a.child<QLabel>("details")->text()));

    // URL and login are in the profile; the password and the token are not (the token is in the store).
    QCOMPARE(ui::syncsettings::value(*a.db, ui::syncsettings::kServerUrl), m_server.url().toString());
    QCOMPARE(ui::syncsettings::value(*a.db, ui::syncsettings::kLogin), QStringLiteral("anna"));
    const QString token = tokens->load(m_server.url().toString() + QStringLiteral("|anna"));
    QVERIFY(!token.isEmpty());
    sql::exec(a.db->db(), QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
    for (const QString &file : {pathA, pathA + QStringLiteral("-wal")}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(token.toUtf8()), "the token must not be in the profile file");
        QVERIFY2(!bytes.contains(kPassword.toUtf8()), "the password must not be in the profile file");
    }

    // Background sync: the timer is on at the chosen interval, and its tick sends a new edit.
    a.page->setIntervalMinutes(2);
    QVERIFY(a.page->backgroundTimer()->isActive());
    QCOMPARE(a.page->backgroundTimer()->interval(), 2 * 60 * 1000);
    const QString someone = sql::scalar(a.db->db(), QStringLiteral("SELECT id FROM person ORDER BY id LIMIT 1")).toString();
    Rows::update(*a.db, QStringLiteral("person"), someone, {{QStringLiteral("position"), QStringLiteral("methodologist")}});
    a.context.announceDataChanged(QStringLiteral("person"));
    QVERIFY2(a.context.syncStatus().contains(QStringLiteral("1 change(s) to send")), qPrintable(a.context.syncStatus()));
    finished.clear();
    a.page->backgroundTick();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(a.outbox(), 0);
    a.page->setIntervalMinutes(0);
    QVERIFY(!a.page->backgroundTimer()->isActive());

    // A fresh profile: the first sync downloads everything in the user's scope.
    const QString pathB = path(QStringLiteral("b.metodist"));
    {
        Client b(pathB);
        QSignalSpy firstSpy(b.page.get(), &ui::SyncPage::syncFinished);
        bool sawFirst = false;
        connect(&b.context, &ui::AppContext::syncStatusChanged, this, [&](const QString &text) {
            sawFirst = sawFirst || text == QStringLiteral("First sync…");
        });
        b.child<QLineEdit>("server_url")->setText(m_server.url().toString());
        b.child<QLineEdit>("login")->setText(QStringLiteral("anna"));
        b.child<QLineEdit>("password")->setText(kPassword);
        QTest::mouseClick(b.child<QPushButton>("connect"), Qt::LeftButton);
        QVERIFY(firstSpy.wait(60000));
        QVERIFY2(firstSpy.first().at(0).toBool(), qPrintable(firstSpy.first().at(1).toString()));
        QVERIFY(sawFirst);
        QVERIFY2(b.page->stateText().contains(QStringLiteral("%1 received").arg(rows)), qPrintable(b.page->stateText()));
        QCOMPARE(b.value(QStringLiteral("person"), someone, QStringLiteral("position")), QStringLiteral("methodologist"));
    }
    const QString diff = firstDifference(dumpSyncedTables(pathA), dumpSyncedTables(pathB));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSyncPage::offlineBackoffAndCancel()
{
    const QString pathA = path(QStringLiteral("a.metodist")); // connected by the case above
    Client a(pathA);
    QVERIFY(a.page->isConnected());
    QCOMPARE(a.child<QLineEdit>("server_url")->text(), m_server.url().toString());
    const int port = m_server.url().port();
    m_server.stop();
    const QString someone = sql::scalar(a.db->db(), QStringLiteral("SELECT id FROM person ORDER BY id LIMIT 1")).toString();
    Rows::update(*a.db, QStringLiteral("person"), someone, {{QStringLiteral("email"), QStringLiteral("a@example.org")}});

    // The page kept no password (a new session of the app) but the token is gone too:
    // give the password again; the server is down, so the client backs off.
    a.child<QLineEdit>("password")->setText(kPassword);
    QSignalSpy finished(a.page.get(), &ui::SyncPage::syncFinished);
    QTest::mouseClick(a.child<QPushButton>("connect"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(a.page->state() == SyncClient::State::Waiting, 20000);
    QVERIFY2(a.page->stateText().startsWith(QStringLiteral("Offline")), qPrintable(a.page->stateText()));
    QVERIFY2(a.context.syncStatus().startsWith(QStringLiteral("Offline, retrying")), qPrintable(a.context.syncStatus()));
    QVERIFY(a.context.syncStatus().contains(QStringLiteral("1 change(s) to send")));
    QTest::mouseClick(a.child<QPushButton>("cancel"), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(!a.page->isSyncing());
    QVERIFY2(a.page->stateText().contains(QStringLiteral("cancelled")), qPrintable(a.page->stateText()));
    QCOMPARE(a.outbox(), 1);

    // The server is back on the same address: the next press sends the edit.
    QString why;
    QVERIFY2(m_server.start(m_store, {}, &why, port), qPrintable(why));
    QString message;
    QVERIFY2(a.syncByButton(&message), qPrintable(message));
    QCOMPARE(a.outbox(), 0);
    bool found = false;
    for (const QJsonValue &row : serverRows())
        if (row.toObject().value(QStringLiteral("id")).toString() == someone)
            found = row.toObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("email")).toString()
                == QLatin1String("a@example.org");
    QVERIFY(found);
}

void TestSyncPage::conflictResolvedByField()
{
    const QString pathA = path(QStringLiteral("a.metodist")), pathB = path(QStringLiteral("b.metodist"));
    Client a(pathA), b(pathB);
    for (Client *c : {&a, &b}) {
        c->child<QLineEdit>("password")->setText(kPassword);
        QSignalSpy spy(c->page.get(), &ui::SyncPage::syncFinished);
        c->page->connectToServer(); // what the button does (it would show an error in a box)
        QVERIFY(spy.wait(60000));
        QVERIFY2(spy.first().at(0).toBool(), qPrintable(spy.first().at(1).toString()));
    }
    const QString id = sql::scalar(a.db->db(), QStringLiteral("SELECT id FROM person ORDER BY id DESC LIMIT 1")).toString();
    // Both edit the same row offline, on the same two fields.
    Rows::update(*a.db, QStringLiteral("person"), id, {{QStringLiteral("position"), QStringLiteral("A-position")}, {QStringLiteral("email"), QStringLiteral("a@a.org")}});
    Rows::update(*b.db, QStringLiteral("person"), id, {{QStringLiteral("position"), QStringLiteral("B-position")}, {QStringLiteral("email"), QStringLiteral("b@b.org")}});
    QString message;
    QVERIFY2(a.syncByButton(&message), qPrintable(message));
    QVERIFY2(b.syncByButton(&message), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1 conflicts")), qPrintable(message));

    // The conflicts screen shows both versions by field.
    ui::ConflictsWidget *screen = b.page->conflicts();
    QCOMPARE(screen->count(), 1);
    QVERIFY2(b.context.syncStatus().contains(QStringLiteral("1 conflict(s) to review")), qPrintable(b.context.syncStatus()));
    screen->select(0);
    QCOMPARE(screen->current()->rowId, id);
    auto *table = screen->findChild<QTableWidget *>(QStringLiteral("conflict_fields"));
    QHash<QString, QPair<QString, QString>> shown;
    for (int r = 0; r < table->rowCount(); ++r)
        shown.insert(table->item(r, 0)->text(), {table->item(r, 1)->text(), table->item(r, 2)->text()});
    QCOMPARE(shown.value(QStringLiteral("position")), qMakePair(QStringLiteral("B-position"), QStringLiteral("A-position")));
    QCOMPARE(shown.value(QStringLiteral("email")), qMakePair(QStringLiteral("b@b.org"), QStringLiteral("a@a.org")));
    QVERIFY(shown.contains(QStringLiteral("last_name")));
    QVERIFY_THROWS_EXCEPTION(Error, screen->setUseMine(QStringLiteral("last_name"), true)); // same on both sides

    // Merge: my position, their e-mail.
    screen->setUseMine(QStringLiteral("email"), false);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("merge")), Qt::LeftButton);
    QCOMPARE(screen->count(), 0);
    QCOMPARE(b.value(QStringLiteral("person"), id, QStringLiteral("position")), QStringLiteral("B-position"));
    QCOMPARE(b.value(QStringLiteral("person"), id, QStringLiteral("email")), QStringLiteral("a@a.org"));
    QVERIFY(!b.context.syncStatus().contains(QStringLiteral("conflict")));
    QVERIFY2(b.syncByButton(&message), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("0 conflicts")), qPrintable(message));
    QVERIFY2(a.syncByButton(&message), qPrintable(message));
    QCOMPARE(a.value(QStringLiteral("person"), id, QStringLiteral("position")), QStringLiteral("B-position"));
    QCOMPARE(a.value(QStringLiteral("person"), id, QStringLiteral("email")), QStringLiteral("a@a.org"));
    QCOMPARE(a.outbox(), 0);
    QCOMPARE(b.outbox(), 0);
    const QString diff = firstDifference(dumpSyncedTables(pathA), dumpSyncedTables(pathB));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
