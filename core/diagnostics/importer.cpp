#include "importer.h"

#include "framework.h"
#include "instruments.h"
#include "io/values.h"
#include "personmatcher.h"
#include "registry/person.h"
#include "registry/snils.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <algorithm>
#include <QUuid>

namespace metodist {

QString ImportProblem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(row).arg(column, reason);
}

namespace {

// Ids for one bulk write: a random UUID whose last 12 hex digits count up, so the
// rows of one import sit next to each other in the primary-key index (random v4
// ids scatter 1.4 M inserts over the whole B-tree). 90 random bits keep imports apart.
class BulkIds {
public:
    BulkIds() : m_prefix(QUuid::createUuid().toString(QUuid::WithoutBraces).left(24)) {}
    QString next() { return m_prefix + QStringLiteral("%1").arg(++m_counter, 12, 16, QLatin1Char('0')); }

private:
    QString m_prefix;
    qint64 m_counter = 0;
};

// Inserts rows through prepared multi-row INSERT statements (a chunk of rows per
// execution): per-statement overhead dominated row-at-a-time inserts of 1.4 M scores.
class BatchInsert {
public:
    BatchInsert(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement)
        : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_rowsPerStatement(rowsPerStatement)
    {
        m_pending.reserve(m_columns.size() * rowsPerStatement);
    }
    void add(std::initializer_list<QVariant> row)
    {
        for (const QVariant &v : row)
            m_pending.append(v);
        if (m_pending.size() == m_columns.size() * m_rowsPerStatement)
            flush();
    }
    void flush()
    {
        const int rows = int(m_pending.size() / m_columns.size());
        if (rows == 0)
            return;
        auto it = m_statements.find(rows);
        if (it == m_statements.end()) {
            const QString one = QStringLiteral("(") + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + u')';
            it = m_statements.insert(rows, sql::prepare(m_db, QStringLiteral("INSERT INTO %1(%2) VALUES %3")
                                                                  .arg(m_table, m_columns.join(u','), QStringList(rows, one).join(u','))));
        }
        for (int i = 0; i < m_pending.size(); ++i)
            it->bindValue(i, m_pending.at(i));
        sql::exec(*it);
        m_pending.clear();
    }

private:
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    QHash<int, QSqlQuery> m_statements;
};

struct Columns {
    int snils = -1, last = -1, first = -1, middle = -1, full = -1, org = -1, instrument = -1, date = -1;
    int competence = -1, score = -1, max = -1;
};

QString fold(const QString &s) { return foldForSearch(s.simplified()); }

} // namespace

