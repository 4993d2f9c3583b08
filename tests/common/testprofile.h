#pragma once
// Helpers shared by tests: a fresh profile file in a temporary folder, and a small
// register made through the real services.
#include "registry/registryservice.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

namespace metodist::test {

struct SmallRegion {
    QStringList municipalityIds;
    QStringList organisationIds;
    QStringList personIds;
};

// A valid СНИЛС made from a serial number (the checksum appended).
QString snilsFor(int serial);

// `municipalities` municipalities with `orgsPer` schools each and `staffPer` people each.
SmallRegion makeSmallRegion(Database &db, int municipalities = 2, int orgsPer = 2, int staffPer = 5);

// The rows of a table without the volatile metadata, sorted: for comparing contents.
QStringList tableDump(Database &db, const QString &table);

} // namespace metodist::test
