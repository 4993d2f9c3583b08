#pragma once
// A small real profile for diagnostics tests: two municipalities, three organisations,
// a handful of people (two with the same name in the same school), the default
// competence framework and one regional instrument.
#include "diagnostics/instruments.h"
#include "storage/database.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

struct DiagnosticsFixture {
    DiagnosticsFixture();
    QString path(const QString &name) const { return dir.filePath(name); }
    // A valid СНИЛС made from a 9-digit seed ("112233445" -> "11223344595").
    static QString snils(const QString &nineDigits);
    // Ordered dump of all live diagnostics for comparing two imports.
    static QStringList dump(metodist::Database &db);

    QTemporaryDir dir;
    std::unique_ptr<metodist::Database> db;
    QString municipalityA, municipalityB;
    QString schoolA, schoolB, kindergarten;
    // ivanova (SNILS), petrov (SNILS), sidorova (no SNILS), kuznetsov1/2 (same name and school), yolkina (ё)
    QString ivanova, petrov, sidorova, kuznetsov1, kuznetsov2, yolkina;
    QString ivanovaSnils, petrovSnils;
    metodist::Instrument instrument; // «Региональная диагностика», 0.50 / 0.75
};
