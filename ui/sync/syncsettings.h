#pragma once
// What the profile remembers about its server, in its `settings` table: the URL, the login,
// the background interval and the time of the last complete sync. Never the password or
// the token (those live in memory and in the OS keychain).
#include "storage/database.h"

namespace metodist::ui::syncsettings {

inline const QString kServerUrl = QStringLiteral("sync.server_url");
inline const QString kLogin = QStringLiteral("sync.login");
inline const QString kIntervalMin = QStringLiteral("sync.interval_min");
inline const QString kLastOkMs = QStringLiteral("sync.last_ok_ms");

QString value(Database &db, const QString &key, const QString &fallback = {});
void setValue(Database &db, const QString &key, const QString &value);
void remove(Database &db, const QString &key);

} // namespace metodist::ui::syncsettings
