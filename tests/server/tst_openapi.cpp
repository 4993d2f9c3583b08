// docs/api/openapi.yaml against the real server: every registered endpoint is described
// (and nothing described is missing from the server), every status a real request gets is
// documented for that operation, and real responses carry the documented required fields.
#include "api.h"
#include "miniyaml.h"
#include "serverprocess.h"
#include "storage/migrator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace metodist::test;

class TestOpenApi : public QObject {
    Q_OBJECT
private:
    QVariant m_doc;
    QStringList m_checked; // "METHOD PATH STATUS" seen in this run

    QString schemaName(const QString &ref) const { return ref.section(QLatin1Char('/'), -1); }

    // Required fields of schema `name` present in `value`, recursively through $refs.
    QString missingFields(const QJsonValue &value, const QString &name, const QString &where) const
    {
        const QVariantMap schema = yamlAt(m_doc, {QStringLiteral("components"), QStringLiteral("schemas"), name}).toMap();
        if (schema.isEmpty())
            return QStringLiteral("%1: no schema %2").arg(where, name);
        if (!value.isObject())
            return QStringLiteral("%1: not an object (schema %2)").arg(where, name);
        const QJsonObject object = value.toObject();
        for (const QVariant &field : schema.value(QStringLiteral("required")).toList())
            if (!object.contains(field.toString()))
                return QStringLiteral("%1: %2 lacks required '%3'").arg(where, name, field.toString());
        const QVariantMap properties = schema.value(QStringLiteral("properties")).toMap();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QVariantMap property = it.value().toMap();
            const QJsonValue v = object.value(it.key());
            if (v.isUndefined() || v.isNull())
                continue;
            const QString ref = property.value(QStringLiteral("$ref")).toString();
            const QString itemRef = property.value(QStringLiteral("items")).toMap().value(QStringLiteral("$ref")).toString();
            if (!ref.isEmpty()) {
                const QString problem = missingFields(v, schemaName(ref), where + QLatin1Char('.') + it.key());
                if (!problem.isEmpty())
                    return problem;
            } else if (!itemRef.isEmpty()) {
                if (!v.isArray())
                    return QStringLiteral("%1.%2: not an array").arg(where, it.key());
                const QJsonArray items = v.toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const QString problem = missingFields(items.at(i), schemaName(itemRef), QStringLiteral("%1.%2[%3]").arg(where, it.key()).arg(i));
                    if (!problem.isEmpty())
                        return problem;
                }
            }
        }
        return {};
    }

    // The response is documented for the operation, and its body matches the schema.
    void check(const QByteArray &method, const QString &path, const HttpResult &response)
    {
        const QVariantMap responses = yamlAt(m_doc, {QStringLiteral("paths"), path, QString::fromLatin1(method).toLower(),
                                                     QStringLiteral("responses")}).toMap();
        const QString status = QString::number(response.status);
        QVERIFY2(responses.contains(status), qPrintable(QStringLiteral("%1 %2 answered %3, not documented").arg(method, path, status)));
        QVariantMap documented = responses.value(status).toMap();
        const QString responseRef = documented.value(QStringLiteral("$ref")).toString();
        if (!responseRef.isEmpty())
            documented = yamlAt(m_doc, {QStringLiteral("components"), QStringLiteral("responses"), schemaName(responseRef)}).toMap();
        const QString ref = yamlAt(documented, {QStringLiteral("content"), QStringLiteral("application/json"), QStringLiteral("schema"),
                                                QStringLiteral("$ref")}).toString();
        QVERIFY2(!ref.isEmpty(), qPrintable(QStringLiteral("%1 %2 %3: no JSON schema").arg(method, path, status)));
        const QString problem = missingFields(response.json, schemaName(ref), QStringLiteral("%1 %2 %3").arg(method, path, status));
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + QString::fromUtf8(response.raw)));
        m_checked << QStringLiteral("%1 %2").arg(QString::fromLatin1(method), path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_doc = yamlFile(QStringLiteral(METODIST_SOURCE_DIR "/docs/api/openapi.yaml"));
        QVERIFY(m_doc.toMap().value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.")));
    }

    void everyEndpointDescribed()
    {
        const QVariantMap paths = m_doc.toMap().value(QStringLiteral("paths")).toMap();
        QStringList documented;
        for (auto it = paths.begin(); it != paths.end(); ++it)
            for (const QString &method : it.value().toMap().keys())
                documented << method.toUpper() + QLatin1Char(' ') + it.key();
        QStringList registered = metodist::server::Api::endpoints();
        QVERIFY(registered.size() >= 5);
        registered.sort();
        documented.sort();
        QCOMPARE(documented, registered);
    }

    void responsesMatchSchemas()
    {
        QTemporaryDir dir;
        const QString spec = QStringLiteral("sqlite:%1/s.db").arg(dir.path());
        QVERIFY(!ServerProcess::addUser(spec, QStringLiteral("anna"), QStringLiteral("admin"), {}, QStringLiteral("password 123")).isEmpty());
        ServerProcess s;
        QString why;
        QVERIFY2(s.start(spec, {QStringLiteral("--max-body"), QStringLiteral("4096")}, &why), qPrintable(why));
        auto url = [&](const QString &path) { return QUrl(s.url().toString() + path); };

        check("GET", QStringLiteral("/api/v1/meta"), http("GET", url(QStringLiteral("/api/v1/meta"))));
        const QString loginPath = QStringLiteral("/api/v1/auth/login");
        const HttpResult login = httpJson("POST", url(loginPath), {{QStringLiteral("login"), QStringLiteral("anna")},
                                                                   {QStringLiteral("password"), QStringLiteral("password 123")}});
        check("POST", loginPath, login);
        check("POST", loginPath, httpJson("POST", url(loginPath), {{QStringLiteral("login"), QStringLiteral("anna")},
                                                                   {QStringLiteral("password"), QStringLiteral("nope")}}));
        check("POST", loginPath, http("POST", url(loginPath), "{oops"));
        check("POST", loginPath, http("POST", url(loginPath), QByteArray(5000, ' ')));
        const QString token = login.json.value(QStringLiteral("token")).toString();

        const QString pushPath = QStringLiteral("/api/v1/sync/push");
        auto change = [](const QString &name, qint64 base) {
            return QJsonObject{{QStringLiteral("table"), QStringLiteral("municipality")}, {QStringLiteral("id"), QStringLiteral("m1")},
                               {QStringLiteral("base_rev"), base},
                               {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("city")}}},
                               {QStringLiteral("changed"), base == 0 ? QJsonValue() : QJsonValue(QJsonArray{QStringLiteral("name")})}};
        };
        auto batch = [](const QJsonArray &changes, int schema = metodist::Migrator::latestVersion()) {
            return QJsonObject{{QStringLiteral("batch_id"), QUuid::createUuid().toString()}, {QStringLiteral("schema"), schema},
                               {QStringLiteral("changes"), changes}};
        };
        check("POST", pushPath, httpJson("POST", url(pushPath), batch({change(QStringLiteral("A"), 0)}), token));
        check("POST", pushPath, httpJson("POST", url(pushPath), batch({change(QStringLiteral("B"), 1)}), token));
        const HttpResult conflict = httpJson("POST", url(pushPath), batch({change(QStringLiteral("C"), 1)}), token);
        QCOMPARE(conflict.json.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("conflict"));
        check("POST", pushPath, conflict);
        check("POST", pushPath, httpJson("POST", url(pushPath), batch({change(QStringLiteral("D"), 0)}, metodist::Migrator::latestVersion() - 1), token));
        check("POST", pushPath, http("POST", url(pushPath), "[]", token));
        check("POST", pushPath, httpJson("POST", url(pushPath), batch({}), QStringLiteral("bad-token")));

        const QString pullPath = QStringLiteral("/api/v1/sync/pull");
        const HttpResult pulled = http("GET", url(pullPath + QStringLiteral("?since=0&limit=10")), {}, token);
        QVERIFY(!pulled.json.value(QStringLiteral("rows")).toArray().isEmpty());
        check("GET", pullPath, pulled);
        check("GET", pullPath, http("GET", url(pullPath + QStringLiteral("?limit=0")), {}, token));
        check("GET", pullPath, http("GET", url(pullPath), {}, {}));

        // Administration of accounts: admin only.
        const QString usersPath = QStringLiteral("/api/v1/admin/users");
        const QString disablePath = QStringLiteral("/api/v1/admin/users/disable");
        const QString passwordPath = QStringLiteral("/api/v1/admin/users/password");
        check("GET", usersPath, http("GET", url(usersPath), {}, token));
        check("GET", usersPath, http("GET", url(usersPath), {}, {}));
        const QJsonObject newUser{{QStringLiteral("login"), QStringLiteral("boris")}, {QStringLiteral("role"), QStringLiteral("methodologist")},
                                  {QStringLiteral("municipality_id"), QStringLiteral("m1")}, {QStringLiteral("password"), QStringLiteral("boris pass 1")}};
        check("POST", usersPath, httpJson("POST", url(usersPath), newUser, token));
        check("POST", usersPath, httpJson("POST", url(usersPath), newUser, token)); // 409
        check("POST", usersPath, http("POST", url(usersPath), "{oops", token));
        const QString borisToken = httpJson("POST", url(loginPath), {{QStringLiteral("login"), QStringLiteral("boris")},
                                                                     {QStringLiteral("password"), QStringLiteral("boris pass 1")}})
                                       .json.value(QStringLiteral("token")).toString();
        QVERIFY(!borisToken.isEmpty());
        check("GET", usersPath, http("GET", url(usersPath), {}, borisToken)); // 403
        check("POST", usersPath, httpJson("POST", url(usersPath), newUser, borisToken));
        check("POST", passwordPath, httpJson("POST", url(passwordPath), {{QStringLiteral("login"), QStringLiteral("boris")},
                                                                         {QStringLiteral("password"), QStringLiteral("new password 2")}}, token));
        check("POST", passwordPath, httpJson("POST", url(passwordPath), {{QStringLiteral("login"), QStringLiteral("nobody")},
                                                                         {QStringLiteral("password"), QStringLiteral("new password 2")}}, token));
        check("POST", passwordPath, httpJson("POST", url(passwordPath), {{QStringLiteral("login"), QStringLiteral("boris")},
                                                                         {QStringLiteral("password"), QStringLiteral("short")}}, token));
        check("POST", passwordPath, http("POST", url(passwordPath), "{}", {}));
        check("POST", disablePath, httpJson("POST", url(disablePath), {{QStringLiteral("login"), QStringLiteral("boris")},
                                                                       {QStringLiteral("disabled"), true}}, token));
        check("POST", disablePath, httpJson("POST", url(disablePath), {{QStringLiteral("login"), QStringLiteral("nobody")},
                                                                       {QStringLiteral("disabled"), true}}, token));
        check("POST", disablePath, httpJson("POST", url(disablePath), {{QStringLiteral("login"), QStringLiteral("anna")},
                                                                       {QStringLiteral("disabled"), true}}, token));
        check("POST", disablePath, http("POST", url(disablePath), "{}", {}));

        const QString logoutPath = QStringLiteral("/api/v1/auth/logout");
        check("POST", logoutPath, http("POST", url(logoutPath), {}, token));
        check("POST", logoutPath, http("POST", url(logoutPath), {}, token));

        // Every registered endpoint was exercised against its description.
        for (const QString &endpoint : metodist::server::Api::endpoints())
            QVERIFY2(m_checked.contains(endpoint), qPrintable(endpoint));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
