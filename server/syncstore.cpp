#include "syncstore.h"

#include "serverdb.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <memory>
#include <QSet>
#include <QThread>

namespace metodist::server {

static const QString kDeleted = QStringLiteral("deleted");
static const QString kMunicipality = QStringLiteral("municipality_id");

static QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
static QJsonObject parseObject(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

bool SyncStore::visible(const User &user, const QString &municipalityId)
{
    // Municipal users see their municipality and the region-wide rows (NULL scope).
    return user.regionWide() || municipalityId.isEmpty() || municipalityId == user.municipalityId;
}

bool SyncStore::mayWrite(const User &user, const Record &existing, const QJsonValue &newMunicipality, bool hasNew) const
{
    if (!user.canWrite())
        return false;
    if (user.regionWide())
        return true;
    // A municipal methodologist writes only rows of their own municipality, both before and
    // after the change; region-wide rows are read-only for them.
    if (existing.exists && existing.municipalityId != user.municipalityId)
        return false;
    const QString target = hasNew ? newMunicipality.toString() : existing.municipalityId;
    return !target.isEmpty() && target == user.municipalityId;
}

SyncStore::Record SyncStore::load(const QString &table, const QString &id) const
{
    Record r;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT rev, deleted, municipality_id, fields, field_revs, updated_at, updated_by "
                                           "FROM record WHERE table_name = ? AND id = ?"),
                            {table, id});
    if (!q.next())
        return r;
    r.exists = true;
    r.rev = q.value(0).toLongLong();
    r.deleted = q.value(1).toInt() != 0;
    r.municipalityId = q.value(2).toString();
    r.fields = parseObject(q.value(3).toString());
    r.fieldRevs = parseObject(q.value(4).toString());
    r.updatedAt = q.value(5).toLongLong();
    r.updatedBy = q.value(6).toString();
    return r;
}

void SyncStore::store(const QString &table, const QString &id, const Record &r, bool insert)
{
    const QString mun = r.fields.value(kMunicipality).toString();
    const QVariant munValue = mun.isEmpty() ? QVariant() : QVariant(mun);
    if (insert) {
        m_db.exec(QStringLiteral("INSERT INTO record(table_name, id, rev, municipality_id, deleted, fields, field_revs, "
                                 "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {table, id, r.rev, munValue, r.deleted ? 1 : 0, compact(r.fields), compact(r.fieldRevs), r.updatedAt,
                   r.updatedBy});
    } else {
        m_db.exec(QStringLiteral("UPDATE record SET rev = ?, municipality_id = ?, deleted = ?, fields = ?, field_revs = ?, "
                                 "updated_at = ?, updated_by = ? WHERE table_name = ? AND id = ?"),
                  {r.rev, munValue, r.deleted ? 1 : 0, compact(r.fields), compact(r.fieldRevs), r.updatedAt, r.updatedBy,
                   table, id});
    }
}

qint64 SyncStore::nextRev()
{
    return m_db.scalar(QStringLiteral("UPDATE rev_counter SET value = value + 1 WHERE one = 1 RETURNING value")).toLongLong();
}

QJsonObject SyncStore::rowJson(const QString &table, const QString &id, const Record &r)
{
    return {{QStringLiteral("table"), table},
            {QStringLiteral("id"), id},
            {QStringLiteral("rev"), r.rev},
            {QStringLiteral("deleted"), r.deleted},
            {QStringLiteral("updated_at"), r.updatedAt},
            {QStringLiteral("updated_by"), r.updatedBy},
            {QStringLiteral("fields"), r.fields}};
}

