#include "adminpage.h"

#include "auditwidget.h"
#include "backupwidget.h"
#include "referencebookswidget.h"
#include "userswidget.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace metodist::ui {

AdminPage::AdminPage(AppContext &context, QWidget *parent) : SectionPage(context, parent)
{
    build(new UsersWidget(context));
}

AdminPage::AdminPage(AppContext &context, std::unique_ptr<TokenStore> tokens, QWidget *parent) : SectionPage(context, parent)
{
    build(new UsersWidget(context, std::move(tokens)));
}

void AdminPage::build(UsersWidget *users)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_backup = new BackupWidget(context());
    m_books = new ReferenceBooksWidget(context());
    m_audit = new AuditWidget(context());
    m_users = users;
    m_tabs->addTab(m_backup, tr("Backup and restore"));
    m_tabs->addTab(m_books, tr("Reference books"));
    m_tabs->addTab(m_audit, tr("Audit log"));
    m_tabs->addTab(m_users, tr("Users and roles"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AdminPage::refreshCurrent);
    // Data changed elsewhere (or restored here): reload the visible tab when next shown.
    connect(&context(), &AppContext::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refreshCurrent();
    });
}

void AdminPage::activate() { refreshCurrent(); }

void AdminPage::refreshCurrent()
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_books)
        m_books->reload();
    else if (current == m_audit)
        m_audit->refresh();
    else if (current == m_users && m_stale)
        m_users->refresh(); // talks to the server: only when asked or when settings may have changed
    if (current == m_users)
        m_stale = false;
}

} // namespace metodist::ui
