// Two client profiles (real SQLite files) and a real metodist-server process (SQLite and
// PostgreSQL stores), synced with the real `metodist-cli sync`: the fault matrix, each case
// ending with full table contents compared between the clients.
#include "backend.h"
#include "droppingproxy.h"
#include "serverprocess.h"
#include "tabledump.h"

#include "diagnostics/framework.h"
#include "diagnostics/instruments.h"
#include "storage/database.h"
#include "storage/rows.h"
#include "storage/sql.h"
#include "sync/conflicts.h"
#include "sync/localsync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace metodist;
using namespace metodist::test;

#define FRESH_STORE(spec)                                                                         \
    QFETCH_GLOBAL(QString, backend);                                                              \
    if (backend == QLatin1String("postgresql") && !PgCluster::available())                        \
        QSKIP("PostgreSQL 15 binaries are not installed");                                        \
    QString why_;                                                                                 \
    const QString spec = m_backends.freshStore(backend, &why_);                                   \
    QVERIFY2(!spec.isEmpty(), qPrintable(why_));

static const QByteArray kPassword = "correct horse 1";

class TestSyncE2e : public QObject {
    Q_OBJECT
private:
    Backends m_backends;
    QTemporaryDir m_dir;
    int m_profiles = 0;

    QString newProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("profile%1.metodist").arg(++m_profiles));
        Database::open(path); // creates and migrates
        return path;
    }
    static CliResult sync(const ServerProcess &s, const QString &profile, const QString &login = QStringLiteral("anna"),
                          const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--profile"), profile, QStringLiteral("--server"),
                                  s.url().toString(), QStringLiteral("--login"), login, QStringLiteral("--password-stdin"),
                                  QStringLiteral("--quiet")} + extra,
                      kPassword + '\n');
    }
    static bool synced(const CliResult &r) { return r.rc == 0 && r.json.value(QStringLiteral("ok")).toBool(); }
    static QString describe(const CliResult &r) { return QStringLiteral("rc %1\n%2\n%3").arg(r.rc).arg(r.out, r.err); }

    // A small region: municipalities, organisations and staff, written the way the app does.
    static void seed(const QString &profile, int people)
    {
        auto db = Database::open(profile);
        sql::Transaction tx(db->db());
        for (int m = 1; m <= 2; ++m) {
            const QString mun = QStringLiteral("m%1").arg(m);
            Rows::insert(*db, QStringLiteral("municipality"), {{QStringLiteral("id"), mun}, {QStringLiteral("name"), QStringLiteral("District %1").arg(m)}});
            const QString org = Rows::insert(*db, QStringLiteral("organisation"),
                                             {{QStringLiteral("name"), QStringLiteral("School %1").arg(m)}, {QStringLiteral("kind"), QStringLiteral("school")},
                                              {QStringLiteral("municipality_id"), mun}});
            for (int p = 0; p < people; ++p)
                Rows::insert(*db, QStringLiteral("person"),
                             {{QStringLiteral("organisation_id"), org}, {QStringLiteral("municipality_id"), mun},
                              {QStringLiteral("last_name"), QStringLiteral("Ivanova%1").arg(p)}, {QStringLiteral("first_name"), QStringLiteral("Anna")},
                              {QStringLiteral("birth_date"), QStringLiteral("1980-01-%1").arg(p % 28 + 1, 2, 10, QLatin1Char('0'))},
                              {QStringLiteral("is_manager"), p % 7 == 0 ? 1 : 0}});
        }
        tx.commit();
    }
    static QString firstId(const QString &profile, const QString &table)
    {
        auto db = Database::open(profile);
        return sql::scalar(db->db(), QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 1").arg(table)).toString();
    }
    static void edit(const QString &profile, const QString &table, const QString &id, const QVariantMap &fields)
    {
        auto db = Database::open(profile);
        Rows::update(*db, table, id, fields);
    }
    static QVariant value(const QString &profile, const QString &table, const QString &id, const QString &column)
    {
        auto db = Database::open(profile);
        return sql::scalar(db->db(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table), {id});
    }
    static int outbox(const QString &profile)
    {
        auto db = Database::open(profile);
        return sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
    }
    static int openConflicts(const QString &profile)
    {
        auto db = Database::open(profile);
        return SyncConflicts(*db).unresolvedCount();
    }

    // Both clients pulled everything: their synced tables must be identical.
    void expectSame(const ServerProcess &s, const QString &a, const QString &b)
    {
        for (const QString &p : {a, b, a}) {
            const CliResult r = sync(s, p);
            QVERIFY2(synced(r), qPrintable(describe(r)));
        }
        const TableDump da = dumpSyncedTables(a), db = dumpSyncedTables(b);
        const QString diff = firstDifference(da, db);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(outbox(a), 0);
        QCOMPARE(outbox(b), 0);
    }

    bool startServer(ServerProcess &s, const QString &spec, const QStringList &extra = {}, int port = 0)
    {
        QString why;
        const bool ok = s.start(spec, extra, &why, port);
        if (!ok)
            qWarning("%s", qPrintable(why));
        return ok;
    }

private Q_SLOTS:
    void initTestCase_data() { Backends::addRows(); }

    void roundTrip()
    {
        FRESH_STORE(spec);
        QVERIFY(!ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword)).isEmpty());
        ServerProcess s;
        QVERIFY(startServer(s, spec));
        const QString a = newProfile(), b = newProfile();
        seed(a, 300);
        const CliResult first = sync(s, a, QStringLiteral("anna"), {QStringLiteral("--batch"), QStringLiteral("97"),
                                                                    QStringLiteral("--page"), QStringLiteral("113")});
        QVERIFY2(synced(first), qPrintable(describe(first)));
        QCOMPARE(first.json.value(QStringLiteral("sent")).toInt(), 2 + 2 + 600);
        QVERIFY(first.json.value(QStringLiteral("batches")).toInt() >= 7);
        QCOMPARE(outbox(a), 0);
        const CliResult fresh = sync(s, b, QStringLiteral("anna"), {QStringLiteral("--page"), QStringLiteral("113")});
        QVERIFY2(synced(fresh), qPrintable(describe(fresh)));
        QCOMPARE(fresh.json.value(QStringLiteral("received")).toInt(), 604);
        const TableDump da = dumpSyncedTables(a);
        QCOMPARE(totalRows(da), 604);
        QString diff = firstDifference(da, dumpSyncedTables(b));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // And back: B edits, A receives.
        edit(b, QStringLiteral("person"), firstId(b, QStringLiteral("person")), {{QStringLiteral("position"), QStringLiteral("teacher")}});
        expectSame(s, a, b);
        QCOMPARE(value(a, QStringLiteral("person"), firstId(a, QStringLiteral("person")), QStringLiteral("position")).toString(),
                 QStringLiteral("teacher"));
    }

    // A diagnostics import (the real metodist-cli, its rows queued set-based rather than by
    // the per-row trigger) reaches the server and another client whole: every diagnostic
    // with its scores, nothing left in the outbox.
    void importedDiagnosticsTravel()
    {
        FRESH_STORE(spec);
        QVERIFY(!ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword)).isEmpty());
        ServerProcess s;
        QVERIFY(startServer(s, spec));
        const QString a = newProfile(), b = newProfile();
        seed(a, 120);
        QStringList codes;
        {
            auto db = Database::open(a);
            CompetenceFramework(*db).seedDefaults();
            Instrument instrument;
            instrument.name = QStringLiteral("Региональная диагностика");
            InstrumentService(*db).save(instrument);
            for (const Competence &c : CompetenceFramework(*db).competences())
                codes << c.code;
        }
        const QString csv = m_dir.filePath(QStringLiteral("diagnostics-%1.csv").arg(m_profiles));
        const QString mapping = m_dir.filePath(QStringLiteral("mapping-%1.json").arg(m_profiles));
        {
            QString text = QStringLiteral("Фамилия;Имя;Организация;Дата;") + codes.join(u';') + u'\n';
            for (int school = 1; school <= 2; ++school)
                for (int p = 0; p < 120; ++p) {
                    text += QStringLiteral("Ivanova%1;Anna;School %2;05.03.2025").arg(p).arg(school);
                    for (int c = 0; c < codes.size(); ++c)
                        text += u';' + QString::number((p * 3 + c * 7 + school) % 101);
                    text += u'\n';
                }
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
            QFile map(mapping);
            QVERIFY(map.open(QIODevice::WriteOnly));
            map.write(R"({"layout":"wide","columns":{"last_name":"Фамилия","first_name":"Имя","organisation":"Организация","date":"Дата"},)"
                      R"("instrument":"Региональная диагностика"})");
        }
        const CliResult imported = runCli({QStringLiteral("import-diagnostics"), csv, QStringLiteral("--profile"), a,
                                           QStringLiteral("--mapping"), mapping});
        QVERIFY2(imported.rc == 0, qPrintable(describe(imported)));
        const CliResult pushed = sync(s, a);
        QVERIFY2(synced(pushed), qPrintable(describe(pushed)));
        QCOMPARE(outbox(a), 0);
        const CliResult pulled = sync(s, b);
        QVERIFY2(synced(pulled), qPrintable(describe(pulled)));
        auto count = [](const QString &profile, const QString &statement) {
            auto db = Database::open(profile);
            return sql::scalar(db->db(), statement).toLongLong();
        };
        QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM diagnostic WHERE source = 'import'")), 240);
        QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM diagnostic_score")), qint64(240) * codes.size());
        QCOMPARE(count(b, QStringLiteral("SELECT sum(score) FROM diagnostic_score")), count(a, QStringLiteral("SELECT sum(score) FROM diagnostic_score")));
        const QString diff = firstDifference(dumpSyncedTables(a), dumpSyncedTables(b));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void lostAnswerAndSameBatchTwice()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        ServerProcess s;
        QVERIFY(startServer(s, spec));
        const QString a = newProfile(), b = newProfile();
        seed(a, 20);
        // The client stores its batch, sends it, the server commits, the answer is lost:
        QJsonObject body;
        {
            auto db = Database::open(a);
            body = LocalSync(*db).pendingOrNewBatch(1000).value(QStringLiteral("body")).toObject();
        }
        const HttpResult login = httpJson("POST", QUrl(s.url().toString() + QStringLiteral("/api/v1/auth/login")),
                                          {{QStringLiteral("login"), QStringLiteral("anna")}, {QStringLiteral("password"), QString::fromLatin1(kPassword)}});
        const QString token = login.json.value(QStringLiteral("token")).toString();
        const QUrl pushUrl(s.url().toString() + QStringLiteral("/api/v1/sync/push"));
        QCOMPARE(httpJson("POST", pushUrl, body, token).status, 200);
        // ...and the same batch arrives twice more (a proxy retrying, say).
        QVERIFY(httpJson("POST", pushUrl, body, token).json.value(QStringLiteral("replayed")).toBool());
        // The client retries with the stored batch: the server answers from its record.
        const CliResult retry = sync(s, a);
        QVERIFY2(synced(retry), qPrintable(describe(retry)));
        QCOMPARE(outbox(a), 0);
        const HttpResult all = http("GET", QUrl(s.url().toString() + QStringLiteral("/api/v1/sync/pull?since=0&limit=5000")), {}, token);
        QCOMPARE(all.json.value(QStringLiteral("rows")).toArray().size(), 44); // nothing twice
        QCOMPARE(all.json.value(QStringLiteral("head")).toInteger(), 44);
        expectSame(s, a, b);
    }

    void storedBatchOfAnotherLogin()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        ServerProcess::addUser(spec, QStringLiteral("boris"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        ServerProcess s;
        QVERIFY(startServer(s, spec));
        const QString a = newProfile(), b = newProfile();
        seed(a, 10);
        QJsonObject body;
        {
            auto db = Database::open(a);
            body = LocalSync(*db).pendingOrNewBatch(1000).value(QStringLiteral("body")).toObject();
        }
        // Applied for anna, answer lost; then the profile is used with boris' login.
        const HttpResult login = httpJson("POST", QUrl(s.url().toString() + QStringLiteral("/api/v1/auth/login")),
                                          {{QStringLiteral("login"), QStringLiteral("anna")}, {QStringLiteral("password"), QString::fromLatin1(kPassword)}});
        QCOMPARE(httpJson("POST", QUrl(s.url().toString() + QStringLiteral("/api/v1/sync/push")), body,
                          login.json.value(QStringLiteral("token")).toString()).status, 200);
        const CliResult r = sync(s, a, QStringLiteral("boris"));
        QVERIFY2(synced(r), qPrintable(describe(r)));
        QCOMPARE(r.json.value(QStringLiteral("merged")).toInt(), 24); // same values again: merged, not doubled
        QCOMPARE(r.json.value(QStringLiteral("conflicts")).toInt(), 0);
        expectSame(s, a, b);
        QCOMPARE(totalRows(dumpSyncedTables(b)), 24);
    }

    void answerLostOnTheWire()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        ServerProcess s;
        QVERIFY(startServer(s, spec));
        // Two answers to pushes are cut off after the server committed them.
        DroppingProxy proxy(static_cast<quint16>(s.url().port()), "POST /api/v1/sync/push", 2);
        const QString a = newProfile(), b = newProfile();
        seed(a, 30);
        QProcess client;
        client.start(qEnvironmentVariable("METODIST_CLI"),
                     {QStringLiteral("sync"), QStringLiteral("--profile"), a, QStringLiteral("--server"),
                      QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()), QStringLiteral("--login"), QStringLiteral("anna"),
                      QStringLiteral("--password-stdin"), QStringLiteral("--quiet"), QStringLiteral("--batch"), QStringLiteral("20"),
                      QStringLiteral("--retry-ms"), QStringLiteral("100")});
        client.write(kPassword + '\n');
        client.waitForBytesWritten();
        client.closeWriteChannel();
        QEventLoop loop; // the proxy needs this process's event loop while the client runs
        connect(&client, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        const QString out = QString::fromUtf8(client.readAllStandardOutput());
        QVERIFY2(client.exitCode() == 0 && client.state() == QProcess::NotRunning,
                 qPrintable(out + QString::fromUtf8(client.readAllStandardError())));
        QCOMPARE(proxy.dropped(), 2);
        const QJsonObject stats = QJsonDocument::fromJson(out.trimmed().split(QLatin1Char('\n')).last().toUtf8()).object();
        QCOMPARE(stats.value(QStringLiteral("sent")).toInt(), 64);
        // The server saw batches again and answered them from its record.
        s.drain();
        QVERIFY2(s.log().count(QLatin1String("\"event\":\"push_begin\"")) >= 4 + 2, qPrintable(s.log()));
        const HttpResult login = httpJson("POST", QUrl(s.url().toString() + QStringLiteral("/api/v1/auth/login")),
                                          {{QStringLiteral("login"), QStringLiteral("anna")}, {QStringLiteral("password"), QString::fromLatin1(kPassword)}});
        const HttpResult all = http("GET", QUrl(s.url().toString() + QStringLiteral("/api/v1/sync/pull?since=0&limit=5000")), {},
                                    login.json.value(QStringLiteral("token")).toString());
        QCOMPARE(all.json.value(QStringLiteral("head")).toInteger(), 64); // each row once
        expectSame(s, a, b);
    }

    void serverKilledDuringPush()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        ServerProcess s;
        QVERIFY(startServer(s, spec, {QStringLiteral("--test-commit-delay-ms"), QStringLiteral("4000")}));
        const int port = s.url().port();
        const QString a = newProfile(), b = newProfile();
        seed(a, 100);
        QProcess client;
        client.start(qEnvironmentVariable("METODIST_CLI"),
                     {QStringLiteral("sync"), QStringLiteral("--profile"), a, QStringLiteral("--server"), s.url().toString(),
                      QStringLiteral("--login"), QStringLiteral("anna"), QStringLiteral("--password-stdin"), QStringLiteral("--quiet"),
                      QStringLiteral("--attempts"), QStringLiteral("12"), QStringLiteral("--retry-ms"), QStringLiteral("300")});
        client.write(kPassword + '\n');
        client.waitForBytesWritten();
        client.closeWriteChannel();
        // Wait until the push is inside its server transaction, then kill the server.
        QThread::msleep(2500);
        s.kill();
        // The push had begun and never finished on the killed server.
        QVERIFY2(s.log().contains(QLatin1String("\"event\":\"push_begin\"")), qPrintable(s.log()));
        QVERIFY2(!s.log().contains(QLatin1String("\"path\":\"/api/v1/sync/push\"")), qPrintable(s.log()));
        ServerProcess again;
        QVERIFY(startServer(again, spec, {}, port));
        QVERIFY(client.waitForFinished(120000));
        const QString out = QString::fromUtf8(client.readAllStandardOutput());
        QVERIFY2(client.exitCode() == 0, qPrintable(out + QString::fromUtf8(client.readAllStandardError())));
        const QJsonObject stats = QJsonDocument::fromJson(out.trimmed().split(QLatin1Char('\n')).last().toUtf8()).object();
        QCOMPARE(stats.value(QStringLiteral("sent")).toInt(), 204);
        // The restarted server did the whole batch, once.
        again.stop();
        QVERIFY(again.log().contains(QLatin1String("\"path\":\"/api/v1/sync/push\",\"remote\":\"127.0.0.1\",\"status\":200")));
        QVERIFY(startServer(again, spec, {}, port));
        QCOMPARE(outbox(a), 0);
        expectSame(again, a, b);
        QCOMPARE(totalRows(dumpSyncedTables(b)), 204);
    }

    void offlineThenServerComesBack()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        const int port = freeLoopbackPort();
        const QString a = newProfile(), b = newProfile();
        seed(a, 10);
        QProcess client;
        client.start(qEnvironmentVariable("METODIST_CLI"),
                     {QStringLiteral("sync"), QStringLiteral("--profile"), a, QStringLiteral("--server"),
                      QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--login"), QStringLiteral("anna"),
                      QStringLiteral("--password-stdin"), QStringLiteral("--attempts"), QStringLiteral("10"), QStringLiteral("--retry-ms"),
                      QStringLiteral("200")});
        client.write(kPassword + '\n');
        client.waitForBytesWritten();
        client.closeWriteChannel();
        QThread::msleep(1500); // connection refused a few times, backing off
        ServerProcess s;
        QVERIFY(startServer(s, spec, {}, port));
        QVERIFY(client.waitForFinished(60000));
        const QString out = QString::fromUtf8(client.readAllStandardOutput());
        const QString err = QString::fromUtf8(client.readAllStandardError());
        QVERIFY2(client.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(err.contains(QLatin1String("retrying in")), qPrintable(err));
        const QJsonObject stats = QJsonDocument::fromJson(out.trimmed().split(QLatin1Char('\n')).last().toUtf8()).object();
        QVERIFY(stats.value(QStringLiteral("retries")).toInt() >= 1);
        QCOMPARE(stats.value(QStringLiteral("sent")).toInt(), 24);
        expectSame(s, a, b);
        // Giving up is reported, not hidden.
        s.stop();
        const CliResult down = runCli({QStringLiteral("sync"), QStringLiteral("--profile"), a, QStringLiteral("--server"),
                                       QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--login"), QStringLiteral("anna"),
                                       QStringLiteral("--password-stdin"), QStringLiteral("--attempts"), QStringLiteral("2"),
                                       QStringLiteral("--retry-ms"), QStringLiteral("50")}, kPassword + '\n');
        QCOMPARE(down.rc, 1);
        QVERIFY2(down.err.contains(QLatin1String("gave up")), qPrintable(down.err));
    }

    void conflictSameFieldMergeDifferentFields()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        ServerProcess s;
        QVERIFY(startServer(s, spec));
        const QString a = newProfile(), b = newProfile();
        seed(a, 3);
        expectSame(s, a, b);
        const QString org = firstId(a, QStringLiteral("organisation"));
        // Different fields, both offline: merged, both edits kept.
        edit(a, QStringLiteral("organisation"), org, {{QStringLiteral("phone"), QStringLiteral("+7 800")}});
        edit(b, QStringLiteral("organisation"), org, {{QStringLiteral("email"), QStringLiteral("school@example.org")}});
        QVERIFY(synced(sync(s, a)));
        const CliResult mergedRun = sync(s, b);
        QVERIFY2(synced(mergedRun), qPrintable(describe(mergedRun)));
        QCOMPARE(mergedRun.json.value(QStringLiteral("merged")).toInt(), 1);
        expectSame(s, a, b);
        QCOMPARE(value(a, QStringLiteral("organisation"), org, QStringLiteral("phone")).toString(), QStringLiteral("+7 800"));
        QCOMPARE(value(a, QStringLiteral("organisation"), org, QStringLiteral("email")).toString(), QStringLiteral("school@example.org"));
        QCOMPARE(openConflicts(b), 0);

        // Same field: the second one gets a conflict; its row shows the server version,
        // its own version is kept for review.
        edit(a, QStringLiteral("organisation"), org, {{QStringLiteral("name"), QStringLiteral("Lyceum A")}});
        edit(b, QStringLiteral("organisation"), org, {{QStringLiteral("name"), QStringLiteral("Lyceum B")}});
        QVERIFY(synced(sync(s, a)));
        const CliResult conflictRun = sync(s, b);
        QVERIFY2(synced(conflictRun), qPrintable(describe(conflictRun)));
        QCOMPARE(conflictRun.json.value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(value(b, QStringLiteral("organisation"), org, QStringLiteral("name")).toString(), QStringLiteral("Lyceum A"));
        expectSame(s, a, b);
        {
            auto db = Database::open(b);
            SyncConflicts conflicts(*db);
            const auto open = conflicts.unresolved();
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.first().mine.value(QStringLiteral("name")).toString(), QStringLiteral("Lyceum B"));
            QCOMPARE(open.first().differingFields(), QStringList{QStringLiteral("name")});
            conflicts.keepMine(open.first().id); // reviewed: B's name wins after all
        }
        expectSame(s, a, b);
        QCOMPARE(value(a, QStringLiteral("organisation"), org, QStringLiteral("name")).toString(), QStringLiteral("Lyceum B"));
        QCOMPARE(openConflicts(b), 0);
    }

    void deleteVersusEdit()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        ServerProcess s;
        QVERIFY(startServer(s, spec));
        const QString a = newProfile(), b = newProfile();
        seed(a, 3);
        expectSame(s, a, b);
        const QString person = firstId(a, QStringLiteral("person"));
        {
            auto db = Database::open(a);
            Rows::setDeleted(*db, QStringLiteral("person"), person, true);
        }
        edit(b, QStringLiteral("person"), person, {{QStringLiteral("position"), QStringLiteral("director")}});
        QVERIFY(synced(sync(s, a)));
        const CliResult r = sync(s, b);
        QVERIFY2(synced(r), qPrintable(describe(r)));
        QCOMPARE(r.json.value(QStringLiteral("conflicts")).toInt(), 1);
        expectSame(s, a, b);
        QCOMPARE(value(b, QStringLiteral("person"), person, QStringLiteral("deleted")).toInt(), 1); // theirs until reviewed
        QCOMPARE(openConflicts(b), 1);                                                           // the edit is not lost
        {
            auto db = Database::open(b);
            SyncConflicts conflicts(*db);
            conflicts.merge(conflicts.unresolved().first().id, {QStringLiteral("position")}); // keep the edit, stay deleted
        }
        expectSame(s, a, b);
        QCOMPARE(value(a, QStringLiteral("person"), person, QStringLiteral("position")).toString(), QStringLiteral("director"));
        QCOMPARE(value(a, QStringLiteral("person"), person, QStringLiteral("deleted")).toInt(), 1);
    }

    void clockSkewDoesNotMatter()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        ServerProcess s;
        QVERIFY(startServer(s, spec));
        const QString a = newProfile(), b = newProfile();
        seed(a, 3);
        expectSame(s, a, b);
        const QString org = firstId(a, QStringLiteral("organisation"));
        const qint64 hours12 = 12LL * 3600 * 1000;
        auto skewedEdit = [&](const QString &profile, const QString &name, qint64 skew) {
            auto db = Database::open(profile);
            sql::exec(db->db(), QStringLiteral("UPDATE organisation SET name = ?, updated_at = ? WHERE id = ?"),
                      {name, QDateTime::currentMSecsSinceEpoch() + skew, org});
        };
        // A's clock runs 12 h ahead, B's 12 h behind; B edits after A, in real order.
        skewedEdit(a, QStringLiteral("Ahead"), hours12);
        QVERIFY(synced(sync(s, a)));
        QVERIFY(synced(sync(s, b)));
        skewedEdit(b, QStringLiteral("Behind"), -hours12);
        const CliResult r = sync(s, b);
        QVERIFY2(synced(r), qPrintable(describe(r)));
        QCOMPARE(r.json.value(QStringLiteral("conflicts")).toInt(), 0);
        expectSame(s, a, b);
        // The later revision wins although its timestamp is a day older.
        QCOMPARE(value(a, QStringLiteral("organisation"), org, QStringLiteral("name")).toString(), QStringLiteral("Behind"));
        // Concurrent edits with skewed clocks are still a conflict, never a silent overwrite.
        skewedEdit(a, QStringLiteral("A again"), -hours12);
        skewedEdit(b, QStringLiteral("B again"), hours12);
        QVERIFY(synced(sync(s, a)));
        QCOMPARE(sync(s, b).json.value(QStringLiteral("conflicts")).toInt(), 1);
        expectSame(s, a, b);
    }

    void municipalProfileGetsOnlyItsScope()
    {
        FRESH_STORE(spec);
        ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("iro"), {}, QString::fromLatin1(kPassword));
        ServerProcess::addUser(spec, QStringLiteral("met2"), QStringLiteral("methodologist"), QStringLiteral("m2"), QString::fromLatin1(kPassword));
        ServerProcess s;
        QVERIFY(startServer(s, spec));
        const QString region = newProfile(), municipal = newProfile();
        seed(region, 50);
        QVERIFY(synced(sync(s, region)));
        const CliResult first = sync(s, municipal, QStringLiteral("met2"));
        QVERIFY2(synced(first), qPrintable(describe(first)));
        auto leaks = [&] {
            auto db = Database::open(municipal);
            int n = 0;
            for (const QString &t : {QStringLiteral("organisation"), QStringLiteral("person")})
                n += sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE municipality_id IS NOT 'm2'").arg(t)).toInt();
            return n;
        };
        QCOMPARE(leaks(), 0);
        QCOMPARE(dumpSyncedTables(municipal).value(QStringLiteral("person")).size(), 50);
        // A write into another municipality is refused and kept locally for review; own rows go through.
        {
            auto db = Database::open(municipal);
            Rows::insert(*db, QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("Foreign")},
                                                               {QStringLiteral("kind"), QStringLiteral("school")},
                                                               {QStringLiteral("municipality_id"), QStringLiteral("m1")}});
            Rows::insert(*db, QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("Own")},
                                                               {QStringLiteral("kind"), QStringLiteral("school")},
                                                               {QStringLiteral("municipality_id"), QStringLiteral("m2")}});
        }
        const CliResult r = sync(s, municipal, QStringLiteral("met2"));
        QVERIFY2(synced(r), qPrintable(describe(r)));
        QCOMPARE(r.json.value(QStringLiteral("refused")).toInt(), 1);
        QCOMPARE(r.json.value(QStringLiteral("sent")).toInt(), 1);
        QVERIFY(synced(sync(s, region)));
        auto db = Database::open(region);
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM organisation WHERE name = 'Own'")).toInt(), 1);
        QCOMPARE(sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM organisation WHERE name = 'Foreign'")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncE2e)
#include "tst_synce2e.moc"
