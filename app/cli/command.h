#pragma once
// metodist-cli subcommands register themselves: one file per command defines a
// static CliCommandRegistration. main.cpp only dispatches.
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

struct CliCommand {
    QString name;
    QString usage;   // one line: arguments
    QString summary; // one line: what it does
    std::function<int(const QStringList &args)> run; // args after the command name
};

QList<CliCommand> &cliCommands();

struct CliCommandRegistration {
    explicit CliCommandRegistration(CliCommand command) { cliCommands().append(std::move(command)); }
};

QTextStream &cliOut();
QTextStream &cliErr();
