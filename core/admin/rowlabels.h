#pragma once
// A name a person recognises for a row of any synced table, for the audit log: a
// person's full name, an organisation's or programme's name or title, a group's code;
// rows that have none are named by their person ("Иванова Мария Петровна"), with the
// row's date when it has one ("… · 2025-03-05"). Empty when the row is gone.
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace metodist {

class RowLabels {
public:
    explicit RowLabels(const Database &db) : m_db(db) {}
    QString label(const QString &table, const QString &id);

private:
    const Database &m_db;
    QHash<QString, std::optional<QSqlQuery>> m_queries; // per table; nullopt: table unknown
};

} // namespace metodist
