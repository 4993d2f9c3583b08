// The installers, as far as they can be checked without root or a network: CPack makes
// the .deb from this build and dpkg-deb shows the programs, the desktop entry, the icons,
// the AppStream metadata, the server's unit, the embedded translation and the Depends the
// programs need at run time; desktop-file-validate and appstreamcli accept the metadata;
// wixl compiles the MSI sources (scripts/package-msi-check.sh). Installing the .deb into a
// clean Debian root is scripts/package-deb-check.sh (debootstrap: too slow for ctest).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

struct Run {
    int code = -1;
    QString out;
};

static Run run(const QString &program, const QStringList &args, const QString &dir = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        process.setWorkingDirectory(dir);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.out = QStringLiteral("timed out: ") + program;
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAll());
    return result;
}

class TestPackaging : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_deb;

    static QString version()
    {
        const Run r = run(qEnvironmentVariable("METODIST_CLI"), {QStringLiteral("--version")});
        return r.out.trimmed().section(QLatin1Char(' '), 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString cpack = QStandardPaths::findExecutable(QStringLiteral("cpack"));
        QVERIFY2(!cpack.isEmpty(), "cpack (cmake) is needed");
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
            QSKIP("dpkg-shlibdeps (dpkg-dev) is needed to compute the .deb's Depends");
        // The README's way (cpack -G DEB on this build), into a folder of our own.
        const Run r = run(cpack, {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                                  QStringLiteral(METODIST_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), m_dir.path()},
                          m_dir.path(), 300000);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("metodist_*_amd64.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        qInfo("%s: %lld KiB", qPrintable(debs.first()), QFileInfo(m_deb).size() / 1024);
    }

    void debHasTheFiles()
    {
        const Run r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        QCOMPARE(r.code, 0);
        QStringList expected = {
            QStringLiteral("./usr/bin/metodist"),
            QStringLiteral("./usr/bin/metodist-cli"),
            QStringLiteral("./usr/bin/metodist-server"),
            QStringLiteral("./usr/share/applications/ru.metodist.Metodist.desktop"),
            QStringLiteral("./usr/share/metainfo/ru.metodist.Metodist.metainfo.xml"),
            QStringLiteral("./usr/share/icons/hicolor/scalable/apps/ru.metodist.Metodist.svg"),
            QStringLiteral("./usr/lib/systemd/system/metodist-server.service"),
            QStringLiteral("./usr/share/doc/metodist/metodist-server.conf.example"),
            QStringLiteral("./usr/share/doc/metodist/api/openapi.yaml"),
        };
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            expected << QStringLiteral("./usr/share/icons/hicolor/%1x%1/apps/ru.metodist.Metodist.png").arg(size);
        for (const QString &path : expected)
            QVERIFY2(r.out.contains(QLatin1Char(' ') + path + QLatin1Char('\n')), qPrintable(path + QStringLiteral(" is not in the .deb")));
        // Nothing of the build machine leaks in (tests, benchmarks, the icon tool).
        QVERIFY2(!r.out.contains(QStringLiteral("tst_")) && !r.out.contains(QStringLiteral("bench_"))
                     && !r.out.contains(QStringLiteral("iconrender")),
                 qPrintable(r.out));
    }

    void debControlFields()
    {
        const Run r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Package"), QStringLiteral("Version"),
                                                       QStringLiteral("Architecture"), QStringLiteral("Depends"), QStringLiteral("Recommends")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Package: metodist\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Version: ") + version() + QLatin1Char('\n')), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Architecture: amd64\n")), qPrintable(r.out));
        const QString depends = r.out.section(QStringLiteral("Depends: "), 1).section(QLatin1Char('\n'), 0, 0);
        // Linked (found by dpkg-shlibdeps) and loaded at run time (listed by hand).
        for (const char *package : {"libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6sql6",
                                    "libqt6network6", "libqt6charts6", "libqt6httpserver6", "libqt6printsupport6",
                                    "libsodium23", "libxlsxwriter4", "libqt6keychain1", "libsqlite3-0", "libqt6sql6-sqlite",
                                    "libqt6sql6-psql", "qt6-qpa-plugins"}) {
            QVERIFY2(QRegularExpression(QStringLiteral("(^|, )%1( \\(|,|$)").arg(QRegularExpression::escape(QLatin1String(package))))
                         .match(depends).hasMatch(),
                     qPrintable(QStringLiteral("%1 missing in Depends: %2").arg(QLatin1String(package), depends)));
        }
        QVERIFY2(r.out.contains(QStringLiteral("Recommends: qt6-translations-l10n")), qPrintable(r.out));
    }

    void debMakesTheServerUser()
    {
        // metodist-server.service runs as User=metodist: the postinst creates it.
        const QString control = m_dir.filePath(QStringLiteral("control"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-e"), m_deb, control}).code, 0);
        QFile postinst(control + QStringLiteral("/postinst"));
        QVERIFY(postinst.open(QIODevice::ReadOnly));
        QVERIFY(postinst.permissions() & QFileDevice::ExeOwner);
        QVERIFY(postinst.readAll().contains("useradd --system --user-group"));
        QFile unit(QStringLiteral(METODIST_SOURCE_DIR "/packaging/metodist-server.service"));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QVERIFY(unit.readAll().contains("\nUser=metodist\n"));
    }

    void debProgramsCarryTheTranslation()
    {
        // The Russian .qm is compiled into metodist as the resource :/i18n/metodist_ru.qm;
        // rcc keeps resource names as UTF-16BE.
        const QString root = m_dir.filePath(QStringLiteral("extracted"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, root}).code, 0);
        QFile gui(root + QStringLiteral("/usr/bin/metodist"));
        QVERIFY(gui.open(QIODevice::ReadOnly));
        const QByteArray binary = gui.readAll();
        QByteArray name;
        for (char c : QByteArray("metodist_ru.qm"))
            name.append('\0').append(c);
        QVERIFY2(binary.contains(name), "metodist_ru.qm is not embedded in the packaged metodist");
        // Stripped: no debug sections in what is shipped.
        QVERIFY(!binary.contains(".debug_info"));
        // The packaged CLI runs from the extracted tree against this machine's libraries.
        const Run cli = run(root + QStringLiteral("/usr/bin/metodist-cli"), {QStringLiteral("--version")});
        QCOMPARE(cli.code, 0);
        QCOMPARE(cli.out.trimmed(), QStringLiteral("metodist-cli ") + version());
    }

    void desktopFileValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty())
            QSKIP("desktop-file-validate (desktop-file-utils) is not installed");
        const Run r = run(tool, {QStringLiteral(METODIST_SOURCE_DIR "/packaging/linux/ru.metodist.Metodist.desktop")});
        QVERIFY2(r.code == 0 && r.out.trimmed().isEmpty(), qPrintable(r.out)); // not even hints
    }

    void metainfoValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty())
            QSKIP("appstreamcli (appstream) is not installed");
        const QString file = QStringLiteral(METODIST_SOURCE_DIR "/packaging/linux/ru.metodist.Metodist.metainfo.xml");
        const Run r = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), file});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("W: ")) && !r.out.contains(QStringLiteral("E: ")), qPrintable(r.out));
        // The newest release named in the metadata is the version being built.
        QFile xml(file);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const auto release = QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\"")).match(QString::fromUtf8(xml.readAll()));
        QVERIFY(release.hasMatch());
        QCOMPARE(release.captured(1), version());
    }

    void msiSourcesCompileWithWixl()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("wixl")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("msiinfo")).isEmpty())
            QSKIP("wixl/msiinfo (Debian packages wixl, msitools) are not installed");
        const Run r = run(QStringLiteral("bash"), {QStringLiteral("scripts/package-msi-check.sh"), m_dir.filePath(QStringLiteral("msi"))},
                          QStringLiteral(METODIST_SOURCE_DIR));
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("MSI check passed")), qPrintable(r.out));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("msi/metodist.msi"))).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
