#pragma once
// A deterministic demo region: every section of the cycle filled with plausible data,
// sized like a real region (ARCHITECTURE.md "Scale") and scaled by staff / 35,000.
#include <QDate>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace metodist {

struct DemoOptions {
    int staff = 35000;
    quint64 seed = 1;
    // Called now and then with 0..100 and a short translated stage name; return false to cancel.
    std::function<bool(int percent, const QString &stage)> progress;
    // All generated dates are relative to the academic year of this day; set it for
    // byte-identical output across days. Invalid = QDate::currentDate().
    QDate today;
    // Only municipalities, organisations and staff: the register at sizes (350,000)
    // where the other sections would take long and serve no purpose (benchmarks).
    bool registerOnly = false;
};

struct DemoSummary {
    int municipalities = 0;
    int organisations = 0;
    int staff = 0;
    int diagnostics = 0;
    int diagnosticScores = 0;
    int programmes = 0;
    int routes = 0;
    int routeItems = 0;
    int groups = 0;
    int sessions = 0;
    int enrolments = 0;
    int journalMarks = 0;
    int certificates = 0;
    qint64 elapsedMs = 0;
};

// Creates a NEW profile file at path (throws metodist::Error if it exists or on cancel —
// and then removes the partial file). Same seed + staff (+ today) => identical content
// except timestamps. Writes with CaptureOff (demo rows are not queued for sync), in one
// transaction, with prepared statements.
DemoSummary generateDemoRegion(const QString &path, const DemoOptions &options);

} // namespace metodist
