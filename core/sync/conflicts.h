#pragma once
// Review of sync conflicts (for the conflicts screen): each holds the local version
// ("mine") and the server's ("theirs"); the row shows theirs until reviewed. Resolving
// writes the chosen values through the outbox, so they go to the server on the next sync.
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace metodist {

struct SyncConflict {
    QString id;
    QString table;
    QString rowId;
    QJsonObject mine;   // local row: column -> value
    QJsonObject theirs; // server row {rev, deleted, fields{...}}, or {status, code, message} when refused
    qint64 createdAt = 0;
    // The server refused my change (theirs = {status, code, message}).
    bool refused() const { return theirs.contains(QStringLiteral("status")); }
    // The server's row broke a local UNIQUE/CHECK rule and was not written
    // (mine = {status: "local_constraint", message}); theirs is the server row.
    bool localConstraint() const { return mine.value(QStringLiteral("status")).toString() == QLatin1String("local_constraint"); }
    // Data columns whose values differ between mine and theirs.
    QStringList differingFields() const;
};

class SyncConflicts {
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)
public:
    explicit SyncConflicts(Database &db) : m_db(db) {}
    QList<SyncConflict> unresolved() const;
    int unresolvedCount() const;
    void takeTheirs(const QString &conflictId);
    void keepMine(const QString &conflictId);
    // Mine for the named fields, theirs for the rest.
    void merge(const QString &conflictId, const QSet<QString> &mineFields);

private:
    SyncConflict get(const QString &conflictId) const;
    void markResolved(const QString &conflictId);
    Database &m_db;
};

} // namespace metodist
