// metodist-cli applications: submit, move and list applications (заявки) to programmes and events.
#include "args.h"
#include "catalogue/applicationservice.h"
#include "command.h"
#include "storage/database.h"

static CliCommandRegistration applicationsCommand({
    QStringLiteral("applications"),
    QStringLiteral("pending --profile DB [--municipality ID] | submit --profile DB (--person ID | --organisation ID --people ID,ID,...) "
                   "--programme ID|--event ID | status --profile DB --application ID --to STATUS [--comment TEXT]"),
    QStringLiteral("List pending applications, submit an individual or mass one, or move one through its statuses."),
    [](const QStringList &argList) {
        CliArgs args(argList);
        const QString action = args.positional().value(0);
        const QString profile = args.value(QStringLiteral("profile"));
        if (profile.isEmpty() || !QStringList{QStringLiteral("pending"), QStringLiteral("submit"), QStringLiteral("status")}.contains(action)) {
            cliErr() << "usage: metodist-cli applications pending|submit|status --profile DB ...\n";
            return 2;
        }
        auto db = metodist::Database::open(profile, metodist::Database::Mode::ExistingOnly);
        metodist::ApplicationService service(*db);
        if (action == QLatin1String("pending")) {
            const auto list = service.pending(args.value(QStringLiteral("municipality")), 100000);
            for (const auto &p : list)
                cliOut() << p.submittedOn.toString(Qt::ISODate) << '\t' << p.status << '\t' << p.kind << '\t' << p.people << '\t'
                         << p.targetKind << '\t' << p.targetTitle << '\t' << p.organisationName << '\t' << p.id << '\n';
            cliOut() << list.size() << " pending\n";
            return 0;
        }
        if (action == QLatin1String("status")) {
            const QString id = args.value(QStringLiteral("application"));
            service.setStatus(id, args.value(QStringLiteral("to")), args.value(QStringLiteral("comment")));
            cliOut() << id << ": " << service.load(id).status << '\n';
            return 0;
        }
        const QString targetKind = args.value(QStringLiteral("programme")).isEmpty() ? QStringLiteral("event") : QStringLiteral("programme");
        const QString target = args.value(targetKind);
        if (target.isEmpty()) {
            cliErr() << "applications submit: --programme ID or --event ID is required\n";
            return 2;
        }
        const QString id = args.value(QStringLiteral("person")).isEmpty()
            ? service.submitMass(args.value(QStringLiteral("organisation")), targetKind, target,
                                 args.value(QStringLiteral("people")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            : service.submitIndividual(args.value(QStringLiteral("person")), targetKind, target);
        cliOut() << "submitted " << id << '\n';
        return 0;
    }});