static QJsonObject changeResult(const QString &table, const QString &id, const QString &status, int code,
                                const QString &message = {})
{
    QJsonObject o{{QStringLiteral("table"), table}, {QStringLiteral("id"), id},
                  {QStringLiteral("status"), status}, {QStringLiteral("code"), code}};
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

QJsonObject SyncStore::applyChange(const User &user, const QJsonObject &change)
{
    const QString table = change.value(QStringLiteral("table")).toString();
    const QString id = change.value(QStringLiteral("id")).toString();
    const QJsonValue fieldsValue = change.value(QStringLiteral("fields"));
    if (!m_catalog.hasTable(table))
        return changeResult(table, id, QStringLiteral("invalid"), 400, QStringLiteral("unknown table"));
    if (id.isEmpty() || !fieldsValue.isObject() || !change.value(QStringLiteral("base_rev")).isDouble())
        return changeResult(table, id, QStringLiteral("invalid"), 400, QStringLiteral("id, base_rev and fields are required"));
    const QJsonObject fields = fieldsValue.toObject();
    const QStringList columns = m_catalog.columns(table);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!columns.contains(it.key()) || it.key() == kDeleted)
            return changeResult(table, id, QStringLiteral("invalid"), 400, QStringLiteral("unknown column %1").arg(it.key()));

    Record rec = load(table, id);
    if (!mayWrite(user, rec, fields.value(kMunicipality), fields.contains(kMunicipality)))
        return changeResult(table, id, QStringLiteral("forbidden"), 403, QStringLiteral("outside your scope"));

    const qint64 baseRev = change.value(QStringLiteral("base_rev")).toInteger();
    const bool clientDeleted = change.value(kDeleted).toBool();
    // Columns the client changed: the listed ones for an update, everything for an insert.
    QSet<QString> changed;
    const QJsonValue changedValue = change.value(QStringLiteral("changed"));
    if (changedValue.isArray() && rec.exists) {
        for (const QJsonValue &v : changedValue.toArray())
            if (columns.contains(v.toString()))
                changed.insert(v.toString());
    } else {
        for (auto it = fields.begin(); it != fields.end(); ++it)
            changed.insert(it.key());
        changed.insert(kDeleted);
    }
    auto clientValue = [&](const QString &column) {
        return column == kDeleted ? QJsonValue(clientDeleted) : fields.value(column);
    };
    auto serverValue = [&](const QString &column) {
        return column == kDeleted ? QJsonValue(rec.deleted) : rec.fields.value(column);
    };

    QString status = QStringLiteral("accepted");
    if (rec.exists && baseRev != rec.rev) {
        QSet<QString> serverChanged;
        for (auto it = rec.fieldRevs.begin(); it != rec.fieldRevs.end(); ++it)
            if (it.value().toInteger() > baseRev)
                serverChanged.insert(it.key());
        // Same value written on both sides is not a conflict.
        QSet<QString> clash;
        for (const QString &column : changed)
            if (serverChanged.contains(column) && clientValue(column) != serverValue(column))
                clash.insert(column);
        // Deleting on one side and editing on the other is always a conflict.
        const bool deleteVsEdit = (changed.contains(kDeleted) && clientDeleted && !(serverChanged - QSet<QString>{kDeleted}).isEmpty())
            || (serverChanged.contains(kDeleted) && rec.deleted && !(changed - QSet<QString>{kDeleted}).isEmpty());
        if (!clash.isEmpty() || deleteVsEdit) {
            QJsonObject result = changeResult(table, id, QStringLiteral("conflict"), 409);
            QJsonObject mine{{QStringLiteral("base_rev"), baseRev},
                             {QStringLiteral("deleted"), clientDeleted},
                             {QStringLiteral("fields"), fields}};
            result.insert(QStringLiteral("mine"), mine);
            result.insert(QStringLiteral("theirs"), rowJson(table, id, rec));
            QJsonArray clashList;
            for (const QString &c : clash)
                clashList.append(c);
            result.insert(QStringLiteral("fields_in_conflict"), clashList);
            return result;
        }
        if (!serverChanged.isEmpty())
            status = QStringLiteral("merged");
    }

    const bool insert = !rec.exists;
    const qint64 rev = nextRev();
    for (const QString &column : changed) {
        if (column == kDeleted)
            rec.deleted = clientDeleted;
        else
            rec.fields.insert(column, fields.value(column));
        rec.fieldRevs.insert(column, rev);
    }
    rec.rev = rev;
    rec.exists = true;
    rec.updatedAt = change.value(QStringLiteral("updated_at")).toInteger(nowMs());
    rec.updatedBy = change.value(QStringLiteral("updated_by")).toString(user.id);
    store(table, id, rec, insert);
    QJsonObject result = changeResult(table, id, status, 200);
    result.insert(QStringLiteral("rev"), rev);
    result.insert(QStringLiteral("row"), rowJson(table, id, rec));
    return result;
}

