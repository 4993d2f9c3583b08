#include "syncpage.h"

#include "conflictswidget.h"
#include "keychaintokenstore.h"
#include "storage/errors.h"
#include "storage/sql.h"
#include "syncsettings.h"
#include "syncworker.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace metodist::ui {

static const int kDefaultIntervalMin = 15;

SyncPage::SyncPage(AppContext &context, QWidget *parent) : SyncPage(context, std::make_unique<KeychainTokenStore>(), parent) {}

SyncPage::SyncPage(AppContext &context, std::unique_ptr<TokenStore> tokens, QWidget *parent) : SectionPage(context, parent)
{
    buildUi();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(context.db(), std::move(tokens));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::runStarted, this, [this](bool first) {
        m_running = true;
        m_firstSync = first;
        m_progress->setRange(0, 0);
        m_progress->show();
        refresh();
    });
    connect(m_worker, &SyncWorker::stateChanged, this, &SyncPage::onState);
    connect(m_worker, &SyncWorker::progress, this, &SyncPage::onProgress);
    connect(m_worker, &SyncWorker::finished, this, &SyncPage::onFinished);
    connect(m_worker, &SyncWorker::conflictsChanged, this, [this] { m_conflicts->reload(); refresh(); });
    connect(m_worker, &SyncWorker::userIdChanged, this, [this](const QString &id) {
        if (!id.isEmpty())
            this->context().db().setUserId(id); // edits made here are recorded as that user's
    });
    connect(m_worker, &SyncWorker::loggedOut, this, [this] {
        m_state = SyncClient::State::AuthRequired;
        m_message = tr("Logged out. Enter the password and press Connect to sync again.");
        refresh();
    });
    connect(&context, &AppContext::dataChanged, this, [this] {
        if (!m_running)
            refresh();
    });
    m_thread->start();
    loadSettings();
    refresh();
}

SyncPage::~SyncPage()
{
    m_timer->stop();
    // The worker drops its client and connection in its own thread, then ends the thread.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::QueuedConnection);
    m_thread->wait();
}

