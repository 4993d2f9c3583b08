#pragma once
// Server tests run once per store: SQLite (always) and a real PostgreSQL 15 started by
// the harness (skipped only when its binaries are not installed).
#include "pgcluster.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace metodist::test {

class Backends {
public:
    // For initTestCase_data(): adds the "sqlite" and "postgresql" rows (column "backend").
    static void addRows();
    // A fresh empty store for the current backend; QSKIPs / QFAILs through the returned
    // empty string when it cannot be made (check with QVERIFY).
    QString freshStore(const QString &backend, QString *why);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_pg;
    QString m_pgError;
    bool m_pgTried = false;
    int m_counter = 0;
};

} // namespace metodist::test