SyncStore::PushResult SyncStore::push(const User &user, const QJsonObject &request)
{
    const QString batchId = request.value(QStringLiteral("batch_id")).toString();
    const QJsonValue changes = request.value(QStringLiteral("changes"));
    if (batchId.isEmpty() || batchId.size() > 100 || !changes.isArray())
        return {400, {{QStringLiteral("error"), QStringLiteral("bad_request")},
                      {QStringLiteral("message"), QStringLiteral("batch_id and changes[] are required")}}};
    const int schema = request.value(QStringLiteral("schema")).toInt(-1);
    if (schema < m_catalog.clientSchemaMin() || schema > m_catalog.clientSchemaMax())
        return {409, {{QStringLiteral("error"), QStringLiteral("schema_mismatch")},
                      {QStringLiteral("message"), QStringLiteral("Update Metodist: the server accepts schema %1..%2")
                                                      .arg(m_catalog.clientSchemaMin()).arg(m_catalog.clientSchemaMax())},
                      {QStringLiteral("schema_min"), m_catalog.clientSchemaMin()},
                      {QStringLiteral("schema_max"), m_catalog.clientSchemaMax()}}};
    for (const QJsonValue &c : changes.toArray())
        if (!c.isObject())
            return {400, {{QStringLiteral("error"), QStringLiteral("bad_request")},
                          {QStringLiteral("message"), QStringLiteral("every change must be an object")}}};

    sql::Transaction tx(m_db.db());
    // With several server threads, pushes run one at a time from here on, each seeing the
    // previous one's commit (the records it loads, a replayed batch_id); pulls still run in parallel.
    if (m_db.isPostgres())
        m_db.exec(QStringLiteral("SELECT value FROM rev_counter WHERE one = 1 FOR UPDATE"));
    // Idempotency: a batch already applied returns its stored result, nothing is re-applied.
    QSqlQuery done = m_db.exec(QStringLiteral("SELECT user_id, result FROM sync_batches WHERE batch_id = ?"),
                               {batchId});
    if (done.next()) {
        if (done.value(0).toString() != user.id)
            return {409, {{QStringLiteral("error"), QStringLiteral("batch_id_taken")},
                          {QStringLiteral("message"), QStringLiteral("this batch_id belongs to another user")}}};
        QJsonObject stored = parseObject(done.value(1).toString());
        stored.insert(QStringLiteral("replayed"), true);
        return {200, stored};
    }
    QJsonArray results;
    for (const QJsonValue &c : changes.toArray())
        results.append(applyChange(user, c.toObject()));
    QJsonObject body{{QStringLiteral("batch_id"), batchId},
                     {QStringLiteral("results"), results},
                     {QStringLiteral("replayed"), false}};
    m_db.exec(QStringLiteral("INSERT INTO sync_batches(batch_id, user_id, result, created_at) VALUES (?, ?, ?, ?)"),
              {batchId, user.id, compact(body), nowMs()});
    if (m_commitDelayMs > 0)
        QThread::msleep(static_cast<unsigned long>(m_commitDelayMs)); // tests kill the server here
    tx.commit();
    return {200, body};
}

static void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

// PostgreSQL: one query per page through libpq on the connection QtSql opened; the row
// values are read as the bytes PostgreSQL sent (no QVariant/QString per value, which was
// most of the server's time per page; an aggregate building the text inside PostgreSQL
// was measured slower still).
static void appendJsonString(QByteArray &out, const QString &text) { appendJsonString(out, QByteArrayView(text.toUtf8())); }

