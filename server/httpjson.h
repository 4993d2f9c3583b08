#pragma once
// JSON responses and request bodies, shared by the API's handler files.
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace metodist::server {

using Status = QHttpServerResponder::StatusCode;

inline QHttpServerResponse jsonResponse(const QJsonObject &body, int status)
{
    return QHttpServerResponse(body, static_cast<Status>(status));
}

// {"error": machine code, "message": for people}
inline QHttpServerResponse errorResponse(int status, const QString &error, const QString &message)
{
    return jsonResponse({{QStringLiteral("error"), error}, {QStringLiteral("message"), message}}, status);
}

inline bool parseJsonObject(const QHttpServerRequest &request, QJsonObject *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

} // namespace metodist::server
