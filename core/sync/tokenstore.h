#pragma once
// Where the client keeps its session token (and never its password): an interface so the
// GUI can use the OS keychain (ui/sync/keychaintokenstore) while the CLI and tests keep
// it in memory. Tokens never go into the profile's SQLite file or QSettings.
#include <QHash>
#include <QString>

namespace metodist {

class TokenStore {
public:
    virtual ~TokenStore() = default;
    // account: "<server url>|<login>"; returns an empty string when nothing is stored.
    virtual QString load(const QString &account) = 0;
    virtual void save(const QString &account, const QString &token) = 0;
    virtual void remove(const QString &account) = 0;
};

class MemoryTokenStore : public TokenStore {
public:
    QString load(const QString &account) override { return m_tokens.value(account); }
    void save(const QString &account, const QString &token) override { m_tokens.insert(account, token); }
    void remove(const QString &account) override { m_tokens.remove(account); }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace metodist