ImportPlan DiagnosticsImporter::analyse(const io::Table &table, const ImportMapping &mapping, const QString &sourceName) const
{
    ImportPlan plan;
    plan.fileName = table.fileName;
    plan.sourceName = sourceName;
    plan.rows = int(table.rows.size());
    auto problem = [&](ImportProblem::Kind kind, int row, const QString &column, const QString &reason) {
        plan.problems.append({kind, table.fileName, row, column, reason});
    };

    // Columns named by the mapping must exist.
    Columns c;
    auto resolve = [&](const QString &name, int &index) {
        if (name.isEmpty())
            return;
        index = table.column(name);
        if (index < 0)
            problem(ImportProblem::Invalid, table.headerLine, name, tr("the mapping names this column but the file has no such header"));
    };
    resolve(mapping.snils, c.snils);
    resolve(mapping.lastName, c.last);
    resolve(mapping.firstName, c.first);
    resolve(mapping.middleName, c.middle);
    resolve(mapping.fullName, c.full);
    resolve(mapping.organisation, c.org);
    resolve(mapping.instrumentColumn, c.instrument);
    resolve(mapping.date, c.date);
    if (mapping.layout == ImportMapping::Layout::Long) {
        resolve(mapping.competence, c.competence);
        resolve(mapping.score, c.score);
        resolve(mapping.max, c.max);
    }

    // Reference data, once.
    QHash<QString, QString> competenceByKey; // folded code or name -> id
    QStringList codes;
    for (const Competence &k : CompetenceFramework(m_db).competences()) {
        competenceByKey.insert(fold(k.code), k.id);
        competenceByKey.insert(fold(k.name), k.id);
        codes << k.code;
    }
    QHash<QString, Instrument> instrumentByName;
    for (const Instrument &i : InstrumentService(m_db).instruments())
        instrumentByName.insert(fold(i.name), i);
    Instrument fixedInstrument;
    if (c.instrument < 0 && !mapping.instrumentName.isEmpty()) {
        fixedInstrument = instrumentByName.value(fold(mapping.instrumentName));
        if (fixedInstrument.id.isEmpty())
            problem(ImportProblem::Invalid, table.headerLine, QString(),
                    tr("unknown instrument «%1» (create it first)").arg(mapping.instrumentName));
    }

    // Wide layout: every other column is a competence (or explicitly ignored).
    struct ScoreColumn { int index; QString competenceId; };
    QList<ScoreColumn> scoreColumns;
    if (mapping.layout == ImportMapping::Layout::Wide) {
        const QStringList used = mapping.usedColumns();
        for (int i = 0; i < table.header.size(); ++i) {
            const QString h = table.header.at(i).trimmed();
            if (h.isEmpty() || used.contains(h, Qt::CaseInsensitive) || mapping.ignored.contains(h, Qt::CaseInsensitive))
                continue;
            const QString code = mapping.competenceColumns.value(h, h);
            const QString id = competenceByKey.value(fold(code));
            if (id.isEmpty())
                problem(ImportProblem::Invalid, table.headerLine, h,
                        tr("unknown competence «%1» (map the column to a competence code or ignore it)").arg(code));
            else
                scoreColumns.append({i, id});
        }
        if (scoreColumns.isEmpty())
            problem(ImportProblem::Invalid, table.headerLine, QString(), tr("no competence columns in the file"));
    }
    if (!plan.problems.isEmpty())
        return plan; // the header is wrong: row checks would only repeat it

    const PersonMatcher matcher(m_db);
    QHash<QString, PersonMatch> matchCache;
    QHash<QString, QString> competenceByText; // cell text as written -> competence id
    QString lastInstrumentText, lastInstrumentKey, lastDateText;
    QDate lastDate;
    const QDate today = QDate::currentDate();
    QHash<QString, int> diagnosticIndex;  // import key -> index in plan.diagnostics
    QHash<QString, int> firstRowOf;       // duplicate detection key -> row
    const auto header = [&](int index) { return index >= 0 ? table.header.at(index) : QString(); };

    auto number = [](const QString &text) -> std::optional<double> {
        bool ok = false;
        const double v = text.toDouble(&ok); // fast path for plain numbers
        if (ok)
            return v;
        return io::parseNumber(text);
    };
    // Checks one score; adds a problem and returns false when it is not usable.
    auto checkScore = [&](int row, const QString &column, const QString &scoreText, double max, double &score) {
        const auto value = number(scoreText);
        if (!value) {
            problem(ImportProblem::Invalid, row, column, tr("«%1» is not a number").arg(scoreText.trimmed()));
            return false;
        }
        score = *value;
        if (score < 0) {
            problem(ImportProblem::Invalid, row, column, tr("score %1 is negative").arg(score));
            return false;
        }
        if (score > max) {
            problem(ImportProblem::Invalid, row, column, tr("score %1 is above the maximum %2").arg(score).arg(max));
            return false;
        }
        return true;
    };

    for (const io::TableRow &r : table.rows) {
        const int row = r.line;
        const int problemsBefore = int(plan.problems.size());

        // Person.
        QString snils;
        if (c.snils >= 0 && !r.cell(c.snils).trimmed().isEmpty()) {
            const QString raw = r.cell(c.snils).trimmed();
            const QString snilsProblem = Snils::problem(raw);
            if (!snilsProblem.isEmpty())
                problem(ImportProblem::Invalid, row, header(c.snils), tr("invalid СНИЛС «%1»: %2").arg(raw, snilsProblem));
            else
                snils = Snils::normalize(raw);
        }
        QString last = r.cell(c.last), first = r.cell(c.first), middle = r.cell(c.middle);
        if (c.full >= 0) {
            const QStringList parts = r.cell(c.full).simplified().split(u' ', Qt::SkipEmptyParts);
            last = parts.value(0);
            first = parts.value(1);
            middle = parts.mid(2).join(u' ');
        }
        const QString org = r.cell(c.org).simplified();
        const QString who = QStringLiteral("%1 %2 %3").arg(last, first, middle).simplified();
        PersonMatch person;
        if (const QString chosen = m_overrides.value(row); !chosen.isEmpty()) {
            person.outcome = PersonMatch::Matched;
            person.personId = chosen;
            person.municipalityId = matcher.municipalityOf(chosen);
        } else {
            // Long files repeat a person on ~40 consecutive rows: match each distinct one once.
            const QString key = snils + u'|' + last + u'|' + first + u'|' + middle + u'|' + org;
            const auto cached = matchCache.constFind(key);
            if (cached != matchCache.cend()) {
                person = *cached;
            } else {
                person = matcher.match(snils, last, first, middle, org);
                matchCache.insert(key, person);
            }
        }
        const QString personColumn = !snils.isEmpty() ? header(c.snils) : header(c.full >= 0 ? c.full : c.last);
        const QString orgText = org.isEmpty() ? QString() : tr(" in «%1»").arg(org);
        switch (person.outcome) {
        case PersonMatch::Matched:
            break;
        case PersonMatch::Unmatched:
            if (snils.isEmpty() && who.isEmpty()) {
                if (plan.problems.size() == problemsBefore)
                    problem(ImportProblem::Unmatched, row, personColumn, tr("no СНИЛС and no name to find the person by"));
            } else {
                problem(ImportProblem::Unmatched, row, personColumn,
                        snils.isEmpty() ? tr("no person «%1»%2 in the register").arg(who, orgText)
                                        : tr("no person with СНИЛС %1 or named «%2»%3 in the register")
                                              .arg(Snils::format(snils), who, orgText));
            }
            break;
        case PersonMatch::Ambiguous:
            problem(ImportProblem::Ambiguous, row, personColumn,
                    tr("%1 people match «%2»%3: %4; choose one").arg(person.candidates.size()).arg(who, orgText,
                                                                                          person.candidates.join(QStringLiteral("; "))));
            break;
        case PersonMatch::SnilsConflict:
            problem(ImportProblem::Unmatched, row, header(c.snils),
                    tr("СНИЛС %1 is not in the register, and «%2»%3 there has СНИЛС %4")
                        .arg(Snils::format(snils), who, orgText, Snils::format(person.detail)));
            break;
        }

        // Instrument.
        Instrument instrument = fixedInstrument;
        if (c.instrument >= 0) {
            const QString name = r.cell(c.instrument).simplified();
            if (name != lastInstrumentText || lastInstrumentKey.isNull()) {
                lastInstrumentText = name;
                lastInstrumentKey = fold(name);
            }
            instrument = instrumentByName.value(lastInstrumentKey);
            if (instrument.id.isEmpty())
                problem(ImportProblem::Invalid, row, header(c.instrument),
                        name.isEmpty() ? tr("the instrument is empty") : tr("unknown instrument «%1»").arg(name));
        }

        // Date.
        const QString dateText = r.cell(c.date).trimmed();
        if (dateText != lastDateText) {
            lastDateText = dateText;
            lastDate = io::parseDate(dateText);
        }
        const QDate date = lastDate;
        if (!date.isValid())
            problem(ImportProblem::Invalid, row, header(c.date),
                    tr("bad date «%1»: expected dd.mm.yyyy or yyyy-mm-dd").arg(dateText));
        else if (date > today)
            problem(ImportProblem::Invalid, row, header(c.date), tr("the date %1 is in the future").arg(date.toString(QStringLiteral("dd.MM.yyyy"))));

        // Scores.
        QList<PlannedScore> scores;
        if (mapping.layout == ImportMapping::Layout::Wide) {
            scores.reserve(scoreColumns.size());
            for (const ScoreColumn &sc : std::as_const(scoreColumns)) {
                const QString &text = r.cell(sc.index);
                if (text.isEmpty() || text.trimmed().isEmpty())
                    continue; // not measured
                double score = 0;
                if (checkScore(row, table.header.at(sc.index), text, mapping.defaultMax, score))
                    scores.append({sc.competenceId, score, mapping.defaultMax, instrument.id.isEmpty() ? 0 : instrument.level(score, mapping.defaultMax)});
            }
            if (scores.isEmpty() && plan.problems.size() == problemsBefore)
                problem(ImportProblem::Invalid, row, QString(), tr("the row has no scores"));
        } else {
            const QString code = r.cell(c.competence).simplified();
            auto known = competenceByText.constFind(code);
            if (known == competenceByText.cend())
                known = competenceByText.insert(code, competenceByKey.value(fold(code)));
            const QString competenceId = *known;
            if (competenceId.isEmpty())
                problem(ImportProblem::Invalid, row, header(c.competence),
                        code.isEmpty() ? tr("the competence is empty") : tr("unknown competence «%1»").arg(code));
            double max = mapping.defaultMax;
            bool maxOk = true;
            if (c.max >= 0 && !r.cell(c.max).trimmed().isEmpty()) {
                const auto value = number(r.cell(c.max));
                maxOk = value && *value > 0;
                if (!maxOk)
                    problem(ImportProblem::Invalid, row, header(c.max), tr("the maximum «%1» is not a number above 0").arg(r.cell(c.max).trimmed()));
                else
                    max = *value;
            }
            double score = 0;
            if (maxOk && checkScore(row, header(c.score), r.cell(c.score), max, score) && !competenceId.isEmpty())
                scores.append({competenceId, score, max, instrument.id.isEmpty() ? 0 : instrument.level(score, max)});
        }

        if (plan.problems.size() != problemsBefore)
            continue;

        // Duplicates within the file.
        const QString importKey = person.personId + u'|' + instrument.id + u'|' + date.toString(Qt::ISODate);
        const QString dupKey = mapping.layout == ImportMapping::Layout::Wide ? importKey : importKey + u'|' + scores.first().competenceId;
        if (const int firstRow = firstRowOf.value(dupKey, 0); firstRow > 0) {
            problem(ImportProblem::Duplicate, row, QString(),
                    tr("duplicate of row %1 (same person, instrument, date%2)")
                        .arg(firstRow)
                        .arg(mapping.layout == ImportMapping::Layout::Wide ? QString() : tr(" and competence")));
            continue;
        }
        firstRowOf.insert(dupKey, row);

        const int existing = diagnosticIndex.value(importKey, -1);
        if (existing >= 0) {
            plan.diagnostics[existing].scores.append(scores);
        } else {
            diagnosticIndex.insert(importKey, int(plan.diagnostics.size()));
            plan.diagnostics.append({row, person.personId, person.municipalityId, instrument.id,
                                     date.toString(Qt::ISODate), importKey, scores});
        }
        plan.scoreCount += scores.size();
    }
    return plan;
}

