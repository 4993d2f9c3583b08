#pragma once
// One spelling of a person's full name in SQL, so every list, report and label
// shows the same text. Plain ||, trim, coalesce and nullif: SQLite and PostgreSQL alike.
#include <QString>

namespace metodist {

// SQL for a person's full name: "last first middle", no trailing space when the middle name is empty.
// alias "p" -> uses p.last_name etc.; empty -> bare columns.
QString personFullNameSql(const QString &alias = {});

} // namespace metodist
