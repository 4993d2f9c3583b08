#pragma once
// Writing synced rows: fills the row metadata (id, updated_at, updated_by) the same
// way for every table. Table and column names come from code, never from input.
#include "database.h"

#include <QVariantMap>

namespace metodist {

class Rows {
public:
    // Inserts a row; makes its id when fields has none. Returns the id.
    static QString insert(const Database &db, const QString &table, QVariantMap fields);
    // Updates the given columns of a row; throws when the row does not exist.
    static void update(const Database &db, const QString &table, const QString &id, const QVariantMap &fields);
    // Soft delete (tombstone) and its undo.
    static void setDeleted(const Database &db, const QString &table, const QString &id, bool deleted);
    // All columns of one row, or an empty map.
    static QVariantMap get(const Database &db, const QString &table, const QString &id);
};

} // namespace metodist
