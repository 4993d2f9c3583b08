// Users and roles through metodist-server's admin endpoints, against a real server process
// on SQLite and on a real PostgreSQL: an administrator lists, adds (with role and scope),
// disables/enables and resets passwords; any other role gets 403, no token 401; a disabled
// account and an old password stop working at once. Driven through the app's client
// (core/admin/serveradmin.h), as the Administration page uses it.
#include "admin/serveradmin.h"
#include "backend.h"
#include "serverprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace metodist;
using namespace metodist::test;

static const QString kPassword = QStringLiteral("admin password 1");

class TestServerAdmin : public QObject {
    Q_OBJECT
    Backends m_backends;

    // Runs one client call and waits for its answer.
    static ServerAdmin::Reply wait(const std::function<void(ServerAdmin::Done)> &call)
    {
        ServerAdmin::Reply result;
        bool done = false;
        call([&](const ServerAdmin::Reply &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            result.message = QStringLiteral("no answer within 30 s");
        return result;
    }

    static int loginStatus(const QUrl &server, const QString &login, const QString &password)
    {
        ServerAdmin client;
        client.setServer(server);
        return wait([&](ServerAdmin::Done d) { client.login(login, password, std::move(d)); }).status;
    }

private Q_SLOTS:
    void initTestCase_data() { Backends::addRows(); }

    void administratorManagesUsers()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("postgresql") && !PgCluster::available())
            QSKIP("PostgreSQL 15 binaries are not installed");
        QString why;
        const QString spec = m_backends.freshStore(backend, &why);
        QVERIFY2(!spec.isEmpty(), qPrintable(why));
        QVERIFY(!ServerProcess::addUser(spec, QStringLiteral("root"), QStringLiteral("admin"), {}, kPassword).isEmpty());
        QVERIFY(!ServerProcess::addUser(spec, QStringLiteral("iro1"), QStringLiteral("iro"), {}, kPassword).isEmpty());
        ServerProcess server;
        QVERIFY2(server.start(spec, {}, &why), qPrintable(why));

        ServerAdmin admin;
        admin.setServer(server.url());
        // No token yet: 401.
        ServerAdmin::Reply r = wait([&](ServerAdmin::Done d) { admin.listUsers(std::move(d)); });
        QCOMPARE(r.status, 401);
        r = wait([&](ServerAdmin::Done d) { admin.login(QStringLiteral("root"), QStringLiteral("wrong one"), std::move(d)); });
        QVERIFY(!r.ok);
        r = wait([&](ServerAdmin::Done d) { admin.login(QStringLiteral("root"), kPassword, std::move(d)); });
        QVERIFY2(r.ok, qPrintable(r.message));

        r = wait([&](ServerAdmin::Done d) { admin.listUsers(std::move(d)); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QList<ServerUser> users = ServerAdmin::usersFrom(r.body);
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(1).login, QStringLiteral("root"));
        QCOMPARE(users.at(1).role, QStringLiteral("admin"));

        // Add: a municipal role needs its municipality; passwords need 8 characters; logins are unique.
        r = wait([&](ServerAdmin::Done d) { admin.addUser(QStringLiteral("met1"), QStringLiteral("methodologist"), {}, QStringLiteral("met password 1"), std::move(d)); });
        QCOMPARE(r.status, 400);
        QVERIFY2(r.message.contains(QLatin1String("municipality")), qPrintable(r.message));
        r = wait([&](ServerAdmin::Done d) { admin.addUser(QStringLiteral("met1"), QStringLiteral("methodologist"), QStringLiteral("m-7"), QStringLiteral("short"), std::move(d)); });
        QCOMPARE(r.status, 400);
        r = wait([&](ServerAdmin::Done d) { admin.addUser(QStringLiteral("met1"), QStringLiteral("methodologist"), QStringLiteral("m-7"), QStringLiteral("met password 1"), std::move(d)); });
        QCOMPARE(r.status, 201);
        r = wait([&](ServerAdmin::Done d) { admin.addUser(QStringLiteral("met1"), QStringLiteral("tutor"), QStringLiteral("m-7"), QStringLiteral("met password 1"), std::move(d)); });
        QCOMPARE(r.status, 409);
        users = ServerAdmin::usersFrom(wait([&](ServerAdmin::Done d) { admin.listUsers(std::move(d)); }).body);
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(1).login, QStringLiteral("met1"));
        QCOMPARE(users.at(1).municipalityId, QStringLiteral("m-7"));
        QVERIFY(!users.at(1).disabled);
        QCOMPARE(loginStatus(server.url(), QStringLiteral("met1"), QStringLiteral("met password 1")), 200);

        // Other roles are refused with 403, whatever they ask.
        ServerAdmin iro;
        iro.setServer(server.url());
        QVERIFY(wait([&](ServerAdmin::Done d) { iro.login(QStringLiteral("iro1"), kPassword, std::move(d)); }).ok);
        r = wait([&](ServerAdmin::Done d) { iro.listUsers(std::move(d)); });
        QCOMPARE(r.status, 403);
        r = wait([&](ServerAdmin::Done d) { iro.addUser(QStringLiteral("x1"), QStringLiteral("admin"), {}, QStringLiteral("long enough 1"), std::move(d)); });
        QCOMPARE(r.status, 403);
        r = wait([&](ServerAdmin::Done d) { iro.setDisabled(QStringLiteral("root"), true, std::move(d)); });
        QCOMPARE(r.status, 403);
        r = wait([&](ServerAdmin::Done d) { iro.resetPassword(QStringLiteral("root"), QStringLiteral("taken over 1"), std::move(d)); });
        QCOMPARE(r.status, 403);
        QCOMPARE(loginStatus(server.url(), QStringLiteral("root"), kPassword), 200);

        // Disable: the account cannot log in and its open session ends; enable brings it back.
        ServerAdmin met;
        met.setServer(server.url());
        QVERIFY(wait([&](ServerAdmin::Done d) { met.login(QStringLiteral("met1"), QStringLiteral("met password 1"), std::move(d)); }).ok);
        r = wait([&](ServerAdmin::Done d) { admin.setDisabled(QStringLiteral("met1"), true, std::move(d)); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.body.value(QStringLiteral("user")).toObject().value(QStringLiteral("disabled")).toBool());
        QCOMPARE(loginStatus(server.url(), QStringLiteral("met1"), QStringLiteral("met password 1")), 401);
        const HttpResult pull = http("GET", QUrl(server.url().toString() + QStringLiteral("/api/v1/sync/pull?since=0")), {}, met.token());
        QCOMPARE(pull.status, 401);
        r = wait([&](ServerAdmin::Done d) { admin.setDisabled(QStringLiteral("root"), true, std::move(d)); });
        QCOMPARE(r.status, 400); // not oneself
        r = wait([&](ServerAdmin::Done d) { admin.setDisabled(QStringLiteral("nobody"), true, std::move(d)); });
        QCOMPARE(r.status, 404);
        QVERIFY(wait([&](ServerAdmin::Done d) { admin.setDisabled(QStringLiteral("met1"), false, std::move(d)); }).ok);
        QCOMPARE(loginStatus(server.url(), QStringLiteral("met1"), QStringLiteral("met password 1")), 200);

        // Reset password: the old one stops working, the new one works.
        r = wait([&](ServerAdmin::Done d) { admin.resetPassword(QStringLiteral("met1"), QStringLiteral("brand new pass 2"), std::move(d)); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(loginStatus(server.url(), QStringLiteral("met1"), QStringLiteral("met password 1")), 401);
        QCOMPARE(loginStatus(server.url(), QStringLiteral("met1"), QStringLiteral("brand new pass 2")), 200);
        r = wait([&](ServerAdmin::Done d) { admin.resetPassword(QStringLiteral("met1"), QStringLiteral("short"), std::move(d)); });
        QCOMPARE(r.status, 400);

        // The server logged who did what.
        server.drain();
        QVERIFY2(server.log().contains(QLatin1String("admin_user_add")) && server.log().contains(QLatin1String("\"by\":\"root\"")),
                 qPrintable(server.log().right(2000)));
    }
};

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_serveradmin.moc"
