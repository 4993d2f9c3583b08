#pragma once
// The printed monitoring reports as data: an HTML body (headings, tables, text, and
// <img src="chart-…png"> places for the charts), the charts as ChartSpecs for whoever
// renders them, and the tables for XLSX. QtCore only; the GUI and metodist-cli render
// the same document (ui/monitoring/reportrenderer.h).
#include "monitoring/chartspec.h"
#include "io/texttable.h"

#include <QCoreApplication>

namespace metodist::monitoring {

enum class ReportKind {
    Ministry,     // title page, indicator table, charts, a short text per indicator
    Municipality, // a summary per municipality (or the one asked for)
    Deficits      // deficits by organisation
};

struct ReportRequest {
    ReportKind kind = ReportKind::Ministry;
    int year = 0;
    QString municipalityId; // empty: the whole region
    int trendYears = 3;     // years shown in the trend, ending with `year`
};

struct ReportDocument {
    QString title;
    QString html;
    QList<ChartSpec> charts;
    QList<TextTable> tables;
    bool landscape = false;
};

class MonitoringReport {
    Q_DECLARE_TR_FUNCTIONS(MonitoringReport)
public:
    // "ministry" / "municipality" / "deficits"; false for anything else.
    static bool parseKind(const QString &text, ReportKind *kind);
    static QString kindTitle(ReportKind kind);
    // Throws metodist::Error (unknown municipality, bad year) or Cancelled.
    static ReportDocument build(const Database &db, const ReportRequest &request, const Progress &progress = {});
    // One sentence or two on an indicator: the value, the target and the change.
    static QString indicatorText(const IndicatorValue &now, const IndicatorValue *before);
};

} // namespace metodist::monitoring
