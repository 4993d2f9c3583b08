#include "backend.h"

namespace metodist::test {

void Backends::addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString Backends::freshStore(const QString &backend, QString *why)
{
    ++m_counter;
    if (backend == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:%1/server%2.db").arg(m_dir.path()).arg(m_counter);
    if (!m_pgTried) {
        m_pgTried = true;
        auto pg = std::make_unique<PgCluster>();
        if (pg->start(&m_pgError))
            m_pg = std::move(pg);
    }
    if (!m_pg) {
        *why = m_pgError;
        return {};
    }
    const QString spec = m_pg->createDatabase(QStringLiteral("metodist%1").arg(m_counter));
    if (spec.isEmpty())
        *why = QStringLiteral("createdb failed");
    return spec;
}

} // namespace metodist::test
