// metodist-server over HTTP, as a real process, on SQLite and on a real PostgreSQL:
// authentication, idempotent push, merge and conflicts, scopes, bad input.
#include "backend.h"
#include "serverprocess.h"
#include "storage/migrator.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace metodist::test;

#define FRESH_STORE(spec)                                                                         \
    QFETCH_GLOBAL(QString, backend);                                                              \
    if (backend == QLatin1String("postgresql") && !PgCluster::available())                        \
        QSKIP("PostgreSQL 15 binaries are not installed");                                        \
    QString why_;                                                                                 \
    const QString spec = m_backends.freshStore(backend, &why_);                                   \
    QVERIFY2(!spec.isEmpty(), qPrintable(why_));

static const QString kPassword = QStringLiteral("correct horse 1");

class TestServerApi : public QObject {
    Q_OBJECT
private:
    Backends m_backends;

    static QString login(const QUrl &base, const QString &user, const QString &password = kPassword)
    {
        const HttpResult r = httpJson("POST", base.resolved(QUrl(QStringLiteral("/api/v1/auth/login"))),
                                      {{QStringLiteral("login"), user}, {QStringLiteral("password"), password}});
        return r.status == 200 ? r.json.value(QStringLiteral("token")).toString() : QString();
    }
    static QUrl at(const ServerProcess &s, const QString &path) { return QUrl(s.url().toString() + path); }
    static QJsonObject change(const QString &table, const QString &id, qint64 baseRev, const QJsonObject &fields,
                              const QJsonValue &changed = QJsonValue::Null, bool deleted = false)
    {
        return {{QStringLiteral("table"), table}, {QStringLiteral("id"), id}, {QStringLiteral("base_rev"), baseRev},
                {QStringLiteral("fields"), fields}, {QStringLiteral("changed"), changed}, {QStringLiteral("deleted"), deleted}};
    }
    static QJsonObject batch(const QJsonArray &changes, const QString &id = QUuid::createUuid().toString())
    {
        return {{QStringLiteral("batch_id"), id}, {QStringLiteral("schema"), metodist::Migrator::latestVersion()}, {QStringLiteral("changes"), changes}};
    }
    static HttpResult push(const ServerProcess &s, const QString &token, const QJsonObject &body)
    {
        return httpJson("POST", at(s, QStringLiteral("/api/v1/sync/push")), body, token);
    }
    static HttpResult pull(const ServerProcess &s, const QString &token, qint64 since = 0, int limit = 1000)
    {
        return http("GET", at(s, QStringLiteral("/api/v1/sync/pull?since=%1&limit=%2").arg(since).arg(limit)), {}, token);
    }
    static QJsonObject mun(const QString &name, const QString &scope = {})
    {
        QJsonObject f{{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("district")}};
        f.insert(QStringLiteral("municipality_id"), scope.isEmpty() ? QJsonValue() : QJsonValue(scope));
        return f;
    }
    static QJsonObject org(const QString &name, const QString &scope)
    {
        return {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("school")},
                {QStringLiteral("municipality_id"), scope}};
    }
    static QJsonObject result(const HttpResult &r, int i) { return r.json.value(QStringLiteral("results")).toArray().at(i).toObject(); }

