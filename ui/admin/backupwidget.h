#pragma once
// Backup… and Restore… of the open profile, with progress. The copy runs on a pool thread
// through SQLite's online backup (core/admin/profilebackup.h), so the app keeps working; a
// restore validates the file first, keeps the current profile as a safety copy and then
// tells every section to reload.
#include "shell/appcontext.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace metodist::ui {

class BackupWidget : public QWidget {
    Q_OBJECT
public:
    explicit BackupWidget(AppContext &context, QWidget *parent = nullptr);

    // The actions behind the buttons, without the file dialogs (tests call these).
    void backupTo(const QString &file);
    void restoreFrom(const QString &file);
    bool isBusy() const { return m_busy; }
    QString statusText() const;
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void chooseBackup();
    void chooseRestore();
    void setBusy(bool busy);
    void done(bool ok, const QString &message);
    AppContext &m_context;
    QPushButton *m_backup;
    QPushButton *m_restore;
    QProgressBar *m_progress;
    QLabel *m_status;
    bool m_busy = false;
};

} // namespace metodist::ui
