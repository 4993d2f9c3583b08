#pragma once
// Diagnostics of one person: entered by hand, scored from a questionnaire on the spot,
// listed as a history, shown as a deficit profile and compared before/after.
#include "instruments.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace metodist {

struct ScoreEntry {
    QString competenceId;
    double score = 0;
    double max = 0;
};

struct DiagnosticSummary {
    QString id;
    QString instrumentId;
    QString instrumentName;
    QDate takenOn;
    QString source; // manual, questionnaire, import
    int competences = 0;
    int pronounced = 0;
    int partial = 0;
};

struct CompetenceLevel {
    QString competenceId;
    QString code;
    QString name;
    QString areaName;
    double score = 0;
    double max = 0;
    int level = 0;
};

struct LevelChange {
    QString competenceId, code, name;
    int before = -1; // -1: not measured in that diagnostic
    int after = -1;
    double shareBefore = -1, shareAfter = -1;
};

class DiagnosticService {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticService)
public:
    explicit DiagnosticService(Database &db) : m_db(db) {}

    // Manual entry: validates every score (0 <= score <= max, max > 0, known competence,
    // no competence twice), computes levels with the instrument's thresholds, one transaction.
    QString saveManual(const QString &personId, const QString &instrumentId, const QDate &takenOn,
                       const QList<ScoreEntry> &scores, const QString &source = QStringLiteral("manual"));
    // Questionnaire: answers per instrument item (item id -> points 0..item max). Items are
    // summed per competence, then levelled. Unanswered items count as 0.
    QString scoreQuestionnaire(const QString &personId, const QString &instrumentId, const QDate &takenOn,
                               const QHash<QString, double> &answers);
    // What scoreQuestionnaire would store, without storing it.
    QList<ScoreEntry> questionnaireScores(const QString &instrumentId, const QHash<QString, double> &answers) const;

    QList<DiagnosticSummary> history(const QString &personId) const;
    // Levels per competence of one diagnostic, in framework order.
    QList<CompetenceLevel> levels(const QString &diagnosticId) const;
    // Latest level of every competence the person was measured in.
    QList<CompetenceLevel> currentProfile(const QString &personId) const;
    QList<LevelChange> compare(const QString &beforeId, const QString &afterId) const;
    void setDeleted(const QString &diagnosticId, bool deleted);

private:
    Database &m_db;
};

} // namespace metodist
