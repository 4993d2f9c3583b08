#pragma once
// Users and roles on the central server, for a profile connected to one (the server and
// login of the Synchronisation section). Lists accounts, adds one with a role and scope
// (a municipality for municipal roles), disables/enables, resets a password — through
// metodist-server's /api/v1/admin/* (administrators only; others see the server's refusal).
// The session token is shared with the Synchronisation section through the token store.
#include "admin/serveradmin.h"
#include "shell/appcontext.h"
#include "sync/tokenstore.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace metodist::ui {

class UsersWidget : public QWidget {
    Q_OBJECT
public:
    explicit UsersWidget(AppContext &context, QWidget *parent = nullptr); // OS keychain
    UsersWidget(AppContext &context, std::unique_ptr<TokenStore> tokens, QWidget *parent = nullptr);
    ~UsersWidget() override;

    void refresh();          // reads the server settings, lists users when a token is known
    void logIn();            // with the typed password
    void addUser();          // from the form
    void toggleDisabled();   // on the selected user
    void resetPassword();    // of the selected user, to the form's password

    QTableWidget *table() const { return m_table; }
    QLineEdit *adminPassword() const { return m_adminPassword; }
    QLineEdit *loginEdit() const { return m_login; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *municipalityBox() const { return m_municipality; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void replied(bool ok, const QString &message); // after every server answer

private:
    QString account() const;
    QString selectedLogin() const;
    void call(const std::function<void(ServerAdmin::Done)> &request, const QString &doneText, bool reloadAfter);
    void list();
    void show(const ServerAdmin::Reply &reply);
    void finish(bool ok, const QString &text);
    AppContext &m_context;
    std::unique_ptr<TokenStore> m_tokens;
    ServerAdmin m_server;
    QString m_loginName;
    QLabel *m_where;
    QLineEdit *m_adminPassword;
    QPushButton *m_logIn;
    QTableWidget *m_table;
    QLineEdit *m_login;
    QComboBox *m_role;
    QComboBox *m_municipality;
    QLineEdit *m_password;
    QLabel *m_message;
    bool m_busy = false;
};

} // namespace metodist::ui
