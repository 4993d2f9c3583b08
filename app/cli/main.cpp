// metodist-cli: batch work, benchmarks and tests drive the same core services as the GUI.
#include "command.h"
#include "storage/errors.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("metodist"));
    QCoreApplication::setOrganizationName(QStringLiteral("Metodist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METODIST_VERSION));
    QStringList args = app.arguments().mid(1);
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
