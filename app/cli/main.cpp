// metodist-cli: batch work, benchmarks and tests drive the same core services as the GUI.
#include "command.h"
#include "storage/errors.h"

#include <QCoreApplication>
#include <QApplication>
#include <algorithm>
#include <cstdio>
#include <memory>

QList<CliCommand> &cliCommands()
{
    static QList<CliCommand> commands;
    return commands;
}

QTextStream &cliOut()
{
    static QTextStream out(stdout);
    return out;
}

QTextStream &cliErr()
{
    static QTextStream err(stderr);
    return err;
}

static void printUsage()
{
    auto commands = cliCommands();
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    cliOut() << "Usage: metodist-cli COMMAND [ARGS]\n\nCommands:\n";
    for (const auto &c : commands)
        cliOut() << "  " << c.name << ' ' << c.usage << "\n      " << c.summary << '\n';
    cliOut().flush();
}

// Commands that render (PDF, charts) get a QApplication when asked for a PDF (Qt Charts
// draws through widgets' styles); everything else stays headless.
static bool needsGui(int argc, char **argv)
{
    static const QList<QByteArray> guiCommands{"route", "report"};
    if (argc < 2 || !guiCommands.contains(QByteArray(argv[1])))
        return false;
    if (QByteArray(argv[1]) == "report")
        return true;
    for (int i = 2; i < argc; ++i)
        if (QByteArray(argv[i]) == "--pdf")
            return true;
    return false;
}

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        // A server or CI has no display: render offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("metodist"));
    QCoreApplication::setOrganizationName(QStringLiteral("Metodist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METODIST_VERSION));
    QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("--version")) {
        cliOut() << "metodist-cli " << QCoreApplication::applicationVersion() << '\n';
        cliOut().flush();
        return 0;
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    const QString name = args.takeFirst();
    for (const auto &command : cliCommands()) {
        if (command.name != name)
            continue;
        try {
            const int rc = command.run(args);
            cliOut().flush();
            cliErr().flush();
            return rc;
        } catch (const metodist::Error &e) {
            cliOut().flush();
            cliErr() << "error: " << e.message() << '\n';
            cliErr().flush();
            return 1;
        }
    }
    cliErr() << "Unknown command: " << name << "\n";
    cliErr().flush();
    printUsage();
    return 2;
}
