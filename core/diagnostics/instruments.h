#pragma once
// Diagnostic instruments (federal, regional, self-assessment, observation), their items
// mapped to competences, and the thresholds that turn a score into a deficit level.
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>

namespace metodist {

enum DeficitLevel { NoDeficit = 0, PartialDeficit = 1, PronouncedDeficit = 2 };

// score/max below `pronounced` -> 2, below `partial` -> 1, else 0. max must be > 0.
int deficitLevel(double score, double max, double pronounced = 0.50, double partial = 0.75);

struct Instrument {
    QString id;
    QString name;
    QString kind = QStringLiteral("regional"); // federal, regional, self_assessment, observation
    double thresholdPronounced = 0.50;
    double thresholdPartial = 0.75;
    QString description;

    int level(double score, double max) const { return deficitLevel(score, max, thresholdPronounced, thresholdPartial); }
};

struct InstrumentItem {
    QString id;
    QString instrumentId;
    QString code;
    QString text;
    QString competenceId;
    double maxScore = 1;
    int sortOrder = 0;
};

class InstrumentService {
    Q_DECLARE_TR_FUNCTIONS(InstrumentService)
public:
    explicit InstrumentService(Database &db) : m_db(db) {}

    QList<Instrument> instruments() const;
    Instrument instrument(const QString &id) const;
    // By name, case-insensitively; empty id when there is none.
    Instrument findByName(const QString &name) const;
    // Problems (thresholds out of order, unknown kind, no name); empty when fine.
    QStringList validate(const Instrument &instrument) const;
    QString save(Instrument &instrument);

    QList<InstrumentItem> items(const QString &instrumentId) const;
    QString saveItem(InstrumentItem &item);

    static QStringList kinds();

private:
    Database &m_db;
};

} // namespace metodist
