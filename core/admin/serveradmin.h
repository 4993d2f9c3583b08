#pragma once
// The client side of metodist-server's /api/v1/admin/* (accounts: list, add with role and
// scope, disable/enable, reset password), for a profile connected to a server. QtNetwork
// only and asynchronous: each call answers once through its callback on this thread.
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace metodist {

struct ServerUser {
    QString id;
    QString login;
    QString role;
    QString municipalityId; // empty for region-wide roles
    bool disabled = false;
    qint64 createdAt = 0;
};

class ServerAdmin : public QObject {
    Q_OBJECT
public:
    struct Reply {
        bool ok = false;
        int status = 0;          // HTTP status, 0 when the server did not answer
        QString message;         // readable reason when !ok
        QJsonObject body;
    };
    using Done = std::function<void(const Reply &)>;

    explicit ServerAdmin(QObject *parent = nullptr);
    void setServer(const QUrl &url) { m_server = url; }
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    // Logs in and keeps the token (Reply.body has "token" and "user").
    void login(const QString &login, const QString &password, Done done);
    void listUsers(Done done); // body: users[], roles[]
    void addUser(const QString &login, const QString &role, const QString &municipalityId, const QString &password, Done done);
    void setDisabled(const QString &login, bool disabled, Done done);
    void resetPassword(const QString &login, const QString &password, Done done);

    static QList<ServerUser> usersFrom(const QJsonObject &body);

private:
    void send(const QByteArray &method, const QString &path, const QJsonObject &body, Done done);
    QNetworkAccessManager m_net;
    QUrl m_server;
    QString m_token;
};

} // namespace metodist