ImportResult DiagnosticsImporter::write(const ImportPlan &plan, const ImportProgress &progress)
{
    if (!plan.ok())
        throw Error(tr("%1: %n problem(s) must be fixed before importing; nothing was written.", nullptr,
                       int(plan.problems.size())).arg(plan.fileName));
    ImportResult result;
    const QSqlDatabase db = m_db.db();
    const qint64 now = nowMs();
    const QString user = m_db.userId();
    const qint64 total = plan.diagnostics.size();
    BulkIds ids;

    // A large import touches ~100 MB of pages: with the default cache they spill to the
    // WAL mid-transaction and are read back. A bigger cache for this write only.
    const QVariant cacheBefore = sql::scalar(db, QStringLiteral("PRAGMA cache_size"));
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(std::clamp<qint64>(plan.scoreCount / 4, 32000, 512000)));
    struct RestoreCache {
        QSqlDatabase db;
        QVariant size;
        ~RestoreCache()
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size.toLongLong()));
        }
    } restoreCache{db, cacheBefore};

    sql::Transaction tx(db);
    struct Existing { QString id; bool deleted; };
    QHash<QString, Existing> existing;
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT import_key, id, deleted FROM diagnostic WHERE import_key IS NOT NULL"));
        while (q.next())
            existing.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toBool()});
    }
    // Parents and children may be written in any order: the foreign keys are deferred.
    BatchInsert insertDiagnostic(db, QStringLiteral("diagnostic"),
                                 {QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                  QStringLiteral("municipality_id"), QStringLiteral("person_id"), QStringLiteral("instrument_id"),
                                  QStringLiteral("taken_on"), QStringLiteral("source"), QStringLiteral("source_file"),
                                  QStringLiteral("import_key")}, 50);
    BatchInsert insertScore(db, QStringLiteral("diagnostic_score"),
                            {QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                             QStringLiteral("municipality_id"), QStringLiteral("diagnostic_id"), QStringLiteral("competence_id"),
                             QStringLiteral("score"), QStringLiteral("max_score"), QStringLiteral("level")}, 80);
    QSqlQuery reviveDiagnostic = sql::prepare(db, QStringLiteral(
        "UPDATE diagnostic SET deleted = 0, updated_at = ?, updated_by = ? WHERE id = ? AND deleted = 1"));
    QSqlQuery existingScores = sql::prepare(db, QStringLiteral(
        "SELECT id, competence_id, score, max_score, level, deleted FROM diagnostic_score WHERE diagnostic_id = ?"));
    QSqlQuery updateScore = sql::prepare(db, QStringLiteral(
        "UPDATE diagnostic_score SET score = ?, max_score = ?, level = ?, deleted = 0, updated_at = ?, updated_by = ? WHERE id = ?"));
    existingScores.setForwardOnly(true);

    const QVariant nowValue(now), userValue(user), sourceFile(plan.fileName), importSource(QStringLiteral("import"));
    auto addScore = [&](const QVariant &diagnosticId, const QVariant &municipality, const PlannedScore &s) {
        insertScore.add({ids.next(), nowValue, userValue, municipality, diagnosticId, s.competenceId, s.score, s.max, s.level});
        ++result.scoresWritten;
    };

    qint64 done = 0;
    for (const PlannedDiagnostic &d : plan.diagnostics) {
        const QVariant municipality = d.municipalityId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d.municipalityId);
        const auto found = existing.constFind(d.importKey);
        if (found == existing.cend()) {
            const QVariant id(ids.next());
            insertDiagnostic.add({id, nowValue, userValue, municipality, d.personId, d.instrumentId, d.takenOn,
                                  importSource, sourceFile, d.importKey});
            for (const PlannedScore &s : d.scores)
                addScore(id, municipality, s);
            ++result.created;
        } else {
            // Already imported: bring its scores in line with the file, touch nothing equal.
            bool changed = false;
            if (found->deleted) {
                reviveDiagnostic.bindValue(0, nowValue);
                reviveDiagnostic.bindValue(1, userValue);
                reviveDiagnostic.bindValue(2, found->id);
                sql::exec(reviveDiagnostic);
                changed = true;
            }
            struct Old { QString id; double score, max; int level; bool deleted; };
            QHash<QString, Old> old;
            existingScores.bindValue(0, found->id);
            sql::exec(existingScores);
            while (existingScores.next())
                old.insert(existingScores.value(1).toString(),
                           {existingScores.value(0).toString(), existingScores.value(2).toDouble(), existingScores.value(3).toDouble(),
                            existingScores.value(4).toInt(), existingScores.value(5).toBool()});
            existingScores.finish();
            for (const PlannedScore &s : d.scores) {
                const auto o = old.constFind(s.competenceId);
                if (o == old.cend()) {
                    addScore(found->id, municipality, s);
                    changed = true;
                } else if (o->deleted || o->score != s.score || o->max != s.max || o->level != s.level) {
                    updateScore.bindValue(0, s.score);
                    updateScore.bindValue(1, s.max);
                    updateScore.bindValue(2, s.level);
                    updateScore.bindValue(3, nowValue);
                    updateScore.bindValue(4, userValue);
                    updateScore.bindValue(5, o->id);
                    sql::exec(updateScore);
                    ++result.scoresWritten;
                    changed = true;
                }
            }
            ++(changed ? result.updated : result.unchanged);
        }
        ++done;
        if (progress && (done % 200 == 0 || done == total) && !progress(done, total)) {
            result.cancelled = true;
            return result; // the transaction rolls back
        }
    }
    insertDiagnostic.flush();
    insertScore.flush();
    QElapsedTimer commitTimer;
    commitTimer.start();
    tx.commit();
    if (qEnvironmentVariableIsSet("METODIST_TRACE_IMPORT"))
        qInfo("commit: %lld ms", commitTimer.elapsed());
    return result;
}

} // namespace metodist
