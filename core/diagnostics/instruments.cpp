#include "instruments.h"

#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

namespace metodist {

int deficitLevel(double score, double max, double pronounced, double partial)
{
    if (!(max > 0))
        return PronouncedDeficit;
    // Division (not pronounced*max) so a share exactly at a threshold compares equal.
    const double share = score / max;
    if (share < pronounced)
        return PronouncedDeficit;
    if (share < partial)
        return PartialDeficit;
    return NoDeficit;
}

QStringList InstrumentService::kinds()
{
    return {QStringLiteral("federal"), QStringLiteral("regional"), QStringLiteral("self_assessment"), QStringLiteral("observation")};
}

static Instrument instrumentFrom(const QSqlQuery &q)
{
    return Instrument{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toString()};
}

static const char *kInstrumentColumns = "SELECT id, name, kind, threshold_pronounced, threshold_partial, description FROM instrument ";

QList<Instrument> InstrumentService::instruments() const
{
    QList<Instrument> result;
    QSqlQuery q = sql::exec(m_db.db(), QLatin1String(kInstrumentColumns) + QStringLiteral("WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        result << instrumentFrom(q);
    return result;
}

Instrument InstrumentService::instrument(const QString &id) const
{
    QSqlQuery q = sql::exec(m_db.db(), QLatin1String(kInstrumentColumns) + QStringLiteral("WHERE id = ?"), {id});
    return q.next() ? instrumentFrom(q) : Instrument{};
}

Instrument InstrumentService::findByName(const QString &name) const
{
    const QString wanted = name.trimmed().toLower();
    for (const Instrument &i : instruments())
        if (i.name.trimmed().toLower() == wanted)
            return i;
    return {};
}

QStringList InstrumentService::validate(const Instrument &i) const
{
    QStringList problems;
    if (i.name.trimmed().isEmpty())
        problems << tr("Instrument: the name is required.");
    if (!kinds().contains(i.kind))
        problems << tr("Instrument: unknown kind «%1».").arg(i.kind);
    if (!(i.thresholdPronounced > 0 && i.thresholdPronounced <= i.thresholdPartial && i.thresholdPartial <= 1))
        problems << tr("Instrument «%1»: thresholds must satisfy 0 < pronounced (%2) ≤ partial (%3) ≤ 1.")
                        .arg(i.name).arg(i.thresholdPronounced).arg(i.thresholdPartial);
    const Instrument same = findByName(i.name);
    if (!same.id.isEmpty() && same.id != i.id)
        problems << tr("Instrument: the name «%1» is already used.").arg(i.name);
    return problems;
}

QString InstrumentService::save(Instrument &i)
{
    const QStringList problems = validate(i);
    if (!problems.isEmpty())
        throw Error(problems.join(QLatin1Char('\n')));
    const QVariantMap fields = {{QStringLiteral("name"), i.name.trimmed()},
                                {QStringLiteral("kind"), i.kind},
                                {QStringLiteral("threshold_pronounced"), i.thresholdPronounced},
                                {QStringLiteral("threshold_partial"), i.thresholdPartial},
                                {QStringLiteral("description"), i.description}};
    if (i.id.isEmpty())
        i.id = Rows::insert(m_db, QStringLiteral("instrument"), fields);
    else
        Rows::update(m_db, QStringLiteral("instrument"), i.id, fields);
    return i.id;
}

QList<InstrumentItem> InstrumentService::items(const QString &instrumentId) const
{
    QList<InstrumentItem> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT id, instrument_id, code, text, competence_id, max_score, sort_order FROM instrument_item "
        "WHERE instrument_id = ? AND deleted = 0 ORDER BY sort_order, code"), {instrumentId});
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toDouble(), q.value(6).toInt()});
    return result;
}

QString InstrumentService::saveItem(InstrumentItem &item)
{
    if (item.instrumentId.isEmpty() || item.competenceId.isEmpty() || item.code.trimmed().isEmpty())
        throw Error(tr("Instrument item: instrument, code and competence are required."));
    if (!(item.maxScore > 0))
        throw Error(tr("Instrument item %1: the maximum score must be above 0.").arg(item.code));
    const QVariantMap fields = {{QStringLiteral("instrument_id"), item.instrumentId},
                                {QStringLiteral("code"), item.code.trimmed()},
                                {QStringLiteral("text"), item.text},
                                {QStringLiteral("competence_id"), item.competenceId},
                                {QStringLiteral("max_score"), item.maxScore},
                                {QStringLiteral("sort_order"), item.sortOrder}};
    if (item.id.isEmpty())
        item.id = Rows::insert(m_db, QStringLiteral("instrument_item"), fields);
    else
        Rows::update(m_db, QStringLiteral("instrument_item"), item.id, fields);
    return item.id;
}

} // namespace metodist
