#include "userswidget.h"

#include "storage/sql.h"
#include "sync/keychaintokenstore.h"
#include "sync/syncsettings.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

static QString roleName(const QString &role)
{
    if (role == QLatin1String("admin"))
        return UsersWidget::tr("Administrator");
    if (role == QLatin1String("iro"))
        return UsersWidget::tr("IRO staff");
    if (role == QLatin1String("coordinator"))
        return UsersWidget::tr("Coordinator (read only)");
    if (role == QLatin1String("methodologist"))
        return UsersWidget::tr("Municipal methodologist");
    if (role == QLatin1String("tutor"))
        return UsersWidget::tr("Tutor");
    if (role == QLatin1String("instructor"))
        return UsersWidget::tr("Instructor");
    return role;
}

UsersWidget::UsersWidget(AppContext &context, QWidget *parent) : UsersWidget(context, std::make_unique<KeychainTokenStore>(), parent) {}

UsersWidget::UsersWidget(AppContext &context, std::unique_ptr<TokenStore> tokens, QWidget *parent)
    : QWidget(parent), m_context(context), m_tokens(std::move(tokens))
{
    auto *layout = new QVBoxLayout(this);
    m_where = new QLabel;
    m_where->setWordWrap(true);
    layout->addWidget(m_where);
    auto *session = new QHBoxLayout;
    m_adminPassword = new QLineEdit;
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminPassword->setPlaceholderText(tr("Your server password"));
    m_logIn = new QPushButton(tr("Log in"));
    auto *reload = new QPushButton(tr("Refresh"));
    session->addWidget(m_adminPassword);
    session->addWidget(m_logIn);
    session->addWidget(reload);
    session->addStretch();
    layout->addLayout(session);

    m_table = new QTableWidget(0, 5);
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Role"), tr("Municipality"), tr("State"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_login = new QLineEdit;
    m_role = new QComboBox;
    for (const QString &role : {QStringLiteral("admin"), QStringLiteral("iro"), QStringLiteral("coordinator"),
                                QStringLiteral("methodologist"), QStringLiteral("tutor"), QStringLiteral("instructor")})
        m_role->addItem(roleName(role), role);
    m_municipality = new QComboBox;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 8 characters"));
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Municipality (scope):"), m_municipality);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add user"));
    auto *disable = new QPushButton(tr("Disable / enable"));
    auto *reset = new QPushButton(tr("Reset password"));
    buttons->addWidget(add);
    buttons->addWidget(disable);
    buttons->addWidget(reset);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_logIn, &QPushButton::clicked, this, &UsersWidget::logIn);
    connect(m_adminPassword, &QLineEdit::returnPressed, this, &UsersWidget::logIn);
    connect(reload, &QPushButton::clicked, this, &UsersWidget::refresh);
    connect(add, &QPushButton::clicked, this, &UsersWidget::addUser);
    connect(disable, &QPushButton::clicked, this, &UsersWidget::toggleDisabled);
    connect(reset, &QPushButton::clicked, this, &UsersWidget::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_login->setText(selectedLogin()); });
}

UsersWidget::~UsersWidget() = default;

QString UsersWidget::message() const { return m_message->text(); }

QString UsersWidget::account() const
{
    return m_server.server().toString(QUrl::StripTrailingSlash) + QLatin1Char('|') + m_loginName;
}

