#include "diagnosticservice.h"

#include "scoresjson.h"

#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QSet>

namespace metodist {

QString DiagnosticService::saveManual(const QString &personId, const QString &instrumentId, const QDate &takenOn,
                                      const QList<ScoreEntry> &scores, const QString &source)
{
    QStringList problems;
    QVariant municipality = sql::scalar(m_db.db(), QStringLiteral("SELECT municipality_id FROM person WHERE id = ? AND deleted = 0"), {personId});
    if (municipality.isNull())
        municipality = QVariant(); // invalid = SQL NULL (sql::bindAll turns a null string into '')
    const bool personExists = sql::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM person WHERE id = ? AND deleted = 0"), {personId}).toInt() == 1;
    if (!personExists)
        problems << tr("Person: not found in the register.");
    const Instrument instrument = InstrumentService(m_db).instrument(instrumentId);
    if (instrument.id.isEmpty())
        problems << tr("Instrument: not chosen.");
    if (!takenOn.isValid())
        problems << tr("Date: required.");
    else if (takenOn > QDate::currentDate())
        problems << tr("Date: %1 is in the future.").arg(takenOn.toString(QStringLiteral("dd.MM.yyyy")));
    if (scores.isEmpty())
        problems << tr("Scores: enter at least one.");
    QSet<QString> seen;
    QList<CodedScore> coded;
    for (const ScoreEntry &s : scores) {
        const QVariant code = sql::scalar(m_db.db(), QStringLiteral("SELECT code FROM competence WHERE id = ? AND deleted = 0"), {s.competenceId});
        const QString label = code.isValid() ? code.toString() : s.competenceId;
        if (code.isValid() && instrument.id.size() > 0 && s.max > 0)
            coded.append({label, s.score, s.max, instrument.level(s.score, s.max)});
        if (!code.isValid())
            problems << tr("Competence %1: unknown.").arg(s.competenceId);
        if (seen.contains(s.competenceId))
            problems << tr("Competence %1: entered twice.").arg(label);
        seen.insert(s.competenceId);
        if (!(s.max > 0))
            problems << tr("Competence %1: the maximum must be above 0.").arg(label);
        else if (s.score < 0 || s.score > s.max)
            problems << tr("Competence %1: the score %2 is outside 0…%3.").arg(label).arg(s.score).arg(s.max);
    }
    if (!problems.isEmpty())
        throw Error(problems.join(QLatin1Char('\n')));

    sql::Transaction tx(m_db.db());
    const QString id = Rows::insert(m_db, QStringLiteral("diagnostic"),
                                    {{QStringLiteral("municipality_id"), municipality},
                                     {QStringLiteral("person_id"), personId},
                                     {QStringLiteral("instrument_id"), instrumentId},
                                     {QStringLiteral("taken_on"), takenOn.toString(Qt::ISODate)},
                                     {QStringLiteral("source"), source},
                                     {QStringLiteral("scores"), encodeScores(coded)}});
    tx.commit();
    return id;
}

QList<ScoreEntry> DiagnosticService::questionnaireScores(const QString &instrumentId, const QHash<QString, double> &answers) const
{
    const QList<InstrumentItem> items = InstrumentService(m_db).items(instrumentId);
    if (items.isEmpty())
        throw Error(tr("The instrument has no items to answer."));
    QList<ScoreEntry> result;
    QHash<QString, int> index;
    for (const InstrumentItem &item : items) {
        const double answer = answers.value(item.id, 0);
        if (answer < 0 || answer > item.maxScore)
            throw Error(tr("Item %1: the answer %2 is outside 0…%3.").arg(item.code).arg(answer).arg(item.maxScore));
        int i = index.value(item.competenceId, -1);
        if (i < 0) {
            i = int(result.size());
            index.insert(item.competenceId, i);
            result.append({item.competenceId, 0, 0});
        }
        result[i].score += answer;
        result[i].max += item.maxScore;
    }
    return result;
}

QString DiagnosticService::scoreQuestionnaire(const QString &personId, const QString &instrumentId, const QDate &takenOn,
                                              const QHash<QString, double> &answers)
{
    return saveManual(personId, instrumentId, takenOn, questionnaireScores(instrumentId, answers), QStringLiteral("questionnaire"));
}

QList<DiagnosticSummary> DiagnosticService::history(const QString &personId) const
{
    QList<DiagnosticSummary> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT d.id, d.instrument_id, i.name, d.taken_on, d.source, count(s.competence_id), "
        "       coalesce(sum(s.level = 2), 0), coalesce(sum(s.level = 1), 0) "
        "FROM diagnostic d JOIN instrument i ON i.id = d.instrument_id "
        "LEFT JOIN diagnostic_score s ON s.diagnostic_id = d.id AND s.deleted = 0 "
        "WHERE d.person_id = ? AND d.deleted = 0 GROUP BY d.id ORDER BY d.taken_on DESC, d.updated_at DESC"), {personId});
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(),
                       q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt()});
    return result;
}

static CompetenceLevel levelFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toInt()};
}

QList<CompetenceLevel> DiagnosticService::levels(const QString &diagnosticId) const
{
    QList<CompetenceLevel> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT c.id, c.code, c.name, a.name, s.score, s.max_score, s.level "
        "FROM diagnostic_score s JOIN competence c ON c.id = s.competence_id JOIN competence_area a ON a.id = c.area_id "
        "WHERE s.diagnostic_id = ? AND s.deleted = 0 ORDER BY a.sort_order, c.sort_order, c.code"), {diagnosticId});
    while (q.next())
        result << levelFrom(q);
    return result;
}

QList<CompetenceLevel> DiagnosticService::currentProfile(const QString &personId) const
{
    QList<CompetenceLevel> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT c.id, c.code, c.name, a.name, x.score, x.max_score, x.level FROM ("
        "  SELECT s.competence_id, s.score, s.max_score, s.level, "
        "         row_number() OVER (PARTITION BY s.competence_id ORDER BY d.taken_on DESC, d.updated_at DESC) AS n "
        "  FROM diagnostic d JOIN diagnostic_score s ON s.diagnostic_id = d.id AND s.deleted = 0 "
        "  WHERE d.person_id = ? AND d.deleted = 0) x "
        "JOIN competence c ON c.id = x.competence_id JOIN competence_area a ON a.id = c.area_id "
        "WHERE x.n = 1 ORDER BY a.sort_order, c.sort_order, c.code"), {personId});
    while (q.next())
        result << levelFrom(q);
    return result;
}

QList<LevelChange> DiagnosticService::compare(const QString &beforeId, const QString &afterId) const
{
    QList<LevelChange> result;
    QHash<QString, int> index;
    auto merge = [&](const QList<CompetenceLevel> &levels, bool after) {
        for (const CompetenceLevel &l : levels) {
            int i = index.value(l.competenceId, -1);
            if (i < 0) {
                i = int(result.size());
                index.insert(l.competenceId, i);
                result.append({l.competenceId, l.code, l.name});
            }
            (after ? result[i].after : result[i].before) = l.level;
            (after ? result[i].shareAfter : result[i].shareBefore) = l.max > 0 ? l.score / l.max : 0;
        }
    };
    merge(levels(beforeId), false);
    merge(levels(afterId), true);
    return result;
}

void DiagnosticService::setDeleted(const QString &diagnosticId, bool deleted)
{
    sql::Transaction tx(m_db.db());
    Rows::setDeleted(m_db, QStringLiteral("diagnostic"), diagnosticId, deleted);
    tx.commit();
}

} // namespace metodist
