#pragma once
// Indicator figures as rows for files: one row per indicator, year and unit, as a
// TextTable (CSV / XLSX through TableWriter) or JSON. Used by `metodist-cli indicators`.
#include "indicators.h"
#include "io/texttable.h"

#include <QByteArray>

namespace metodist::monitoring {

struct IndicatorRow {
    IndicatorValue value;
    QString origin;
    QString unitName; // the region's name for the region
};

class IndicatorExport {
    Q_DECLARE_TR_FUNCTIONS(IndicatorExport)
public:
    // The id of a municipality or organisation given by id or by exact name (case-
    // insensitive); empty for the region or an empty text (= every unit). Throws
    // metodist::Error when there is none or the name is ambiguous.
    static QString resolveUnit(const Database &db, Level level, const QString &idOrName);
    // Every indicator for every calendar year fromYear..toYear: for the region, for
    // one unit (unitId), or for every unit of the level when unitId is empty.
    static QList<IndicatorRow> collect(const Database &db, Level level, const QString &unitId, int fromYear,
                                       int toYear);
    static TextTable table(const QList<IndicatorRow> &rows);
    // {"indicators": [{code, concept, title, year, from, to, level, unit_id, unit,
    //   numerator, denominator, value (null = no data), no_data, target}]}
    static QByteArray json(const QList<IndicatorRow> &rows);
};

} // namespace metodist::monitoring
