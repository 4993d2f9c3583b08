#pragma once
// Import of diagnostic results from CSV/XLSX tables in two passes:
//  analyse() reads the whole table against the register and the framework and lists
//  EVERY problem (file, row, column, reason) without writing anything;
//  write() applies a clean plan in one transaction (all or nothing) with progress and
//  cancel (cancel = rollback). Diagnostics are keyed person|instrument|date, so
//  importing the same file again updates in place instead of duplicating.
#include "importmapping.h"
#include "io/table.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace metodist {

struct ImportProblem {
    enum Kind { Invalid, Unmatched, Ambiguous, Duplicate };
    Kind kind = Invalid;
    QString file;
    int row = 0;        // row number in the file
    QString column;     // header of the column, or empty for the whole row
    QString reason;
    // "file:row:column: reason"
    QString toString() const;
};

struct PlannedScore {
    QString competenceId;
    QString code;
    int row = 0; // row of the file that gave it
    double score = 0;
    double max = 0;
    int level = 0;
};

struct PlannedDiagnostic {
    int row = 0; // first row of the file that gave it
    QString personId, municipalityId, instrumentId;
    QString takenOn;   // ISO date
    QString importKey; // person|instrument|date
    QList<PlannedScore> scores;
};

struct ImportPlan {
    QString fileName;
    QString sourceName;
    int rows = 0;
    QList<ImportProblem> problems;
    QList<PlannedDiagnostic> diagnostics;
    qint64 scoreCount = 0;
    bool ok() const { return problems.isEmpty(); }
};

struct ImportResult {
    int created = 0;    // new diagnostics
    int updated = 0;    // diagnostics already imported whose scores changed
    int unchanged = 0;  // already imported, nothing changed
    qint64 scoresWritten = 0;
    bool cancelled = false;
};

// Called while writing with (done, total) diagnostics; return false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

class DiagnosticsImporter {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsImporter)
public:
    explicit DiagnosticsImporter(Database &db) : m_db(db) {}

    // People chosen by the user for rows the matcher could not settle (row -> person id).
    void setPersonOverrides(const QHash<int, QString> &overrides) { m_overrides = overrides; }

    ImportPlan analyse(const io::Table &table, const ImportMapping &mapping, const QString &sourceName = {}) const;
    // Throws metodist::Error when the plan has problems or the database refuses.
    ImportResult write(const ImportPlan &plan, const ImportProgress &progress = {});

private:
    Database &m_db;
    QHash<int, QString> m_overrides;
};

} // namespace metodist
