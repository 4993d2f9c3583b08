#include "backupwidget.h"

#include "admin/profilebackup.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/migrator.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace metodist::ui {

BackupWidget::BackupWidget(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A backup is a consistent copy of the whole profile, made while you keep working. "
                                "Restoring replaces the profile's data with the backup's; the current data are kept "
                                "first in a safety copy next to the profile file."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *buttons = new QHBoxLayout;
    m_backup = new QPushButton(tr("Backup…"));
    m_restore = new QPushButton(tr("Restore…"));
    buttons->addWidget(m_backup);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_backup, &QPushButton::clicked, this, &BackupWidget::chooseBackup);
    connect(m_restore, &QPushButton::clicked, this, &BackupWidget::chooseRestore);
}

QString BackupWidget::statusText() const { return m_status->text(); }

void BackupWidget::chooseBackup()
{
    const QFileInfo profile(m_context.profilePath());
    const QString suggested = profile.absolutePath() + QLatin1Char('/') + profile.completeBaseName()
                              + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmm")) + QStringLiteral(".metodist-backup");
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up the profile"), suggested,
                                                      tr("Metodist backups (*.metodist-backup);;All files (*)"));
    if (!file.isEmpty())
        backupTo(file);
}

void BackupWidget::chooseRestore()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore the profile from a backup"), QFileInfo(m_context.profilePath()).absolutePath(),
                                                      tr("Metodist backups (*.metodist-backup *.bak *.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Restore the profile"),
                              tr("Replace all data of this profile with the backup %1?\nThe current data will be kept in a safety copy.")
                                  .arg(QFileInfo(file).fileName()))
        != QMessageBox::Yes)
        return;
    restoreFrom(file);
}

void BackupWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_backup->setEnabled(!busy);
    m_restore->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progress->setValue(0);
}

void BackupWidget::done(bool ok, const QString &message)
{
    setBusy(false);
    m_status->setText(message);
    m_context.showStatus(message);
    Q_EMIT finished(ok, message);
}

// Runs `job` on a pool thread; its progress and result come back to this widget's thread.
template <typename Job>
static void runJob(BackupWidget *self, QProgressBar *bar, Job job, std::function<void(bool, const QString &)> then)
{
    QPointer<QProgressBar> progress(bar);
    auto onProgress = [progress](int doneCount, int total) {
        QMetaObject::invokeMethod(progress.data(), [progress, doneCount, total] {
            if (progress && total > 0)
                progress->setValue(int(qint64(doneCount) * 100 / total));
        });
        return true;
    };
    auto *watcher = new QFutureWatcher<QPair<bool, QString>>(self);
    QObject::connect(watcher, &QFutureWatcher<QPair<bool, QString>>::finished, self, [watcher, then] {
        const auto result = watcher->result();
        watcher->deleteLater();
        then(result.first, result.second);
    });
    watcher->setFuture(QtConcurrent::run([job, onProgress]() -> QPair<bool, QString> {
        try {
            return {true, job(onProgress)};
        } catch (const Error &e) {
            return {false, e.message()};
        }
    }));
}

void BackupWidget::backupTo(const QString &file)
{
    if (m_busy)
        return;
    setBusy(true);
    m_status->setText(tr("Backing up to %1…").arg(file));
    const QString profile = m_context.profilePath();
    runJob(this, m_progress, [profile, file](const ProfileBackup::Progress &progress) {
        const auto info = ProfileBackup::backup(profile, file, progress);
        return tr("Backup written: %1 (%2 people, %3 MB).").arg(file).arg(info.people).arg(double(info.bytes) / 1e6, 0, 'f', 1);
    }, [this](bool ok, const QString &message) { done(ok, message); });
}

void BackupWidget::restoreFrom(const QString &file)
{
    if (m_busy)
        return;
    setBusy(true);
    m_status->setText(tr("Restoring from %1…").arg(file));
    const QString profile = m_context.profilePath();
    runJob(this, m_progress, [profile, file](const ProfileBackup::Progress &progress) {
        const auto restored = ProfileBackup::restore(profile, file, progress);
        if (restored.info.schemaVersion < Migrator::latestVersion())
            Database::open(profile); // an older backup: upgrade its schema now (on this thread's own connection)
        return tr("The profile was restored from %1 (%2 people). The previous data are kept in %3.")
            .arg(file).arg(restored.info.people).arg(restored.safetyCopy);
    }, [this](bool ok, const QString &message) {
        done(ok, ok ? message : tr("Not restored: %1 The profile was not changed.").arg(message));
        if (ok)
            m_context.announceDataChanged(); // every section reloads what it shows
    });
}

} // namespace metodist::ui
