#include "serverschema.h"

namespace metodist::server {

const QList<ServerMigration> &serverMigrations()
{
    static const QList<ServerMigration> migrations = {
        {1,
         {
             // One row per synced row of any client table. fields: JSON object of the data
             // columns; field_revs: JSON object column -> rev that last changed it (used to
             // decide whether two edits touch disjoint fields).
             QStringLiteral("CREATE TABLE record ("
                            " table_name TEXT NOT NULL, id TEXT NOT NULL, rev BIGINT NOT NULL,"
                            " municipality_id TEXT, deleted INTEGER NOT NULL DEFAULT 0,"
                            " fields TEXT NOT NULL, field_revs TEXT NOT NULL,"
                            " updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL,"
                            " PRIMARY KEY (table_name, id))"),
             QStringLiteral("CREATE UNIQUE INDEX record_rev ON record(rev)"),
             QStringLiteral("CREATE INDEX record_scope_rev ON record(municipality_id, rev)"),
             // The global revision sequence: one row, bumped inside the push transaction
             // (its row lock also serialises concurrent pushes on PostgreSQL).
             QStringLiteral("CREATE TABLE rev_counter (one INTEGER PRIMARY KEY, value BIGINT NOT NULL)"),
             QStringLiteral("INSERT INTO rev_counter(one, value) VALUES (1, 0)"),
             QStringLiteral("CREATE TABLE sync_batches ("
                            " batch_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, result TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, role TEXT NOT NULL,"
                            " municipality_id TEXT, password_hash TEXT NOT NULL,"
                            " disabled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
             // Only the SHA-256 of a token is stored; the token itself exists only on the client.
             QStringLiteral("CREATE TABLE tokens ("
                            " token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
                            " revoked INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX tokens_user ON tokens(user_id)"),
         }},
    };
    return migrations;
}

} // namespace metodist::server
