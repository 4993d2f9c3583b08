#include "keychaintokenstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace metodist::ui {

template<typename JobT>
static QString runJob(JobT &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound ? QString() : job.errorString();
}

QString KeychainTokenStore::load(const QString &account)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(account);
    m_lastError = runJob(job);
    return m_lastError.isEmpty() ? job.textData() : QString();
}

void KeychainTokenStore::save(const QString &account, const QString &token)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(account);
    job.setTextData(token);
    m_lastError = runJob(job);
}

void KeychainTokenStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(account);
    m_lastError = runJob(job);
}

} // namespace metodist::ui