void SyncPage::buildUi()
{
    auto *title = new QLabel(tr("Synchronisation"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *hint = new QLabel(tr("Exchange with the central server. Work offline as usual: changes wait in the outbox "
                               "and are sent at the next sync."));
    hint->setWordWrap(true);

    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("server_url"));
    m_url->setPlaceholderText(QStringLiteral("https://metodist.example.org"));
    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept only while Metodist runs; the session goes to the system keychain"));
    m_connect = new QPushButton(tr("&Connect and sync"));
    m_connect->setObjectName(QStringLiteral("connect"));
    m_logout = new QPushButton(tr("&Log out"));
    m_logout->setObjectName(QStringLiteral("logout"));
    m_account = new QLabel;
    m_account->setObjectName(QStringLiteral("account"));
    auto *server = new QGroupBox(tr("Server"));
    auto *form = new QFormLayout(server);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("Lo&gin:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *serverButtons = new QHBoxLayout;
    serverButtons->addWidget(m_connect);
    serverButtons->addWidget(m_logout);
    serverButtons->addWidget(m_account, 1);
    form->addRow(serverButtons);

    m_stateLabel = new QLabel;
    m_stateLabel->setObjectName(QStringLiteral("state"));
    m_stateLabel->setWordWrap(true);
    QFont stateFont = m_stateLabel->font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.15);
    m_stateLabel->setFont(stateFont);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_syncNow = new QPushButton(tr("&Sync now"));
    m_syncNow->setObjectName(QStringLiteral("sync_now"));
    m_cancel = new QPushButton(tr("C&ancel"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSpecialValueText(tr("never"));
    m_interval->setSuffix(tr(" min"));
    auto *syncButtons = new QHBoxLayout;
    syncButtons->addWidget(m_syncNow);
    syncButtons->addWidget(m_cancel);
    syncButtons->addSpacing(24);
    auto *intervalLabel = new QLabel(tr("Sync in the &background every"));
    intervalLabel->setBuddy(m_interval);
    syncButtons->addWidget(intervalLabel);
    syncButtons->addWidget(m_interval);
    syncButtons->addStretch();
    auto *status = new QWidget;
    auto *statusLayout = new QVBoxLayout(status);
    statusLayout->addWidget(server);
    statusLayout->addWidget(m_stateLabel);
    statusLayout->addWidget(m_details);
    statusLayout->addWidget(m_progress);
    statusLayout->addLayout(syncButtons);
    statusLayout->addStretch();

    m_conflicts = new ConflictsWidget(context());
    m_tabs = new QTabWidget;
    m_tabs->addTab(status, tr("Status"));
    m_tabs->addTab(m_conflicts, tr("Conflicts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_tabs, 1);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &SyncPage::backgroundTick);
    const auto guarded = [this](void (SyncPage::*action)()) {
        return [this, action] {
            try {
                (this->*action)();
            } catch (const Error &e) {
                QMessageBox::warning(this, tr("Synchronisation"), e.message());
            }
        };
    };
    connect(m_connect, &QPushButton::clicked, this, guarded(&SyncPage::connectToServer));
    connect(m_password, &QLineEdit::returnPressed, this, guarded(&SyncPage::connectToServer));
    connect(m_syncNow, &QPushButton::clicked, this, guarded(&SyncPage::syncNow));
    connect(m_cancel, &QPushButton::clicked, this, &SyncPage::cancelSync);
    connect(m_logout, &QPushButton::clicked, this, &SyncPage::logOut);
    connect(m_interval, &QSpinBox::valueChanged, this, &SyncPage::setIntervalMinutes);
    connect(m_conflicts, &ConflictsWidget::resolved, this, [this] { refresh(); });
}

void SyncPage::loadSettings()
{
    Database &db = context().db();
    m_url->setText(syncsettings::value(db, syncsettings::kServerUrl));
    m_login->setText(syncsettings::value(db, syncsettings::kLogin));
    m_lastOkMs = syncsettings::value(db, syncsettings::kLastOkMs).toLongLong();
    m_lastOk = m_lastOkMs > 0;
    {
        const QSignalBlocker block(m_interval);
        m_interval->setValue(syncsettings::value(db, syncsettings::kIntervalMin, QString::number(kDefaultIntervalMin)).toInt());
    }
    if (isConnected()) {
        const QUrl url(m_url->text());
        const QString login = m_login->text();
        QMetaObject::invokeMethod(m_worker, [w = m_worker, url, login] { w->configure(url, login, {}); }, Qt::QueuedConnection);
    }
    setIntervalMinutes(m_interval->value());
}

bool SyncPage::isConnected() const
{
    Database &db = context().db();
    return !syncsettings::value(db, syncsettings::kServerUrl).isEmpty() && !syncsettings::value(db, syncsettings::kLogin).isEmpty();
}

void SyncPage::activate()
{
    if (!m_running)
        m_conflicts->reload();
    refresh();
}

void SyncPage::connectToServer()
{
    const QString text = m_url->text().trimmed();
    QUrl url = QUrl::fromUserInput(text).adjusted(QUrl::StripTrailingSlash);
    if (url.path() == QLatin1String("/"))
        url.setPath({}); // the client appends /api/v1/...; one form per server for the token's account
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        throw Error(tr("The server address \"%1\" is not an http(s) address.").arg(text));
    const QString login = m_login->text().trimmed();
    if (login.isEmpty())
        throw Error(tr("Enter your login on the server."));
    if (m_running)
        throw Error(tr("A sync is running; cancel it or wait until it ends."));
    const QString password = m_password->text();
    m_password->clear(); // only the worker keeps it, in memory
    Database &db = context().db();
    const QString cleanUrl = url.toString();
    syncsettings::setValue(db, syncsettings::kServerUrl, cleanUrl);
    syncsettings::setValue(db, syncsettings::kLogin, login);
    m_url->setText(cleanUrl);
    m_login->setText(login);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, url, login, password] { w->configure(url, login, password); },
                              Qt::QueuedConnection);
    setIntervalMinutes(m_interval->value());
    syncNow();
}

void SyncPage::syncNow()
{
    if (!isConnected())
        throw Error(tr("Connect the profile to a server first: its address, your login and password."));
    if (m_running)
        return;
    m_running = true; // until the worker's finished(); a second press does nothing
    m_message = tr("Starting…");
    m_conflicts->setLocked(true);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
    refresh();
}

void SyncPage::cancelSync()
{
    if (m_running)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
}

void SyncPage::logOut()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::logout, Qt::QueuedConnection);
}

void SyncPage::backgroundTick()
{
    if (isConnected() && !m_running && m_state != SyncClient::State::AuthRequired && m_state != SyncClient::State::UpdateRequired)
        syncNow();
}

void SyncPage::setIntervalMinutes(int minutes)
{
    if (m_interval->value() != minutes) {
        m_interval->setValue(minutes); // comes back here through valueChanged
        return;
    }
    if (syncsettings::value(context().db(), syncsettings::kIntervalMin) != QString::number(minutes))
        syncsettings::setValue(context().db(), syncsettings::kIntervalMin, QString::number(minutes));
    if (minutes > 0 && isConnected())
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
    refresh();
}

void SyncPage::onState(SyncClient::State state, const QString &message)
{
    m_state = state;
    if (!message.isEmpty())
        m_message = message;
    refresh();
}

void SyncPage::onProgress(const QString &phase, qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // Revisions and row counts can exceed int: show per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    m_progress->setFormat(phase == QLatin1String("push") ? tr("Sending: %1 of %2 changes").arg(done).arg(total)
                                                         : tr("Receiving: revision %1 of %2").arg(done).arg(total));
}

