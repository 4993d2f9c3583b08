// Sync benchmarks against a real metodist-server process.
//  1. Initial sync of a region (staff + journal marks, default 35,000 / 1,000,000) from the
//     server store (PostgreSQL started here; SQLite with --sqlite or --tiny) into a fresh
//     profile with `metodist-cli sync`, as a ratio to a raw copy of the same rows
//     (COPY/.output to CSV + sqlite3 .import) measured in the same run. Goal: <= 3x.
//  2. C concurrent clients (default 200) doing incremental syncs (push one change + pull)
//     for S seconds (default 60) on loopback: syncs, errors, p50/p99 latency.
// --tiny: small sizes, SQLite store, a few seconds; exits 0 when everything worked.
#include "backend.h"
#include "pgcluster.h"
#include "serverdb.h"
#include "serverprocess.h"
#include "storage/migrator.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace metodist;
using namespace metodist::test;

namespace {

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(QStringLiteral("--") + name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// The region written straight into the server store (the bench measures pulling, not pushing).
void populate(server::ServerDb &store, int staff, int marks)
{
    const bool pg = store.isPostgres();
    const QString series = pg ? QStringLiteral("generate_series(1, %1) AS s(g)") : QStringLiteral("s");
    const QString json = pg ? QStringLiteral("json_build_object") : QStringLiteral("json_object");
    const QString cast = pg ? QStringLiteral("::text") : QString();
    auto insert = [&](const QString &table, int count, int revOffset, const QString &id, const QString &scope, const QString &fields) {
        const QString cte = pg ? QString() : QStringLiteral("WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < %1) ").arg(count);
        sql::exec(store.db(), cte + QStringLiteral(
            "INSERT INTO record(table_name, id, rev, municipality_id, deleted, fields, field_revs, updated_at, updated_by) "
            "SELECT '%1', %2, g + %3, %4, 0, %5%6, '{}', 1700000000000 + g, 'bench' FROM %7")
            .arg(table, id).arg(revOffset).arg(scope, fields, cast, pg ? series.arg(count) : series));
    };
    sql::Transaction tx(store.db());
    const QString mun = QStringLiteral("'m' || (g % 50)");
    insert(QStringLiteral("municipality"), 50, 0, QStringLiteral("'m' || (g - 1)"), QStringLiteral("NULL"),
           json + QStringLiteral("('municipality_id', NULL, 'name', 'District ' || g, 'code', NULL, 'kind', 'district')"));
    insert(QStringLiteral("organisation"), 1000, 50, QStringLiteral("'o' || g"), mun,
           json + QStringLiteral("('municipality_id', %1, 'name', 'School ' || g, 'short_name', NULL, 'kind', 'school', "
                                 "'inn', NULL, 'address', 'Street ' || g, 'head_name', NULL, 'phone', NULL, 'email', NULL)").arg(mun));
    insert(QStringLiteral("person"), staff, 1050, QStringLiteral("'p' || g"), mun,
           json + QStringLiteral("('municipality_id', %1, 'organisation_id', 'o' || (g % 1000 + 1), 'last_name', 'Ivanova' || g, "
                                 "'first_name', 'Anna', 'middle_name', 'Petrovna', 'sex', 'F', 'birth_date', '1980-01-01', "
                                 "'profession_start_date', '2005-09-01', 'hire_date', NULL, 'position', 'teacher', 'subjects', 'mathematics', "
                                 "'category', 'first', 'is_manager', 0, 'snils', NULL, 'email', NULL, 'phone', NULL, "
                                 "'search_key', ' ivanova' || g || ' anna petrovna', 'sort_name', 'ivanova' || g || ' anna petrovna')").arg(mun));
    // 50 people per session, never the same person twice in one session.
    insert(QStringLiteral("journal_mark"), marks, 1050 + staff, QStringLiteral("'j' || g"), mun,
           json + QStringLiteral("('municipality_id', %1, 'session_id', 's' || (g / 50), 'person_id', 'p' || (g % %2 + 1), "
                                 "'attendance', 'present', 'grade', '5')").arg(mun).arg(staff));
    sql::exec(store.db(), QStringLiteral("UPDATE rev_counter SET value = %1 WHERE one = 1").arg(1050 + staff + marks));
    tx.commit();
}

bool runTool(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct Load {
    QList<qint64> latenciesUs;
    int errors = 0;
    QString firstError;
};

// Many clients in one process, each a loop of push(1 change) + pull(since its cursor).
class Client : public QObject {
public:
    Client(int index, const QUrl &base, const QString &token, Load &load, QElapsedTimer &clock, qint64 endMs)
        : m_index(index), m_base(base), m_token(token), m_load(load), m_clock(clock), m_endMs(endMs) {}
    void setCursor(qint64 cursor) { m_cursor = cursor; }
    void start() { cycle(); }
    bool done = false;

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        QNetworkRequest r(QUrl(m_base.toString() + path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        r.setTransferTimeout(60000);
        return m_net.sendCustomRequest(r, method, body);
    }
    void error(const QString &what)
    {
        if (m_load.errors++ == 0)
            m_load.firstError = what;
    }
    void cycle()
    {
        if (m_clock.elapsed() >= m_endMs) {
            done = true;
            return;
        }
        m_started.start();
        const QJsonObject change{{QStringLiteral("table"), QStringLiteral("municipality")},
                                 {QStringLiteral("id"), QStringLiteral("bench-client-%1").arg(m_index)},
                                 {QStringLiteral("base_rev"), m_rev},
                                 {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Client %1 edit %2").arg(m_index).arg(++m_edits)},
                                                                        {QStringLiteral("kind"), QStringLiteral("district")}}},
                                 {QStringLiteral("changed"), m_rev == 0 ? QJsonValue() : QJsonValue(QJsonArray{QStringLiteral("name")})}};
        const QJsonObject body{{QStringLiteral("batch_id"), QStringLiteral("bench-%1-%2").arg(m_index).arg(m_edits)},
                               {QStringLiteral("schema"), metodist::Migrator::latestVersion()}, {QStringLiteral("changes"), QJsonArray{change}}};
        QNetworkReply *push = send("POST", QStringLiteral("/api/v1/sync/push"), QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(push, &QNetworkReply::finished, this, [this, push] {
            push->deleteLater();
            const QJsonObject result = QJsonDocument::fromJson(push->readAll()).object()
                                           .value(QStringLiteral("results")).toArray().at(0).toObject();
            if (push->error() != QNetworkReply::NoError || result.value(QStringLiteral("status")).toString() != QLatin1String("accepted")) {
                error(QStringLiteral("push: %1 %2").arg(push->errorString(), QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
                return cycle();
            }
            m_rev = result.value(QStringLiteral("rev")).toInteger();
            QNetworkReply *pull = send("GET", QStringLiteral("/api/v1/sync/pull?since=%1&limit=1000").arg(m_cursor), {});
            connect(pull, &QNetworkReply::finished, this, [this, pull] {
                pull->deleteLater();
                const QJsonObject page = QJsonDocument::fromJson(pull->readAll()).object();
                if (pull->error() != QNetworkReply::NoError || !page.contains(QStringLiteral("next"))) {
                    error(QStringLiteral("pull: %1").arg(pull->errorString()));
                } else {
                    m_cursor = page.value(QStringLiteral("next")).toInteger();
                    m_load.latenciesUs << m_started.nsecsElapsed() / 1000;
                }
                cycle();
            });
        });
    }

    int m_index;
    QUrl m_base;
    QString m_token;
    Load &m_load;
    QElapsedTimer &m_clock;
    qint64 m_endMs;
    QNetworkAccessManager m_net;
    QElapsedTimer m_started;
    qint64 m_rev = 0;
    qint64 m_cursor = 0;
    int m_edits = 0;
};

// CPU seconds of this process's finished (waited-for) children so far.
double childrenCpu()
{
    rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(p * values.size()))) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool tiny = args.contains(QStringLiteral("--tiny"));
    const int staff = arg(args, QStringLiteral("staff"), tiny ? QStringLiteral("500") : QStringLiteral("35000")).toInt();
    const int marks = arg(args, QStringLiteral("marks"), tiny ? QStringLiteral("5000") : QStringLiteral("1000000")).toInt();
    const int clients = arg(args, QStringLiteral("clients"), tiny ? QStringLiteral("10") : QStringLiteral("200")).toInt();
    const int seconds = arg(args, QStringLiteral("seconds"), tiny ? QStringLiteral("2") : QStringLiteral("60")).toInt();
    const bool usePg = !tiny && !args.contains(QStringLiteral("--sqlite")) && PgCluster::available();
    const QString password = QStringLiteral("bench password");

    QTemporaryDir dir;
    std::unique_ptr<PgCluster> pg;
    QString spec = QStringLiteral("sqlite:%1/server.db").arg(dir.path());
    if (usePg) {
        pg = std::make_unique<PgCluster>();
        QString why;
        if (!pg->start(&why)) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(why));
            return 1;
        }
        spec = pg->createDatabase(QStringLiteral("bench"));
    }
    const char *store = usePg ? "postgresql" : "sqlite";
    {
        QElapsedTimer t;
        t.start();
        server::ServerDb db(spec);
        populate(db, staff, marks);
        std::printf("server store populated (%s): %d rows in %.1f s\n", store, 1050 + staff + marks, t.elapsed() / 1000.0);
    }
    if (ServerProcess::addUser(spec, QStringLiteral("iro"), QStringLiteral("iro"), {}, password).isEmpty()) {
        std::fprintf(stderr, "user add failed\n");
        return 1;
    }
    ServerProcess server;
    QString why;
    if (!server.start(spec, {}, &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }

    // 1. Initial sync into a fresh profile.
    const QString profile = dir.filePath(QStringLiteral("fresh.metodist"));
    Database::open(profile);
    QElapsedTimer t;
    double cpu0 = childrenCpu();
    t.start();
    const CliResult sync = runCli({QStringLiteral("sync"), QStringLiteral("--profile"), profile, QStringLiteral("--server"),
                                   server.url().toString(), QStringLiteral("--login"), QStringLiteral("iro"),
                                   QStringLiteral("--password-stdin"), QStringLiteral("--quiet"), QStringLiteral("--page"), QStringLiteral("5000")},
                                  password.toUtf8() + '\n', 3600000);
    const double syncSeconds = t.elapsed() / 1000.0;
    const double syncCpu = childrenCpu() - cpu0;
    const int received = sync.json.value(QStringLiteral("received")).toInt();
    int inProfile = 0;
    {
        auto db = Database::open(profile);
        for (const QString &table : {QStringLiteral("municipality"), QStringLiteral("organisation"), QStringLiteral("person"),
                                     QStringLiteral("journal_mark")})
            inProfile += sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
    }
    const int expected = 1050 + staff + marks;
    if (sync.rc != 0 || received != expected || inProfile != expected) {
        std::fprintf(stderr, "initial sync failed: rc %d, received %d, in profile %d, expected %d\n%s%s\n", sync.rc, received,
                     inProfile, expected, qPrintable(sync.out), qPrintable(sync.err));
        return 1;
    }

    // Where the time went: the server's own time answering the pull pages.
    {
        server.drain();
        qint64 serverMs = 0;
        int pages = 0;
        for (const QString &line : server.log().split(QLatin1Char('\n'))) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(QStringLiteral("path")).toString() == QLatin1String("/api/v1/sync/pull")) {
                serverMs += o.value(QStringLiteral("ms")).toInteger();
                ++pages;
            }
        }
        std::printf("  of which the server answered %d pages in %.2f s, the client wrote them in %.2f s\n", pages,
                    serverMs / 1000.0, sync.json.value(QStringLiteral("apply_ms")).toInteger() / 1000.0);
    }
    // Baseline: the same rows copied raw (CSV out of the store, sqlite3 .import in).
    const QString csv = dir.filePath(QStringLiteral("raw.csv"));
    const QString rawDb = dir.filePath(QStringLiteral("raw.db"));
    cpu0 = childrenCpu();
    t.restart();
    bool rawOk;
    if (usePg) {
        rawOk = runTool(QStringLiteral("psql"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(pg->port()),
                                                 QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("bench"),
                                                 QStringLiteral("-q"), QStringLiteral("-c"),
                                                 QStringLiteral("\\copy (SELECT table_name, id, rev, fields FROM record ORDER BY rev) TO '%1' WITH CSV").arg(csv)});
    } else {
        rawOk = runTool(QStringLiteral("sqlite3"), {spec.mid(7)},
                        QStringLiteral(".mode csv\n.output %1\nSELECT table_name, id, rev, fields FROM record ORDER BY rev;\n").arg(csv).toUtf8());
    }
    rawOk = rawOk && runTool(QStringLiteral("sqlite3"), {rawDb},
                             QStringLiteral("CREATE TABLE raw(table_name TEXT, id TEXT, rev INTEGER, fields TEXT);\n.mode csv\n.import %1 raw\n").arg(csv).toUtf8());
    const double rawSeconds = t.elapsed() / 1000.0;
    const double rawCpu = childrenCpu() - cpu0;
    if (!rawOk) {
        std::fprintf(stderr, "raw copy baseline failed\n");
        return 1;
    }
    std::printf("initial sync %d staff + %d marks (%d rows) from %s: %.2f s, raw copy %.2f s, ratio %.2f (goal <= 3)\n", staff, marks,
                expected, store, syncSeconds, rawSeconds, syncSeconds / std::max(rawSeconds, 0.001));
    // Wall times on a shared machine follow its load; CPU is steadier (the database servers'
    // own CPU is in neither figure).
    std::printf("  cpu: sync client (metodist-cli) %.2f s, raw copy tools (psql/sqlite3) %.2f s\n", syncCpu, rawCpu);

    // 2. Concurrent incremental syncs.
    const qint64 head = 1050 + staff + marks;
    QStringList tokens;
    for (int i = 0; i < std::min(clients, 10); ++i) {
        const HttpResult login = httpJson("POST", QUrl(server.url().toString() + QStringLiteral("/api/v1/auth/login")),
                                          {{QStringLiteral("login"), QStringLiteral("iro")}, {QStringLiteral("password"), password}});
        tokens << login.json.value(QStringLiteral("token")).toString();
    }
    Load load;
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = 1000LL * seconds;
    std::vector<std::unique_ptr<Client>> pool;
    for (int i = 0; i < clients; ++i) {
        pool.push_back(std::make_unique<Client>(i, server.url(), tokens.at(i % tokens.size()), load, clock, endMs));
        pool.back()->setCursor(head);
        pool.back()->start();
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (std::all_of(pool.begin(), pool.end(), [](const auto &c) { return c->done; }))
            app.quit();
    });
    poll.start(50);
    app.exec();
    const double elapsed = clock.elapsed() / 1000.0;
    std::printf("incremental syncs: %d clients x %d s on loopback (%s): %lld syncs (%.0f/s), %d errors, p50 %.1f ms, p99 %.1f ms\n",
                clients, seconds, store, static_cast<long long>(load.latenciesUs.size()), load.latenciesUs.size() / elapsed,
                load.errors, percentile(load.latenciesUs, 0.5), percentile(load.latenciesUs, 0.99));
    if (load.errors > 0)
        std::fprintf(stderr, "first error: %s\n", qPrintable(load.firstError));
    server.stop();
    return load.errors == 0 && !load.latenciesUs.isEmpty() ? 0 : 1;
}
