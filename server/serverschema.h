#pragma once
// Server schema migrations, numbered; each one a list of statements valid on both
// SQLite and PostgreSQL (BIGINT/TEXT only, no dialect-specific types).
#include <QList>
#include <QStringList>

namespace metodist::server {

struct ServerMigration {
    int version;
    QStringList statements;
};

const QList<ServerMigration> &serverMigrations();

} // namespace metodist::server
