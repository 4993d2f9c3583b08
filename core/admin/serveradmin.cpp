#include "serveradmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

namespace metodist {

ServerAdmin::ServerAdmin(QObject *parent) : QObject(parent) {}

void ServerAdmin::send(const QByteArray &method, const QString &path, const QJsonObject &body, Done done)
{
    QNetworkRequest request(QUrl(m_server.toString(QUrl::StripTrailingSlash) + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    const QByteArray payload = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_net.sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), server = m_server] {
        reply->deleteLater();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = QJsonDocument::fromJson(reply->readAll()).object();
        r.ok = r.status >= 200 && r.status < 300;
        if (r.status == 0)
            r.message = tr("The server %1 does not answer: %2").arg(server.toString(), reply->errorString());
        else if (r.status == 401)
            r.message = tr("Log in to the server again (the session has expired or was revoked).");
        else if (r.status == 403)
            r.message = tr("Only an administrator of the server may manage users.");
        else if (!r.ok)
            r.message = tr("The server refused (HTTP %1): %2").arg(r.status).arg(r.body.value(QStringLiteral("message")).toString());
        done(r);
    });
}

void ServerAdmin::login(const QString &login, const QString &password, Done done)
{
    m_token.clear();
    send("POST", QStringLiteral("/api/v1/auth/login"),
         {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}},
         [this, done = std::move(done)](const Reply &r) {
             Reply result = r;
             if (r.ok)
                 m_token = r.body.value(QStringLiteral("token")).toString();
             else if (r.status == 401)
                 result.message = tr("Wrong login or password.");
             done(result);
         });
}

void ServerAdmin::listUsers(Done done) { send("GET", QStringLiteral("/api/v1/admin/users"), {}, std::move(done)); }

void ServerAdmin::addUser(const QString &login, const QString &role, const QString &municipalityId, const QString &password, Done done)
{
    QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("role"), role}, {QStringLiteral("password"), password}};
    if (!municipalityId.isEmpty())
        body.insert(QStringLiteral("municipality_id"), municipalityId);
    send("POST", QStringLiteral("/api/v1/admin/users"), body, std::move(done));
}

void ServerAdmin::setDisabled(const QString &login, bool disabled, Done done)
{
    send("POST", QStringLiteral("/api/v1/admin/users/disable"),
         {{QStringLiteral("login"), login}, {QStringLiteral("disabled"), disabled}}, std::move(done));
}

void ServerAdmin::resetPassword(const QString &login, const QString &password, Done done)
{
    send("POST", QStringLiteral("/api/v1/admin/users/password"),
         {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}}, std::move(done));
}

QList<ServerUser> ServerAdmin::usersFrom(const QJsonObject &body)
{
    QList<ServerUser> list;
    for (const QJsonValue &v : body.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        list.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("login")).toString(),
                     o.value(QStringLiteral("role")).toString(), o.value(QStringLiteral("municipality_id")).toString(),
                     o.value(QStringLiteral("disabled")).toBool(), o.value(QStringLiteral("created_at")).toInteger()});
    }
    return list;
}

} // namespace metodist
