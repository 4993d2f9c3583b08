// /api/v1/admin/*: the administrator's management of server accounts from the app.
// Only role admin may call these (others get 403); every change is logged with who made it.
#include "api.h"
#include "httpjson.h"
#include "serverlog.h"
#include "storage/errors.h"

#include <QJsonArray>

namespace metodist::server {

static QJsonObject userJson(const User &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("login"), u.login},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("municipality_id"), u.municipalityId.isEmpty() ? QJsonValue() : QJsonValue(u.municipalityId)},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("created_at"), u.createdAt}};
}

static void logAdmin(const User &admin, const QString &action, const QString &login)
{
    logEvent(QStringLiteral("info"), QStringLiteral("admin_") + action,
             {{QStringLiteral("by"), admin.login}, {QStringLiteral("login"), login}});
}

std::optional<User> Api::authoriseAdmin(const QHttpServerRequest &request, QHttpServerResponse *refusal)
{
    const auto user = authorise(request);
    if (!user) {
        *refusal = errorResponse(401, QStringLiteral("unauthorized"), QStringLiteral("missing, expired or revoked token"));
        return std::nullopt;
    }
    if (user->role != QLatin1String("admin")) {
        *refusal = errorResponse(403, QStringLiteral("forbidden"), QStringLiteral("only an administrator may manage users"));
        return std::nullopt;
    }
    return user;
}

QHttpServerResponse Api::adminListUsers(const QHttpServerRequest &request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    if (!authoriseAdmin(request, &refusal))
        return refusal;
    QJsonArray users;
    for (const User &u : m_users.list())
        users.append(userJson(u));
    return jsonResponse({{QStringLiteral("users"), users}, {QStringLiteral("roles"), QJsonArray::fromStringList(Users::roles())}}, 200);
}

QHttpServerResponse Api::adminAddUser(const QHttpServerRequest &request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const auto admin = authoriseAdmin(request, &refusal);
    if (!admin)
        return refusal;
    QJsonObject body;
    if (!parseJsonObject(request, &body))
        return errorResponse(400, QStringLiteral("bad_json"), QStringLiteral("the body must be a JSON object"));
    const QString login = body.value(QStringLiteral("login")).toString().trimmed();
    if (m_users.byLogin(login))
        return errorResponse(409, QStringLiteral("exists"), QStringLiteral("login '%1' already exists").arg(login));
    QString id;
    try {
        id = m_users.add(login, body.value(QStringLiteral("role")).toString(),
                         body.value(QStringLiteral("municipality_id")).toString(), body.value(QStringLiteral("password")).toString());
    } catch (const Error &e) {
        return errorResponse(400, QStringLiteral("bad_request"), e.message());
    }
    logAdmin(*admin, QStringLiteral("user_add"), login);
    return jsonResponse({{QStringLiteral("user"), userJson(*m_users.byId(id))}}, 201);
}

QHttpServerResponse Api::adminSetDisabled(const QHttpServerRequest &request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const auto admin = authoriseAdmin(request, &refusal);
    if (!admin)
        return refusal;
    QJsonObject body;
    if (!parseJsonObject(request, &body) || !body.value(QStringLiteral("disabled")).isBool())
        return errorResponse(400, QStringLiteral("bad_request"), QStringLiteral("login and disabled (true/false) are required"));
    const QString login = body.value(QStringLiteral("login")).toString();
    const bool disabled = body.value(QStringLiteral("disabled")).toBool();
    if (!m_users.byLogin(login))
        return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no user '%1'").arg(login));
    if (disabled && login == admin->login)
        return errorResponse(400, QStringLiteral("bad_request"), QStringLiteral("an administrator cannot disable their own account"));
    m_users.setDisabled(login, disabled); // disabling also revokes the user's tokens
    logAdmin(*admin, disabled ? QStringLiteral("user_disable") : QStringLiteral("user_enable"), login);
    return jsonResponse({{QStringLiteral("user"), userJson(*m_users.byLogin(login))}}, 200);
}

QHttpServerResponse Api::adminResetPassword(const QHttpServerRequest &request)
{
    QHttpServerResponse refusal(Status::Forbidden);
    const auto admin = authoriseAdmin(request, &refusal);
    if (!admin)
        return refusal;
    QJsonObject body;
    if (!parseJsonObject(request, &body))
        return errorResponse(400, QStringLiteral("bad_json"), QStringLiteral("the body must be a JSON object"));
    const QString login = body.value(QStringLiteral("login")).toString();
    if (!m_users.byLogin(login))
        return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no user '%1'").arg(login));
    try {
        m_users.setPassword(login, body.value(QStringLiteral("password")).toString()); // revokes the old sessions
    } catch (const Error &e) {
        return errorResponse(400, QStringLiteral("bad_request"), e.message());
    }
    logAdmin(*admin, QStringLiteral("user_password"), login);
    return jsonResponse({{QStringLiteral("user"), userJson(*m_users.byLogin(login))}}, 200);
}

} // namespace metodist::server
