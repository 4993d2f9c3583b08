#include "syncsettings.h"

#include "storage/sql.h"

namespace metodist::ui::syncsettings {

QString value(Database &db, const QString &key, const QString &fallback)
{
    const QVariant v = sql::scalar(db.db(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v.isNull() ? fallback : v.toString();
}

void setValue(Database &db, const QString &key, const QString &value)
{
    sql::exec(db.db(), QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"), {key, value});
}

void remove(Database &db, const QString &key)
{
    sql::exec(db.db(), QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

} // namespace metodist::ui::syncsettings
