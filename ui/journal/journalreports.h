#pragma once
// The journal's printable / exportable tables: the journal itself, the attendance sheet
// (ведомость) with each learner's outcome by the completion rules, the register of
// issued documents. TextTables serve the printer (HTML, A4) and the XLSX writer alike.
#include "io/texttable.h"
#include "journal/certificates.h"
#include "journal/journalservice.h"

#include <QCoreApplication>

namespace metodist::ui {

class JournalReports {
    Q_DECLARE_TR_FUNCTIONS(JournalReports)
public:
    static TextTable journal(const journal::JournalGrid &grid);
    static TextTable attendanceSheet(const journal::JournalGrid &grid, const journal::CompletionReport &report);
    static TextTable certificateRegister(const QList<journal::CertificateRecord> &records);
    static QString subtitle(const journal::GroupInfo &group);
};

} // namespace metodist::ui
