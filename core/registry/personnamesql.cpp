#include "personnamesql.h"

namespace metodist {

QString personFullNameSql(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    // nullif turns an empty middle name into NULL, so ' ' || NULL drops the separator too.
    return QStringLiteral("trim(%1last_name || ' ' || %1first_name || coalesce(' ' || nullif(%1middle_name, ''), ''))").arg(p);
}

} // namespace metodist
