#include "importer.h"

#include "framework.h"
#include "instruments.h"
#include "io/values.h"
#include "personmatcher.h"
#include "scoresjson.h"
#include "registry/person.h"
#include "registry/snils.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QBitArray>
#include <QElapsedTimer>
#include <algorithm>

namespace metodist {

QString ImportProblem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(row).arg(column, reason);
}

namespace {

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
    struct CompetenceKey { QString id, code; int ordinal = -1; };
    QHash<QString, CompetenceKey> competenceByKey; // folded code or name -> competence
    int competenceCount = 0;
    for (const Competence &k : CompetenceFramework(m_db).competences()) {
        competenceByKey.insert(fold(k.code), {k.id, k.code, competenceCount});
        competenceByKey.insert(fold(k.name), {k.id, k.code, competenceCount});
        ++competenceCount;
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
    struct ScoreColumn { int index; CompetenceKey competence; };
    QList<ScoreColumn> scoreColumns;
    if (mapping.layout == ImportMapping::Layout::Wide) {
        const QStringList used = mapping.usedColumns();
        for (int i = 0; i < table.header.size(); ++i) {
            const QString h = table.header.at(i).trimmed();
            if (h.isEmpty() || used.contains(h, Qt::CaseInsensitive) || mapping.ignored.contains(h, Qt::CaseInsensitive))
                continue;
            const QString code = mapping.competenceColumns.value(h, h);
            const CompetenceKey competence = competenceByKey.value(fold(code));
            if (competence.id.isEmpty())
                problem(ImportProblem::Invalid, table.headerLine, h,
                        tr("unknown competence «%1» (map the column to a competence code or ignore it)").arg(code));
            else
                scoreColumns.append({i, competence});
        }
        if (scoreColumns.isEmpty())
            problem(ImportProblem::Invalid, table.headerLine, QString(), tr("no competence columns in the file"));
        // In code order, so each row's scores reach encodeScores() already sorted.
        std::stable_sort(scoreColumns.begin(), scoreColumns.end(),
                         [](const ScoreColumn &a, const ScoreColumn &b) { return a.competence.code < b.competence.code; });
    }
    if (!plan.problems.isEmpty())
        return plan; // the header is wrong: row checks would only repeat it

    const PersonMatcher matcher(m_db);
    QHash<QString, PersonMatch> matchCache;
    QHash<QString, CompetenceKey> competenceByText; // cell text as written -> competence
    QString lastInstrumentText, lastInstrumentKey, lastDateText;
    QDate lastDate;
    const QDate today = QDate::currentDate();
    QHash<QString, int> diagnosticIndex;  // import key -> index in plan.diagnostics
    QList<QBitArray> competencesSeen;     // per planned diagnostic (long layout): its competences so far
    const auto header = [&](int index) { return index >= 0 ? table.header.at(index) : QString(); };

    auto number = [](const QString &text) -> std::optional<double> {
        // Most cells are small whole numbers: read those digit by digit (QString::toDouble
        // was a fifth of the analysis of a region's file).
        if (const qsizetype n = text.size(); n > 0 && n <= 9) {
            qint64 whole = 0;
            bool digits = true;
            for (const QChar ch : text) {
                if (ch < u'0' || ch > u'9') {
                    digits = false;
                    break;
                }
                whole = whole * 10 + (ch.unicode() - u'0');
            }
            if (digits)
                return double(whole);
        }
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

    // Long files repeat a person's cells on ~40 consecutive rows: the person, instrument
    // and date of a row equal to the previous clean one are taken from it, not re-checked.
    const QList<int> headColumns = {c.snils, c.last, c.first, c.middle, c.full, c.org, c.instrument, c.date};
    const io::TableRow *previous = nullptr;
    bool previousHeadClean = false;
    PersonMatch person;
    Instrument instrument;
    QDate date;
    QString importKey;
    int diagnosticOfHead = -1;
    QList<PlannedScore> scores;
    auto sameHead = [&](const io::TableRow &a, const io::TableRow &b) {
        for (int column : headColumns)
            if (column >= 0 && a.cell(column) != b.cell(column))
                return false;
        return true;
    };

    for (const io::TableRow &r : table.rows) {
        const int row = r.line;
        const int problemsBefore = int(plan.problems.size());
        const bool reuseHead = previousHeadClean && previous && m_overrides.isEmpty() && sameHead(*previous, r);
        previous = &r;
        if (!reuseHead) {
            diagnosticOfHead = -1;

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
            person = PersonMatch();
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
            instrument = fixedInstrument;
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
            date = lastDate;
            if (!date.isValid())
                problem(ImportProblem::Invalid, row, header(c.date),
                        tr("bad date «%1»: expected dd.mm.yyyy or yyyy-mm-dd").arg(dateText));
            else if (date > today)
                problem(ImportProblem::Invalid, row, header(c.date), tr("the date %1 is in the future").arg(date.toString(QStringLiteral("dd.MM.yyyy"))));
            previousHeadClean = plan.problems.size() == problemsBefore;
            importKey = person.personId + u'|' + instrument.id + u'|' + date.toString(Qt::ISODate);
        }

        // Scores (one list reused: a long file has a row per score).
        scores.clear();
        int longOrdinal = -1;
        if (mapping.layout == ImportMapping::Layout::Wide) {
            scores.reserve(scoreColumns.size());
            for (const ScoreColumn &sc : std::as_const(scoreColumns)) {
                const QString &text = r.cell(sc.index);
                if (text.isEmpty() || text.trimmed().isEmpty())
                    continue; // not measured
                double score = 0;
                if (checkScore(row, table.header.at(sc.index), text, mapping.defaultMax, score))
                    scores.append({sc.competence.id, sc.competence.code, row, score, mapping.defaultMax,
                                   instrument.id.isEmpty() ? 0 : instrument.level(score, mapping.defaultMax)});
            }
            if (scores.isEmpty() && plan.problems.size() == problemsBefore)
                problem(ImportProblem::Invalid, row, QString(), tr("the row has no scores"));
        } else {
            const QString code = r.cell(c.competence).simplified();
            auto known = competenceByText.constFind(code);
            if (known == competenceByText.cend())
                known = competenceByText.insert(code, competenceByKey.value(fold(code)));
            const CompetenceKey competence = *known;
            longOrdinal = competence.ordinal;
            if (competence.id.isEmpty())
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
            if (maxOk && checkScore(row, header(c.score), r.cell(c.score), max, score) && !competence.id.isEmpty())
                scores.append({competence.id, competence.code, row, score, max, instrument.id.isEmpty() ? 0 : instrument.level(score, max)});
        }

        if (plan.problems.size() != problemsBefore)
            continue;

        // Duplicates within the file: the same diagnostic twice (wide), or the same
        // competence twice in one diagnostic (long).
        if (diagnosticOfHead < 0)
            diagnosticOfHead = diagnosticIndex.value(importKey, -1);
        if (diagnosticOfHead >= 0) {
            PlannedDiagnostic &d = plan.diagnostics[diagnosticOfHead];
            int firstRow = 0;
            if (mapping.layout == ImportMapping::Layout::Wide) {
                firstRow = d.row;
            } else if (competencesSeen[diagnosticOfHead].testBit(longOrdinal)) {
                for (const PlannedScore &s : std::as_const(d.scores))
                    if (s.code == scores.first().code) {
                        firstRow = s.row;
                        break;
                    }
            }
            if (firstRow > 0) {
                problem(ImportProblem::Duplicate, row, QString(),
                        tr("duplicate of row %1 (same person, instrument, date%2)")
                            .arg(firstRow)
                            .arg(mapping.layout == ImportMapping::Layout::Wide ? QString() : tr(" and competence")));
                continue;
            }
            d.scores.append(scores);
        } else {
            diagnosticOfHead = int(plan.diagnostics.size());
            diagnosticIndex.insert(importKey, diagnosticOfHead);
            plan.diagnostics.append({row, person.personId, person.municipalityId, instrument.id,
                                     date.toString(Qt::ISODate), importKey, {}});
            plan.diagnostics.last().scores.reserve(mapping.layout == ImportMapping::Layout::Wide ? scores.size() : competenceCount);
            plan.diagnostics.last().scores.append(scores);
            competencesSeen.append(QBitArray(mapping.layout == ImportMapping::Layout::Wide ? 0 : competenceCount));
        }
        if (longOrdinal >= 0)
            competencesSeen[diagnosticOfHead].setBit(longOrdinal);
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

    // A region's import touches tens of MB of pages: with the default cache they spill
    // to the WAL mid-transaction and are read back. A bigger cache for this write only.
    const QVariant cacheBefore = sql::scalar(db, QStringLiteral("PRAGMA cache_size"));
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(std::clamp<qint64>(plan.scoreCount / 16, 8000, 256000)));
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
    struct Existing { QString id; bool deleted; QString scores; };
    QHash<QString, Existing> existing;
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT import_key, id, deleted, scores FROM diagnostic WHERE import_key IS NOT NULL"));
        while (q.next())
            existing.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toBool(), q.value(3).toString()});
    }
    BulkInsertCapture capture(db, QStringLiteral("diagnostic"));
    BatchInsert insertDiagnostic(db, QStringLiteral("diagnostic"),
                                 {QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                  QStringLiteral("municipality_id"), QStringLiteral("person_id"), QStringLiteral("instrument_id"),
                                  QStringLiteral("taken_on"), QStringLiteral("source"), QStringLiteral("source_file"),
                                  QStringLiteral("import_key"), QStringLiteral("scores")}, 50);
    QSqlQuery updateDiagnostic = sql::prepare(db, QStringLiteral(
        "UPDATE diagnostic SET scores = ?, deleted = 0, updated_at = ?, updated_by = ? WHERE id = ?"));

    const QVariant nowValue(now), userValue(user), sourceFile(plan.fileName), importSource(QStringLiteral("import"));
    auto coded = [](const QList<PlannedScore> &scores) {
        QList<CodedScore> result;
        result.reserve(scores.size());
        for (const PlannedScore &s : scores)
            result.append({s.code, s.score, s.max, s.level});
        return result;
    };

    qint64 done = 0;
    for (const PlannedDiagnostic &d : plan.diagnostics) {
        const auto found = existing.constFind(d.importKey);
        if (found == existing.cend()) {
            const QVariant municipality = d.municipalityId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d.municipalityId);
            insertDiagnostic.add({capture.nextId(), nowValue, userValue, municipality, d.personId, d.instrumentId, d.takenOn,
                                  importSource, sourceFile, d.importKey, encodeScores(coded(d.scores))});
            result.scoresWritten += d.scores.size();
            ++result.created;
        } else {
            // Already imported: bring its scores in line with the file (competences the
            // file does not mention keep their scores), touch nothing equal.
            QList<CodedScore> merged = decodeScores(found->scores);
            qint64 changedScores = 0;
            for (const CodedScore &s : coded(d.scores)) {
                const auto same = std::find_if(merged.begin(), merged.end(), [&](const CodedScore &o) { return o.code == s.code; });
                if (same == merged.end()) {
                    merged.append(s);
                    ++changedScores;
                } else if (!(*same == s)) {
                    *same = s;
                    ++changedScores;
                }
            }
            if (changedScores > 0 || found->deleted) {
                updateDiagnostic.bindValue(0, encodeScores(merged));
                updateDiagnostic.bindValue(1, nowValue);
                updateDiagnostic.bindValue(2, userValue);
                updateDiagnostic.bindValue(3, found->id);
                sql::exec(updateDiagnostic);
                result.scoresWritten += changedScores;
                ++result.updated;
            } else {
                ++result.unchanged;
            }
        }
        ++done;
        if (progress && (done % 200 == 0 || done == total) && !progress(done, total)) {
            result.cancelled = true;
            return result; // the transaction rolls back
        }
    }
    insertDiagnostic.flush();
    capture.finish();
    QElapsedTimer commitTimer;
    commitTimer.start();
    tx.commit();
    if (qEnvironmentVariableIsSet("METODIST_TRACE_IMPORT"))
        qInfo("commit: %lld ms", commitTimer.elapsed());
    return result;
}

} // namespace metodist
