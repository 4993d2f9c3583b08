#pragma once
// Turns a monitoring report (core/monitoring/monitoringreport.h) into paper and files:
// the charts drawn with Qt Charts into the document, then print preview, PDF or XLSX.
// Used by the monitoring section and by `metodist-cli report`. GUI thread only.
#include "monitoring/monitoringreport.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace metodist::ui {

class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    static std::unique_ptr<QTextDocument> document(const monitoring::ReportDocument &report);
    // By the extension: .pdf or .xlsx; throws metodist::Error for anything else or a write failure.
    static void save(const monitoring::ReportDocument &report, const QString &path);
    static void savePdf(const monitoring::ReportDocument &report, const QString &path);
    static void saveXlsx(const monitoring::ReportDocument &report, const QString &path);
};

} // namespace metodist::ui