void SyncPage::onFinished(bool ok, const QString &message, qint64 lastOkMs)
{
    m_running = false;
    m_lastOk = ok;
    m_lastOkMs = lastOkMs;
    m_message = message;
    m_progress->hide();
    m_conflicts->setLocked(false);
    m_conflicts->reload();
    refresh();
    context().announceDataChanged(); // rows may have arrived: other sections refresh
    Q_EMIT syncFinished(ok, message);
}

int SyncPage::outboxCount() const
{
    return sql::scalar(context().db().db(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
}

static QString timeText(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.date() == QDate::currentDate() ? t.toString(QStringLiteral("HH:mm")) : t.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString SyncPage::stateText() const
{
    using S = SyncClient::State;
    if (!isConnected())
        return tr("Not connected to a server. Enter its address, your login and password, then Connect.");
    if (m_running) {
        const QString prefix = m_firstSync ? tr("First sync: downloading everything your account may see. ") : QString();
        return prefix + m_message;
    }
    switch (m_state) {
    case S::AuthRequired:
        return m_message + QLatin1Char(' ') + tr("Enter the password and press Connect.");
    case S::UpdateRequired:
        return m_message;
    case S::Failed:
        return tr("Sync failed: %1").arg(m_message);
    case S::Idle:
        if (!m_message.isEmpty() && !m_lastOk)
            return m_message; // cancelled
        break;
    default:
        break;
    }
    if (m_lastOk && !m_message.isEmpty())
        return m_message;
    return m_lastOkMs > 0 ? tr("Connected. Last complete sync at %1.").arg(timeText(m_lastOkMs))
                          : tr("Connected; not synced yet. Press Sync now.");
}

QString SyncPage::statusBarText() const
{
    using S = SyncClient::State;
    const int pending = outboxCount();
    const int open = m_conflicts->count();
    QString text;
    if (!isConnected())
        text = tr("Not connected to a server");
    else if (m_running && m_state == S::Waiting)
        text = tr("Offline, retrying…");
    else if (m_running)
        text = m_firstSync ? tr("First sync…") : tr("Syncing…");
    else if (m_state == S::AuthRequired)
        text = tr("Sync: log in again");
    else if (m_state == S::UpdateRequired)
        text = tr("Sync: update Metodist");
    else if (m_state == S::Failed)
        text = m_lastOkMs > 0 ? tr("Sync failed (last synced %1)").arg(timeText(m_lastOkMs)) : tr("Sync failed");
    else if (m_lastOkMs > 0)
        text = tr("Synced %1").arg(timeText(m_lastOkMs));
    else
        text = tr("Not synced yet");
    if (pending > 0)
        text += QStringLiteral(" · ") + tr("%n change(s) to send", nullptr, pending);
    if (open > 0)
        text += QStringLiteral(" · ") + tr("%n conflict(s) to review", nullptr, open);
    return text;
}

void SyncPage::refresh()
{
    const bool connected = isConnected();
    const int pending = outboxCount();
    const int open = m_conflicts->count();
    m_stateLabel->setText(stateText());
    QStringList details;
    details << (m_lastOkMs > 0 ? tr("Last complete sync: %1").arg(timeText(m_lastOkMs)) : tr("Never synced"));
    details << tr("%n change(s) waiting in the outbox", nullptr, pending);
    details << tr("%n conflict(s) to review", nullptr, open);
    if (connected && m_timer->isActive())
        details << tr("background sync every %n minute(s)", nullptr, m_interval->value());
    else
        details << tr("no background sync");
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_account->setText(connected ? tr("Profile connected as %1").arg(m_login->text()) : QString());
    m_connect->setEnabled(!m_running);
    m_logout->setEnabled(connected && !m_running);
    m_syncNow->setEnabled(connected && !m_running);
    m_cancel->setEnabled(m_running);
    m_tabs->setTabText(1, open > 0 ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
    context().setSyncStatus(statusBarText());
}

} // namespace metodist::ui
