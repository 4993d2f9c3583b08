#pragma once
// Row makers for the monitoring tests: each test builds its own small profile by hand
// and counts the expected figures itself.
#include "diagnostics/diagnosticservice.h"
#include "monitoring/indicators.h"
#include "storage/database.h"
#include "storage/rows.h"

#include <QTest>
#include <QVariantMap>

namespace metodist::test {

struct MonitoringRows {
    Database &db;

    static QString S(const char *s) { return QString::fromUtf8(s); }
    static QVariant D(const char *s) { return s ? QVariant(QString::fromUtf8(s)) : QVariant(); }

    QString ins(const char *table, QVariantMap fields) const { return Rows::insert(db, S(table), std::move(fields)); }
    void drop(const char *table, const QString &id) const { Rows::setDeleted(db, S(table), id, true); }

    QString municipality(const char *name) const { return ins("municipality", {{S("name"), S(name)}}); }
    QString organisation(const char *name, const char *kind, const QString &mun) const
    {
        return ins("organisation", {{S("name"), S(name)}, {S("kind"), S(kind)}, {S("municipality_id"), mun}});
    }
    // birth / start / hire: ISO dates or nullptr for NULL.
    // A diagnostic entered through the service (scores stored however it stores them),
    // each competence given the deficit level wanted: 2 = score 1 of 4, 1 = 2.5 of 4,
    // 0 = 4 of 4 under the default thresholds (below 50 % / 75 %).
    QString diagnostic(const QString &personId, const QString &instrumentId, const char *on,
                       const QList<QPair<QString, int>> &levels) const
    {
        QList<ScoreEntry> scores;
        for (const auto &l : levels)
            scores.append({l.first, l.second == 2 ? 1.0 : l.second == 1 ? 2.5 : 4.0, 4.0});
        return DiagnosticService(db).saveManual(personId, instrumentId, QDate::fromString(S(on), Qt::ISODate), scores);
    }

    QString person(const QString &org, const QString &mun, const char *name, const char *born, const char *start,
                   const char *hired = nullptr, bool manager = false) const
    {
        return ins("person", {{S("organisation_id"), org}, {S("municipality_id"), mun}, {S("last_name"), S(name)},
                              {S("first_name"), S("A")}, {S("birth_date"), D(born)}, {S("profession_start_date"), D(start)},
                              {S("hire_date"), D(hired)}, {S("is_manager"), manager ? 1 : 0}});
    }
};

// numerator / denominator of one indicator, its value and the drill-down sizes.
inline void checkIndicator(const Database &db, const char *code, const monitoring::Scope &sc, qint64 num, qint64 den)
{
    using namespace monitoring;
    const IndicatorDefinition *def = Indicators::find(QString::fromLatin1(code));
    QVERIFY2(def, code);
    const IndicatorValue v = Indicators::compute(db, *def, sc);
    QCOMPARE(v.numerator, num);
    QCOMPARE(v.denominator, den);
    QCOMPARE(v.hasData(), den > 0);
    QCOMPARE(v.value, den ? 100.0 * double(num) / double(den) : 0.0);
    QCOMPARE(Indicators::drillDown(db, *def, sc).size(), qsizetype(num));
    QCOMPARE(Indicators::drillDown(db, *def, sc, DrillSet::NotCounted).size(), qsizetype(den - num));
    QCOMPARE(Indicators::drillDown(db, *def, sc, DrillSet::Denominator).size(), qsizetype(den));
}

} // namespace metodist::test
