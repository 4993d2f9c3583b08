#pragma once
// The Administration section: backup and restore of the profile, reference books, the
// audit log and the server's users and roles, one tab each.
#include "shell/sectionpage.h"

#include <memory>

class QTabWidget;

namespace metodist {
class TokenStore;
}

namespace metodist::ui {

class AuditWidget;
class BackupWidget;
class ReferenceBooksWidget;
class UsersWidget;

class AdminPage : public SectionPage {
    Q_OBJECT
public:
    explicit AdminPage(AppContext &context, QWidget *parent = nullptr);
    // Another token store for the server session (tests, machines without a keychain).
    AdminPage(AppContext &context, std::unique_ptr<TokenStore> tokens, QWidget *parent = nullptr);
    void activate() override;

    QTabWidget *tabs() const { return m_tabs; }
    BackupWidget *backup() const { return m_backup; }
    ReferenceBooksWidget *referenceBooks() const { return m_books; }
    AuditWidget *audit() const { return m_audit; }
    UsersWidget *users() const { return m_users; }

private:
    void build(UsersWidget *users);
    void refreshCurrent();
    QTabWidget *m_tabs = nullptr;
    BackupWidget *m_backup = nullptr;
    ReferenceBooksWidget *m_books = nullptr;
    AuditWidget *m_audit = nullptr;
    UsersWidget *m_users = nullptr;
    bool m_stale = true;
};

} // namespace metodist::ui
