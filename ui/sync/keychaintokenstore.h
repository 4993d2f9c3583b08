#pragma once
// The GUI's token store: the OS keychain through QtKeychain (Secret Service / KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows). Jobs are asynchronous; each
// call waits for its job in a local event loop (they finish in milliseconds).
#include "sync/tokenstore.h"

namespace metodist::ui {

class KeychainTokenStore : public TokenStore {
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("Metodist")) : m_service(std::move(service)) {}
    QString load(const QString &account) override;
    void save(const QString &account, const QString &token) override;
    void remove(const QString &account) override;
    // The last keychain error (empty when the last call worked), for the status bar.
    QString lastError() const { return m_lastError; }

private:
    QString m_service;
    QString m_lastError;
};

} // namespace metodist::ui