QString UsersWidget::selectedLogin() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void UsersWidget::refresh()
{
    Database &db = m_context.db();
    m_server.setServer(QUrl(syncsettings::value(db, syncsettings::kServerUrl)));
    m_loginName = syncsettings::value(db, syncsettings::kLogin);
    m_municipality->clear();
    m_municipality->addItem(tr("Whole region"), QString());
    QSqlQuery q = sql::exec(db.db(), QStringLiteral("SELECT id, name FROM municipality WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        m_municipality->addItem(q.value(1).toString(), q.value(0).toString());
    if (m_server.server().isEmpty() || m_loginName.isEmpty()) {
        m_where->setText(tr("This profile is not connected to a server. Connect it in the Synchronisation section first."));
        m_table->setRowCount(0);
        return;
    }
    m_where->setText(tr("Server %1, logged in as %2.").arg(m_server.server().toString(), m_loginName));
    m_server.setToken(m_tokens->load(account()));
    if (m_server.token().isEmpty()) {
        m_message->setText(tr("Enter your server password and log in."));
        return;
    }
    list();
}

void UsersWidget::finish(bool ok, const QString &text)
{
    m_busy = false;
    m_message->setText(text);
    Q_EMIT replied(ok, text);
}

void UsersWidget::logIn()
{
    if (m_server.server().isEmpty() || m_loginName.isEmpty())
        return finish(false, tr("This profile is not connected to a server. Connect it in the Synchronisation section first."));
    m_busy = true;
    m_server.login(m_loginName, m_adminPassword->text(), [this](const ServerAdmin::Reply &r) {
        m_adminPassword->clear();
        if (!r.ok)
            return finish(false, r.message);
        m_tokens->save(account(), m_server.token());
        list();
    });
}

void UsersWidget::list()
{
    m_busy = true;
    m_server.listUsers([this](const ServerAdmin::Reply &r) {
        if (!r.ok) {
            if (r.status == 401)
                m_tokens->remove(account());
            return finish(false, r.message);
        }
        show(r);
        finish(true, tr("Users on the server: %1.").arg(m_table->rowCount()));
    });
}

void UsersWidget::show(const ServerAdmin::Reply &reply)
{
    const QList<ServerUser> users = ServerAdmin::usersFrom(reply.body);
    m_table->setRowCount(int(users.size()));
    for (int r = 0; r < users.size(); ++r) {
        const ServerUser &u = users.at(r);
        const int m = m_municipality->findData(u.municipalityId);
        m_table->setItem(r, 0, new QTableWidgetItem(u.login));
        auto *role = new QTableWidgetItem(roleName(u.role));
        role->setData(Qt::UserRole, u.role);
        m_table->setItem(r, 1, role);
        m_table->setItem(r, 2, new QTableWidgetItem(u.municipalityId.isEmpty() ? tr("Whole region")
                                                     : m >= 0 ? m_municipality->itemText(m) : u.municipalityId));
        m_table->setItem(r, 3, new QTableWidgetItem(u.disabled ? tr("disabled") : tr("active")));
        m_table->setItem(r, 4, new QTableWidgetItem(QDateTime::fromMSecsSinceEpoch(u.createdAt).toString(QStringLiteral("dd.MM.yyyy"))));
    }
}

void UsersWidget::call(const std::function<void(ServerAdmin::Done)> &request, const QString &doneText, bool reloadAfter)
{
    m_busy = true;
    request([this, doneText, reloadAfter](const ServerAdmin::Reply &r) {
        if (!r.ok)
            return finish(false, r.message);
        m_password->clear();
        if (!reloadAfter)
            return finish(true, doneText);
        m_server.listUsers([this, doneText](const ServerAdmin::Reply &listed) {
            if (listed.ok)
                show(listed);
            finish(true, doneText);
        });
    });
}

void UsersWidget::addUser()
{
    const QString login = m_login->text().trimmed(), role = m_role->currentData().toString();
    const QString municipality = m_municipality->currentData().toString(), password = m_password->text();
    call([this, login, role, municipality, password](ServerAdmin::Done done) {
        m_server.addUser(login, role, municipality, password, std::move(done));
    }, tr("User %1 added.").arg(login), true);
}

void UsersWidget::toggleDisabled()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return finish(false, tr("Choose a user in the table first."));
    const QString login = selectedLogin();
    const bool disable = m_table->item(row, 3)->text() != tr("disabled");
    call([this, login, disable](ServerAdmin::Done done) { m_server.setDisabled(login, disable, std::move(done)); },
         disable ? tr("User %1 disabled; their sessions are ended.").arg(login) : tr("User %1 enabled.").arg(login), true);
}

void UsersWidget::resetPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return finish(false, tr("Choose a user in the table first."));
    const QString password = m_password->text();
    call([this, login, password](ServerAdmin::Done done) { m_server.resetPassword(login, password, std::move(done)); },
         tr("The password of %1 was reset; their sessions are ended.").arg(login), false);
}

} // namespace metodist::ui
