#include "profiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace metodist {

QString Profiles::directory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
    QDir().mkpath(dir);
    return dir;
}

QString Profiles::demoPath() { return directory() + QStringLiteral("/demo-region.metodist"); }

QString Profiles::lastUsed()
{
    const QString path = QSettings().value(QStringLiteral("profiles/last")).toString();
    return QFileInfo::exists(path) ? path : QString();
}

void Profiles::setLastUsed(const QString &path)
{
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    settings.setValue(QStringLiteral("profiles/last"), absolute);
    QStringList list = settings.value(QStringLiteral("profiles/recent")).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    settings.setValue(QStringLiteral("profiles/recent"), list.mid(0, 8));
}

QStringList Profiles::recent()
{
    QStringList existing;
    for (const QString &path : QSettings().value(QStringLiteral("profiles/recent")).toStringList())
        if (QFileInfo::exists(path))
            existing << path;
    return existing;
}

} // namespace metodist