private Q_SLOTS:
    void initTestCase_data() { Backends::addRows(); }

    void loginTokens()
    {
        FRESH_STORE(spec);
        QVERIFY(!ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, kPassword).isEmpty());
        QVERIFY(!ServerProcess::addUser(spec, QStringLiteral("boris"), QStringLiteral("iro"), {}, kPassword).isEmpty());
        // A municipal role without a municipality is refused by the admin CLI.
        QVERIFY(ServerProcess::addUser(spec, QStringLiteral("x"), QStringLiteral("methodologist"), {}, kPassword).isEmpty());
        ServerProcess s;
        QString why;
        QVERIFY2(s.start(spec, {QStringLiteral("--token-ttl"), QStringLiteral("3")}, &why), qPrintable(why));

        const HttpResult meta = http("GET", at(s, QStringLiteral("/api/v1/meta")));
        QCOMPARE(meta.status, 200);
        QCOMPARE(meta.json.value(QStringLiteral("schema_max")).toInt(), metodist::Migrator::latestVersion());

        const QString token = login(s.url(), QStringLiteral("anna"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32); // 256 bits
        QCOMPARE(pull(s, token).status, 200);
        QCOMPARE(pull(s, {}).status, 401);
        QCOMPARE(pull(s, token + QLatin1Char('x')).status, 401);
        QVERIFY(login(s.url(), QStringLiteral("anna"), QStringLiteral("wrong password")).isEmpty());
        QVERIFY(login(s.url(), QStringLiteral("nobody")).isEmpty());

        // Revoked by logout.
        const QString second = login(s.url(), QStringLiteral("anna"));
        QCOMPARE(http("POST", at(s, QStringLiteral("/api/v1/auth/logout")), {}, second).status, 200);
        QCOMPARE(pull(s, second).status, 401);
        QCOMPARE(pull(s, token).status, 200); // other sessions live on

        // Expired (ttl 3 s).
        QThread::msleep(3300);
        QCOMPARE(pull(s, token).status, 401);

        // Disabled user: old tokens and new logins refused.
        const QString boris = login(s.url(), QStringLiteral("boris"));
        QVERIFY(!boris.isEmpty());
        QCOMPARE(ServerProcess::run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), spec,
                                     QStringLiteral("--login"), QStringLiteral("boris")}), 0);
        QCOMPARE(pull(s, boris).status, 401);
        QVERIFY(login(s.url(), QStringLiteral("boris")).isEmpty());

        // Rate limit: after 5 failures even the right password gets 429 for a while.
        for (int i = 0; i < 5; ++i)
            QVERIFY(login(s.url(), QStringLiteral("anna"), QStringLiteral("bad")).isEmpty());
        const HttpResult limited = httpJson("POST", at(s, QStringLiteral("/api/v1/auth/login")),
                                            {{QStringLiteral("login"), QStringLiteral("anna")}, {QStringLiteral("password"), kPassword}});
        QCOMPARE(limited.status, 429);
        // Password change works and ends old sessions.
        QCOMPARE(ServerProcess::run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), spec,
                                     QStringLiteral("--login"), QStringLiteral("anna")}, "another password\n"), 0);
        s.stop();
        QVERIFY(s.log().contains(QLatin1String("\"event\":\"stopped\""))); // graceful on SIGTERM
    }

    void listenRules()
    {
        FRESH_STORE(spec);
        // Plain HTTP off loopback is refused: tokens never cross a network in clear text.
        QString output;
        QCOMPARE(ServerProcess::run({QStringLiteral("serve"), QStringLiteral("--db"), spec, QStringLiteral("--listen"),
                                     QStringLiteral("0.0.0.0:0")}, {}, &output), 1);
        QVERIFY2(output.contains(QLatin1String("loopback")), qPrintable(output));
        // With a certificate it serves HTTPS.
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed to make a test certificate");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("c.pem")), key = dir.filePath(QStringLiteral("k.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}), 0);
        ServerProcess s;
        QString why;
        QVERIFY2(s.start(spec, {QStringLiteral("--cert"), cert, QStringLiteral("--key"), key}, &why), qPrintable(why));
        QCOMPARE(s.url().scheme(), QStringLiteral("https"));
        const HttpResult meta = http("GET", at(s, QStringLiteral("/api/v1/meta")));
        QCOMPARE(meta.status, 200);
        QCOMPARE(meta.json.value(QStringLiteral("api")).toString(), QStringLiteral("v1"));
        // A plain-HTTP request to the HTTPS port gets no answer.
        QUrl plain = s.url();
        plain.setScheme(QStringLiteral("http"));
        QCOMPARE(http("GET", QUrl(plain.toString() + QStringLiteral("/api/v1/meta"))).status, 0);
    }

    void pushIdempotentAndRevisions()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("admin"), {}, kPassword);
        ServerProcess s;
        QString why;
        QVERIFY2(s.start(spec, {}, &why), qPrintable(why));
        const QString token = login(s.url(), QStringLiteral("anna"));
        const QJsonObject body = batch({change(QStringLiteral("municipality"), QStringLiteral("m1"), 0, mun(QStringLiteral("One"))),
                                        change(QStringLiteral("municipality"), QStringLiteral("m2"), 0, mun(QStringLiteral("Two")))});
        const HttpResult first = push(s, token, body);
        QCOMPARE(first.status, 200);
        QCOMPARE(result(first, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(result(first, 1).value(QStringLiteral("rev")).toInteger(), 2);
        const HttpResult again = push(s, token, body);
        QCOMPARE(again.status, 200);
        QVERIFY(again.json.value(QStringLiteral("replayed")).toBool());
        QCOMPARE(again.json.value(QStringLiteral("results")), first.json.value(QStringLiteral("results")));
        const HttpResult all = pull(s, token);
        QCOMPARE(all.json.value(QStringLiteral("rows")).toArray().size(), 2);
        QCOMPARE(all.json.value(QStringLiteral("head")).toInteger(), 2); // nothing applied twice

        // Paging by cursor, in rev order, with tombstones.
        push(s, token, batch({change(QStringLiteral("municipality"), QStringLiteral("m1"), 1, mun(QStringLiteral("One")),
                                     QJsonArray{QStringLiteral("deleted")}, true)}));
        // m2 (rev 2) and m1 (now rev 3): one per page.
        const HttpResult page1 = pull(s, token, 0, 1);
        QCOMPARE(page1.json.value(QStringLiteral("rows")).toArray().size(), 1);
        QVERIFY(page1.json.value(QStringLiteral("more")).toBool());
        const HttpResult page2 = pull(s, token, page1.json.value(QStringLiteral("next")).toInteger(), 1);
        const QJsonArray rows2 = page2.json.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows2.size(), 1);
        QVERIFY(!page2.json.value(QStringLiteral("more")).toBool());
        QCOMPARE(rows2.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("m1"));
        QVERIFY(rows2.at(0).toObject().value(QStringLiteral("deleted")).toBool());
        QCOMPARE(rows2.at(0).toObject().value(QStringLiteral("rev")).toInteger(), 3);

        // A batch id belongs to its user.
        ServerProcess::addUser(spec, QStringLiteral("boris"), QStringLiteral("admin"), {}, kPassword);
        QCOMPARE(push(s, login(s.url(), QStringLiteral("boris")), body).status, 409);
        // Client schema outside the server's range: told to update, nothing applied.
        QJsonObject old = batch({change(QStringLiteral("municipality"), QStringLiteral("m9"), 0, mun(QStringLiteral("Nine")))});
        old.insert(QStringLiteral("schema"), metodist::Migrator::latestVersion() - 1);
        const HttpResult mismatch = push(s, token, old);
        QCOMPARE(mismatch.status, 409);
        QCOMPARE(mismatch.json.value(QStringLiteral("error")).toString(), QStringLiteral("schema_mismatch"));
        QCOMPARE(pull(s, token).json.value(QStringLiteral("head")).toInteger(), 3);
    }

    void mergeAndConflicts()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, kPassword);
        ServerProcess s;
        QString why;
        QVERIFY2(s.start(spec, {}, &why), qPrintable(why));
        const QString token = login(s.url(), QStringLiteral("anna"));
        const QString t = QStringLiteral("organisation");
        QCOMPARE(result(push(s, token, batch({change(t, QStringLiteral("o1"), 0, org(QStringLiteral("School"), QStringLiteral("m1"))),
                                              change(t, QStringLiteral("o2"), 0, org(QStringLiteral("Lyceum"), QStringLiteral("m1")))})), 1)
                     .value(QStringLiteral("rev")).toInteger(), 2);
        QJsonObject a = org(QStringLiteral("School No 1"), QStringLiteral("m1"));
        QJsonObject b = org(QStringLiteral("School"), QStringLiteral("m1"));
        b.insert(QStringLiteral("phone"), QStringLiteral("123"));
        // Client A renames (base 1): accepted.
        QCOMPARE(result(push(s, token, batch({change(t, QStringLiteral("o1"), 1, a, QJsonArray{QStringLiteral("name")})})), 0)
                     .value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        // Client B, also from base 1, sets the phone: disjoint fields -> merged, both kept.
        const QJsonObject merged = result(push(s, token, batch({change(t, QStringLiteral("o1"), 1, b, QJsonArray{QStringLiteral("phone")})})), 0);
        QCOMPARE(merged.value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
        const QJsonObject row = merged.value(QStringLiteral("row")).toObject().value(QStringLiteral("fields")).toObject();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("School No 1"));
        QCOMPARE(row.value(QStringLiteral("phone")).toString(), QStringLiteral("123"));
        // Client C, from base 1, renames too: same field -> conflict with both versions, nothing written.
        const qint64 head = pull(s, token).json.value(QStringLiteral("head")).toInteger();
        const QJsonObject c = result(push(s, token, batch({change(t, QStringLiteral("o1"), 1, org(QStringLiteral("Gymnasium"), QStringLiteral("m1")),
                                                                  QJsonArray{QStringLiteral("name")})})), 0);
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        QCOMPARE(c.value(QStringLiteral("code")).toInt(), 409);
        QCOMPARE(c.value(QStringLiteral("theirs")).toObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("School No 1"));
        QCOMPARE(c.value(QStringLiteral("mine")).toObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Gymnasium"));
        QCOMPARE(pull(s, token).json.value(QStringLiteral("head")).toInteger(), head);
        // Delete on one side, edit on the other: a conflict either way round.
        QCOMPARE(result(push(s, token, batch({change(t, QStringLiteral("o2"), 2, org(QStringLiteral("Lyceum"), QStringLiteral("m1")),
                                                     QJsonArray{QStringLiteral("deleted")}, true)})), 0)
                     .value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(result(push(s, token, batch({change(t, QStringLiteral("o2"), 2, org(QStringLiteral("Lyceum 2"), QStringLiteral("m1")),
                                                     QJsonArray{QStringLiteral("name")})})), 0)
                     .value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    }

    void scopes()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("iro"), QStringLiteral("iro"), {}, kPassword);
        ServerProcess::addUser(spec, QStringLiteral("met1"), QStringLiteral("methodologist"), QStringLiteral("m1"), kPassword);
        ServerProcess::addUser(spec, QStringLiteral("tut1"), QStringLiteral("tutor"), QStringLiteral("m1"), kPassword);
        ServerProcess::addUser(spec, QStringLiteral("coord"), QStringLiteral("coordinator"), {}, kPassword);
        ServerProcess s;
        QString why;
        QVERIFY2(s.start(spec, {}, &why), qPrintable(why));
        const QString iro = login(s.url(), QStringLiteral("iro")), met = login(s.url(), QStringLiteral("met1")),
                      tut = login(s.url(), QStringLiteral("tut1")), coord = login(s.url(), QStringLiteral("coord"));
        const QString t = QStringLiteral("organisation");
        QJsonArray seed{change(QStringLiteral("municipality"), QStringLiteral("m1"), 0, mun(QStringLiteral("One"))),
                        change(QStringLiteral("municipality"), QStringLiteral("m2"), 0, mun(QStringLiteral("Two")))};
        for (int i = 0; i < 5; ++i) {
            seed.append(change(t, QStringLiteral("a%1").arg(i), 0, org(QStringLiteral("A%1").arg(i), QStringLiteral("m1"))));
            seed.append(change(t, QStringLiteral("b%1").arg(i), 0, org(QStringLiteral("B%1").arg(i), QStringLiteral("m2"))));
        }
        QCOMPARE(push(s, iro, batch(seed)).status, 200);

        // One batch: own municipality ok; another municipality, moving a row out, and a
        // region-wide row are refused per change; the rest applies.
        const HttpResult mixed = push(s, met, batch({change(t, QStringLiteral("a9"), 0, org(QStringLiteral("Mine"), QStringLiteral("m1"))),
                                                     change(t, QStringLiteral("b9"), 0, org(QStringLiteral("Theirs"), QStringLiteral("m2"))),
                                                     change(t, QStringLiteral("b0"), 4, org(QStringLiteral("B0 edited"), QStringLiteral("m2")),
                                                            QJsonArray{QStringLiteral("name")}),
                                                     change(t, QStringLiteral("a0"), 3, org(QStringLiteral("A0"), QStringLiteral("m2")),
                                                            QJsonArray{QStringLiteral("municipality_id")}),
                                                     change(QStringLiteral("municipality"), QStringLiteral("m1"), 1, mun(QStringLiteral("Renamed")),
                                                            QJsonArray{QStringLiteral("name")})}));
        QCOMPARE(mixed.status, 200);
        QCOMPARE(result(mixed, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(result(mixed, i).value(QStringLiteral("code")).toInt(), 403);
        // Read-only roles cannot write at all, even in their own municipality.
        QCOMPARE(result(push(s, tut, batch({change(t, QStringLiteral("a8"), 0, org(QStringLiteral("T"), QStringLiteral("m1")))})), 0)
                     .value(QStringLiteral("code")).toInt(), 403);
        QCOMPARE(result(push(s, coord, batch({change(t, QStringLiteral("a7"), 0, org(QStringLiteral("C"), QStringLiteral("m1")))})), 0)
                     .value(QStringLiteral("code")).toInt(), 403);

        // Pull: municipal users get their municipality plus region-wide rows, nothing else.
        for (const QString &token : {met, tut}) {
            const QJsonArray rows = pull(s, token).json.value(QStringLiteral("rows")).toArray();
            int own = 0, regionWide = 0, leaks = 0;
            for (const QJsonValue &v : rows) {
                const QJsonValue scope = v.toObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("municipality_id"));
                if (scope.isNull() || scope.isUndefined())
                    ++regionWide;
                else if (scope.toString() == QLatin1String("m1"))
                    ++own;
                else
                    ++leaks;
            }
            QCOMPARE(leaks, 0);
            QCOMPARE(own, 6);
            QCOMPARE(regionWide, 2);
        }
        QCOMPARE(pull(s, coord).json.value(QStringLiteral("rows")).toArray().size(), 13);
        QCOMPARE(pull(s, iro).json.value(QStringLiteral("rows")).toArray().size(), 13);
    }

    void badInputHasNoSideEffects()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("admin"), {}, kPassword);
        ServerProcess s;
        QString why;
        QVERIFY2(s.start(spec, {}, &why), qPrintable(why));
        const QString token = login(s.url(), QStringLiteral("anna"));
        const QUrl pushUrl = at(s, QStringLiteral("/api/v1/sync/push"));
        QCOMPARE(http("POST", pushUrl, "{\"batch_id\": \"x\", \"changes\": [", token).status, 400);
        QCOMPARE(http("POST", pushUrl, "[1,2,3]", token).status, 400);
        QCOMPARE(http("POST", pushUrl, QStringLiteral("{\"batch_id\":\"y\",\"schema\":%1,\"changes\":[1]}")
                                           .arg(metodist::Migrator::latestVersion()).toUtf8(), token).status, 400);
        QCOMPARE(http("POST", at(s, QStringLiteral("/api/v1/auth/login")), "not json").status, 400);
        QCOMPARE(pull(s, token, -1).status, 400);
        QCOMPARE(http("GET", at(s, QStringLiteral("/api/v1/sync/pull?since=abc")), {}, token).status, 400);
        // Over 16 MiB: refused whole, even with valid JSON inside.
        QJsonArray many;
        const QString filler(1000, QLatin1Char('x'));
        for (int i = 0; i < 17 * 1024; ++i)
            many.append(change(QStringLiteral("municipality"), QStringLiteral("big%1").arg(i), 0, mun(filler)));
        const HttpResult big = push(s, token, batch(many));
        QCOMPARE(big.status, 413);
        // Unknown table / column: refused per change.
        const HttpResult odd = push(s, token, batch({change(QStringLiteral("no_such_table"), QStringLiteral("z"), 0, mun(QStringLiteral("Z"))),
                                                     change(QStringLiteral("municipality"), QStringLiteral("z"), 0,
                                                            QJsonObject{{QStringLiteral("name; DROP TABLE record"), 1}})}));
        QCOMPARE(result(odd, 0).value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(result(odd, 1).value(QStringLiteral("code")).toInt(), 400);
        const HttpResult after = pull(s, token);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json.value(QStringLiteral("rows")).toArray().size(), 0);
        QCOMPARE(after.json.value(QStringLiteral("head")).toInteger(), 0);
        QCOMPARE(http("GET", at(s, QStringLiteral("/api/v1/nowhere"))).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
