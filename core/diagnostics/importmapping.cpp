#include "importmapping.h"

#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace metodist {

namespace {
struct ColumnKey {
    const char *key;
    QString ImportMapping::*member;
};
const ColumnKey kColumns[] = {
    {"snils", &ImportMapping::snils},           {"last_name", &ImportMapping::lastName},
    {"first_name", &ImportMapping::firstName},  {"middle_name", &ImportMapping::middleName},
    {"full_name", &ImportMapping::fullName},    {"organisation", &ImportMapping::organisation},
    {"instrument", &ImportMapping::instrumentColumn}, {"date", &ImportMapping::date},
    {"competence", &ImportMapping::competence}, {"score", &ImportMapping::score},
    {"max", &ImportMapping::max},
};
} // namespace

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columns;
    for (const ColumnKey &c : kColumns)
        if (!(this->*c.member).isEmpty())
            columns.insert(QLatin1String(c.key), this->*c.member);
    QJsonObject competences;
    for (auto it = competenceColumns.cbegin(); it != competenceColumns.cend(); ++it)
        competences.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("layout"), layout == Layout::Wide ? QStringLiteral("wide") : QStringLiteral("long")},
                     {QStringLiteral("columns"), columns},
                     {QStringLiteral("max_score"), defaultMax}};
    if (!instrumentName.isEmpty())
        json.insert(QStringLiteral("instrument"), instrumentName);
    if (!competences.isEmpty())
        json.insert(QStringLiteral("competences"), competences);
    if (!ignored.isEmpty())
        json.insert(QStringLiteral("ignore"), QJsonArray::fromStringList(ignored));
    return json;
}

ImportMapping ImportMapping::fromJson(const QJsonObject &json)
{
    ImportMapping m;
    const QString layout = json.value(QStringLiteral("layout")).toString(QStringLiteral("wide"));
    if (layout == QLatin1String("wide"))
        m.layout = Layout::Wide;
    else if (layout == QLatin1String("long"))
        m.layout = Layout::Long;
    else
        throw Error(tr("Mapping: \"layout\" must be \"wide\" or \"long\", not \"%1\".").arg(layout));
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        bool known = false;
        for (const ColumnKey &c : kColumns)
            if (it.key() == QLatin1String(c.key)) {
                m.*c.member = it.value().toString().trimmed();
                known = true;
            }
        if (!known)
            throw Error(tr("Mapping: unknown key \"columns.%1\".").arg(it.key()));
    }
    m.instrumentName = json.value(QStringLiteral("instrument")).toString().trimmed();
    m.defaultMax = json.value(QStringLiteral("max_score")).toDouble(100);
    if (!(m.defaultMax > 0))
        throw Error(tr("Mapping: \"max_score\" must be above 0."));
    const QJsonObject competences = json.value(QStringLiteral("competences")).toObject();
    for (auto it = competences.begin(); it != competences.end(); ++it)
        m.competenceColumns.insert(it.key().trimmed(), it.value().toString().trimmed());
    for (const QJsonValue &v : json.value(QStringLiteral("ignore")).toArray())
        m.ignored << v.toString().trimmed();

    if (m.snils.isEmpty() && m.lastName.isEmpty() && m.fullName.isEmpty())
        throw Error(tr("Mapping: name a СНИЛС column, a last-name column or a full-name column to match people."));
    if (m.date.isEmpty())
        throw Error(tr("Mapping: \"columns.date\" is required."));
    if (m.instrumentColumn.isEmpty() && m.instrumentName.isEmpty())
        throw Error(tr("Mapping: give \"columns.instrument\" or a fixed \"instrument\" name."));
    if (m.layout == Layout::Long && (m.competence.isEmpty() || m.score.isEmpty()))
        throw Error(tr("Mapping: the long layout needs \"columns.competence\" and \"columns.score\"."));
    return m;
}

ImportMapping ImportMapping::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read the mapping %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        throw Error(tr("%1: not a JSON object (%2 at offset %3).").arg(path, error.errorString()).arg(error.offset));
    try {
        return fromJson(doc.object());
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2").arg(path, e.message()));
    }
}

void ImportMapping::saveFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(tr("Cannot write the mapping %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson());
}

QStringList ImportMapping::usedColumns() const
{
    QStringList used;
    for (const ColumnKey &c : kColumns)
        if (!(this->*c.member).isEmpty())
            used << this->*c.member;
    return used;
}

ImportMapping ImportMapping::guess(const QStringList &header, const QStringList &competenceCodes)
{
    ImportMapping m;
    auto pick = [&](QString &member, std::initializer_list<const char *> names) {
        for (const QString &h : header) {
            const QString folded = h.trimmed().toLower();
            for (const char *n : names)
                if (folded == QString::fromUtf8(n)) {
                    member = h.trimmed();
                    return;
                }
        }
    };
    pick(m.snils, {"снилс", "snils"});
    pick(m.lastName, {"фамилия", "last name", "last_name"});
    pick(m.firstName, {"имя", "first name", "first_name"});
    pick(m.middleName, {"отчество", "middle name", "middle_name"});
    pick(m.fullName, {"фио", "ф.и.о.", "full name", "full_name"});
    pick(m.organisation, {"организация", "оо", "образовательная организация", "место работы", "organisation", "organization"});
    pick(m.instrumentColumn, {"инструмент", "диагностика", "instrument"});
    pick(m.date, {"дата", "дата диагностики", "дата прохождения", "date"});
    pick(m.competence, {"компетенция", "код компетенции", "competence"});
    pick(m.score, {"балл", "баллы", "результат", "score"});
    pick(m.max, {"максимум", "макс", "макс. балл", "максимальный балл", "max"});
    m.layout = (!m.competence.isEmpty() && !m.score.isEmpty()) ? Layout::Long : Layout::Wide;
    if (m.layout == Layout::Wide) {
        const QStringList used = m.usedColumns();
        for (const QString &h : header)
            if (!used.contains(h.trimmed()) && !competenceCodes.contains(h.trimmed()))
                m.ignored << h.trimmed();
    }
    return m;
}

std::optional<ImportMapping> ImportMapping::remembered(const Database &db, const QString &source)
{
    const QVariant json = sql::scalar(db.db(), QStringLiteral("SELECT mapping_json FROM import_mapping WHERE source_name = ?"), {source});
    if (!json.isValid())
        return std::nullopt;
    return fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object());
}

void ImportMapping::remember(const Database &db, const QString &source, const ImportMapping &mapping)
{
    sql::exec(db.db(), QStringLiteral(
        "INSERT INTO import_mapping(source_name, mapping_json, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(source_name) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at"),
              {source, QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)), nowMs()});
}

QStringList ImportMapping::rememberedSources(const Database &db)
{
    QStringList result;
    QSqlQuery q = sql::exec(db.db(), QStringLiteral("SELECT source_name FROM import_mapping ORDER BY updated_at DESC"));
    while (q.next())
        result << q.value(0).toString();
    return result;
}

} // namespace metodist
