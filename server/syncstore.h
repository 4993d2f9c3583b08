#pragma once
// The sync protocol on the server side, independent of HTTP: push (idempotent batches,
// server revisions, field-level merge, conflicts, scope checks) and pull (paged by rev).
// See docs/api/openapi.yaml for the wire format.
#include "catalog.h"
#include "users.h"

#include <QJsonArray>
#include <QJsonObject>

namespace metodist::server {

class ServerDb;

class SyncStore {
public:
    SyncStore(ServerDb &db, const Catalog &catalog, int commitDelayMs = 0)
        : m_db(db), m_catalog(catalog), m_commitDelayMs(commitDelayMs) {}

    struct PushResult {
        int httpStatus = 200;
        QJsonObject body;
    };
    // body: {batch_id, schema, changes:[{table, id, base_rev, fields, changed, deleted, updated_at, updated_by}]}
    PushResult push(const User &user, const QJsonObject &request);
    // {rows:[...], next, more, head} as JSON text: the stored fields text is copied into
    // the answer as is, never parsed and re-serialised (the initial sync is mostly this).
    QByteArray pull(const User &user, qint64 since, int limit);
    static constexpr int kMaxPullLimit = 100000;

    static bool visible(const User &user, const QString &municipalityId);

private:
    struct Record {
        bool exists = false;
        qint64 rev = 0;
        bool deleted = false;
        QString municipalityId;
        bool hasMunicipality = false;
        QJsonObject fields;
        QJsonObject fieldRevs;
        qint64 updatedAt = 0;
        QString updatedBy;
    };
    QByteArray pullPostgres(const User &user, qint64 since, int limit);
    Record load(const QString &table, const QString &id) const;
    void store(const QString &table, const QString &id, const Record &record, bool insert);
    qint64 nextRev();
    QJsonObject applyChange(const User &user, const QJsonObject &change);
    static QJsonObject rowJson(const QString &table, const QString &id, const Record &record);
    bool mayWrite(const User &user, const Record &existing, const QJsonValue &newMunicipality, bool hasNew) const;

    ServerDb &m_db;
    const Catalog &m_catalog;
    int m_commitDelayMs = 0;
};

} // namespace metodist::server