QByteArray SyncStore::pullPostgres(const User &user, qint64 since, int limit)
{
    const QVariant handle = m_db.db().driver()->handle();
    const bool isPg = handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    PGconn *connection = isPg ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!connection)
        throw Error(QStringLiteral("pull: no PostgreSQL connection handle (%1)").arg(QLatin1String(handle.typeName())));
    const QByteArray sinceText = QByteArray::number(since), limitText = QByteArray::number(limit + 1);
    const QByteArray municipality = user.municipalityId.toUtf8();
    const char *statement = user.regionWide()
        ? "SELECT table_name, id, rev, deleted, fields, updated_at, updated_by FROM record WHERE rev > $1::bigint "
          "ORDER BY rev LIMIT $2::bigint"
        : "SELECT table_name, id, rev, deleted, fields, updated_at, updated_by FROM record WHERE rev > $1::bigint "
          "AND (municipality_id = $3 OR municipality_id IS NULL) ORDER BY rev LIMIT $2::bigint";
    const char *parameters[3] = {sinceText.constData(), limitText.constData(), municipality.constData()};
    std::unique_ptr<PGresult, void (*)(PGresult *)> result(
        PQexecParams(connection, statement, user.regionWide() ? 2 : 3, nullptr, parameters, nullptr, nullptr, 0), PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        throw Error(QStringLiteral("pull: %1").arg(QString::fromUtf8(PQerrorMessage(connection))));
    const int found = PQntuples(result.get());
    const int count = std::min(found, limit);
    QByteArray out;
    qsizetype size = 64;
    for (int r = 0; r < count; ++r)
        size += 120 + PQgetlength(result.get(), r, 4) + PQgetlength(result.get(), r, 0) + PQgetlength(result.get(), r, 1);
    out.reserve(size);
    out += "{\"rows\":[";
    auto text = [&](int r, int c) { return QByteArrayView(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c)); };
    for (int r = 0; r < count; ++r) {
        out += r ? ",{\"table\":" : "{\"table\":";
        appendJsonString(out, text(r, 0));
        out += ",\"id\":";
        appendJsonString(out, text(r, 1));
        out += ",\"rev\":";
        out += text(r, 2);
        out += text(r, 3) == "0" ? ",\"deleted\":false" : ",\"deleted\":true";
        out += ",\"updated_at\":";
        out += text(r, 5);
        out += ",\"updated_by\":";
        appendJsonString(out, text(r, 6));
        out += ",\"fields\":";
        out += text(r, 4); // stored JSON text, copied as is
        out += '}';
    }
    const QByteArray next = count > 0 ? text(count - 1, 2).toByteArray() : sinceText;
    const qint64 head = m_db.scalar(QStringLiteral("SELECT value FROM rev_counter WHERE one = 1")).toLongLong();
    out += "],\"next\":" + next + ",\"more\":" + (found > limit ? "true" : "false") + ",\"head\":" + QByteArray::number(head) + '}';
    return out;
}

QByteArray SyncStore::pull(const User &user, qint64 since, int limit)
{
    if (m_db.isPostgres())
        return pullPostgres(user, since, limit);
    QString statement = QStringLiteral(
        "SELECT table_name, id, rev, deleted, fields, updated_at, updated_by, municipality_id FROM record WHERE rev > ?");
    QVariantList values{since};
    if (!user.regionWide()) {
        statement += QStringLiteral(" AND (municipality_id = ? OR municipality_id IS NULL)");
        values << user.municipalityId;
    }
    statement += QStringLiteral(" ORDER BY rev LIMIT ?");
    values << limit + 1;
    QSqlQuery q = sql::exec(m_db.db(), statement, values);
    QByteArray rows;
    rows.reserve(limit * 400);
    int count = 0;
    qint64 next = since;
    bool more = false;
    while (q.next()) {
        if (count == limit) {
            more = true;
            break;
        }
        if (!visible(user, q.value(7).toString()))
            continue; // defence in depth: never serve a row outside the scope
        const qint64 rev = q.value(2).toLongLong();
        rows += count++ ? ",{\"table\":" : "{\"table\":";
        appendJsonString(rows, q.value(0).toString());
        rows += ",\"id\":";
        appendJsonString(rows, q.value(1).toString());
        rows += ",\"rev\":" + QByteArray::number(rev);
        rows += q.value(3).toInt() != 0 ? ",\"deleted\":true" : ",\"deleted\":false";
        rows += ",\"updated_at\":" + QByteArray::number(q.value(5).toLongLong());
        rows += ",\"updated_by\":";
        appendJsonString(rows, q.value(6).toString());
        rows += ",\"fields\":" + q.value(4).toString().toUtf8() + '}';
        next = rev;
    }
    const qint64 head = m_db.scalar(QStringLiteral("SELECT value FROM rev_counter WHERE one = 1")).toLongLong();
    return "{\"rows\":[" + rows + "],\"next\":" + QByteArray::number(next) + ",\"more\":" + (more ? "true" : "false")
        + ",\"head\":" + QByteArray::number(head) + '}';
}

} // namespace metodist::server
