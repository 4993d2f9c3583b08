// metodist-cli as a person meets it: --version, the list of commands, and a clear
// refusal of an unknown command (exit code 2).
#include <QProcess>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
    QString m_cli = qEnvironmentVariable("METODIST_CLI");

    QPair<int, QString> run(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_cli, args);
        if (!p.waitForFinished(30000))
            return {-1, QString()};
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

private slots:
    void initTestCase()
    {
        if (m_cli.isEmpty())
            QSKIP("METODIST_CLI is not set (run through ctest)");
    }
    void version()
    {
        const auto [code, out] = run({QStringLiteral("--version")});
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith(QStringLiteral("metodist-cli ")) && out.contains(QLatin1Char('.')), qPrintable(out));
    }
    void usageListsTheCommands()
    {
        const auto [code, out] = run({QStringLiteral("help")});
        QCOMPARE(code, 0);
        for (const char *command : {"demo", "migrate", "import-diagnostics", "build-routes", "route", "schedule", "sync", "frdo-export"})
            QVERIFY2(out.contains(QLatin1String(command)), command);
    }
    void unknownCommandIsRefused()
    {
        const auto [code, out] = run({QStringLiteral("no-such-command")});
        QCOMPARE(code, 2);
        QVERIFY(out.contains(QStringLiteral("Unknown command: no-such-command")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
