#include "sections.h"

#include "admin/adminpage.h"
#include "catalogue/cataloguepage.h"
#include "diagnostics/diagnosticspage.h"
#include "groups/groupspage.h"
#include "journal/journalpage.h"
#include "monitoring/monitoringpage.h"
#include "registry/registrypage.h"
#include "routes/routespage.h"
#include "sectionoverviewpage.h"
#include "support/supportpage.h"
#include "sync/syncpage.h"

#include <QCoreApplication>

namespace metodist::ui {

namespace {
struct Sections {
    Q_DECLARE_TR_FUNCTIONS(Sections)
};
} // namespace

// A section without its own screens yet: an overview of its tables.
[[maybe_unused]] static std::function<SectionPage *(AppContext &, QWidget *)> overview(QString title, QString hint,
                                                                     QList<QPair<QString, QString>> tables)
{
    return [=](AppContext &context, QWidget *parent) -> SectionPage * {
        return new SectionOverviewPage(context, title, hint, tables, parent);
    };
}

QList<SectionInfo> sectionInfos()
{
    QList<SectionInfo> list;
    list.append({QStringLiteral("registry"), Sections::tr("Register"), Sections::tr("Municipalities, organisations and staff"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new RegistryPage(c, p); }});
    list.append({QStringLiteral("diagnostics"), Sections::tr("Diagnostics"), Sections::tr("Professional deficits: intake and profiles"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new DiagnosticsPage(c, p); }});
    list.append({QStringLiteral("catalogue"), Sections::tr("Catalogue"), Sections::tr("Programmes, events, materials and applications"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new CataloguePage(c, p); }});
    list.append({QStringLiteral("routes"), Sections::tr("Routes"), Sections::tr("Individual educational routes (IOM)"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new RoutesPage(c, p); }});
    list.append({QStringLiteral("groups"), Sections::tr("Groups and schedule"), Sections::tr("Groups, workshops, sessions and their load"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new GroupsPage(c, p); }});
    list.append({QStringLiteral("journal"), Sections::tr("Journals"), Sections::tr("Attendance, grades, completion and certificates"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new JournalPage(c, p); }});
    list.append({QStringLiteral("monitoring"), Sections::tr("Monitoring"), Sections::tr("Indicators, dashboards and reports"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new MonitoringPage(c, p); }});
    list.append({QStringLiteral("support"), Sections::tr("Support"), Sections::tr("Mentoring, young teachers, the methodical active, surveys"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new SupportPage(c, p); }});
    list.append({QStringLiteral("sync"), Sections::tr("Synchronisation"), Sections::tr("Exchange with the central server"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new SyncPage(c, p); }});
    list.append({QStringLiteral("admin"), Sections::tr("Administration"), Sections::tr("Users, reference books and the audit log"),
                 [](AppContext &c, QWidget *p) -> SectionPage * { return new AdminPage(c, p); }});
    return list;
}

} // namespace metodist::ui
