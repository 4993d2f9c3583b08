#pragma once
// The Synchronisation section: connect the profile to metodist-server (URL, login,
// password → login; the token goes to the OS keychain), sync now with progress and cancel,
// sync in the background every N minutes, a state line (last sync, changes waiting,
// offline/backing off), and the conflicts screen. The engine runs on a worker thread with
// its own connection (SyncWorker); this page only sends it requests and shows its signals.
#include "shell/sectionpage.h"
#include "sync/syncclient.h"

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QThread;
class QTimer;

namespace metodist::ui {

class ConflictsWidget;
class SyncWorker;

class SyncPage : public SectionPage {
    Q_OBJECT
public:
    // Tokens in the OS keychain (KeychainTokenStore).
    explicit SyncPage(AppContext &context, QWidget *parent = nullptr);
    // Another token store (tests, machines without a keychain); used on the worker thread only.
    SyncPage(AppContext &context, std::unique_ptr<TokenStore> tokens, QWidget *parent = nullptr);
    ~SyncPage() override;
    void activate() override;

    // The actions behind the buttons.
    void connectToServer();   // saves URL and login, logs in with the typed password, syncs
    void syncNow();
    void cancelSync();
    void logOut();
    void backgroundTick();    // what the background timer does: a sync when connected and idle
    void setIntervalMinutes(int minutes); // 0 = no background sync

    bool isSyncing() const { return m_running; }
    bool isConnected() const;
    SyncClient::State state() const { return m_state; }
    QString stateText() const;      // the page's state line
    QString statusBarText() const;  // the short form for the main window
    ConflictsWidget *conflicts() const { return m_conflicts; }
    QTimer *backgroundTimer() const { return m_timer; }

Q_SIGNALS:
    void syncFinished(bool ok, const QString &message);

private:
    void buildUi();
    void loadSettings();
    void onState(SyncClient::State state, const QString &message);
    void onProgress(const QString &phase, qint64 done, qint64 total);
    void onFinished(bool ok, const QString &message, qint64 lastOkMs);
    void refresh();   // counts, labels, buttons, the status bar
    int outboxCount() const;

    QThread *m_thread;
    SyncWorker *m_worker;
    QLineEdit *m_url, *m_login, *m_password;
    QPushButton *m_connect, *m_logout, *m_syncNow, *m_cancel;
    QSpinBox *m_interval;
    QLabel *m_stateLabel, *m_details, *m_account;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    ConflictsWidget *m_conflicts;
    QTimer *m_timer;

    SyncClient::State m_state = SyncClient::State::Idle;
    QString m_message;
    bool m_running = false;
    bool m_firstSync = false;
    bool m_lastOk = false;
    qint64 m_lastOkMs = 0;
};

} // namespace metodist::ui
