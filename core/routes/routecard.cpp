#include "routecard.h"

#include "storage/sql.h"

namespace metodist {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString day(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—"); }

QString shortName(const QString &last, const QString &first, const QString &middle)
{
    QString s = last;
    if (!first.isEmpty())
        s += QLatin1Char(' ') + first.left(1) + QLatin1Char('.');
    if (!middle.isEmpty())
        s += QLatin1Char(' ') + middle.left(1) + QLatin1Char('.');
    return s;
}

} // namespace

RouteCardData RouteCard::load(Database &db, const QString &routeId)
{
    RouteCardData card;
    RouteService service(db);
    card.route = service.loadRoute(routeId);
    card.coverage = service.coverage(routeId);
    const QSqlDatabase sdb = db.db();
    QSqlQuery p = sql::exec(sdb, QStringLiteral(
        "SELECT p.last_name, p.first_name, p.middle_name, p.position, o.name, o.address, o.inn, o.phone, o.email, "
        "o.head_name, m.name FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
        "LEFT JOIN municipality m ON m.id = p.municipality_id WHERE p.id = ?"),
        {card.route.personId});
    if (p.next()) {
        card.personName = QStringList{p.value(0).toString(), p.value(1).toString(), p.value(2).toString()}
                              .join(QLatin1Char(' ')).simplified();
        card.position = p.value(3).toString();
        card.organisationName = p.value(4).toString();
        card.organisationAddress = p.value(5).toString();
        card.organisationInn = p.value(6).toString();
        QStringList contacts;
        for (int i : {7, 8})
            if (!p.value(i).toString().isEmpty())
                contacts << p.value(i).toString();
        card.organisationContacts = contacts.join(QStringLiteral(", "));
        card.headName = p.value(9).toString();
        card.municipalityName = p.value(10).toString();
    }
    QStringList people{card.route.tutorPersonId};
    for (const RouteItemRow &item : card.route.items)
        people << item.responsiblePersonId;
    for (const QString &id : people) {
        if (id.isEmpty() || card.personNames.contains(id))
            continue;
        QSqlQuery q = sql::exec(sdb, QStringLiteral("SELECT last_name, first_name, middle_name FROM person WHERE id = ?"), {id});
        if (q.next())
            card.personNames.insert(id, shortName(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    }
    card.tutorName = card.personNames.value(card.route.tutorPersonId);
    if (!card.route.diagnosticId.isEmpty())
        card.diagnosticDate = QDate::fromString(
            sql::scalar(sdb, QStringLiteral("SELECT taken_on FROM diagnostic WHERE id = ?"), {card.route.diagnosticId}).toString(),
            Qt::ISODate);
    QSqlQuery c = sql::exec(sdb, QStringLiteral("SELECT id, name FROM competence"));
    while (c.next())
        card.competenceNames.insert(c.value(0).toString(), c.value(1).toString());
    return card;
}

QString RouteCard::stageTitle(const QString &stage)
{
    if (stage == QLatin1String("pre"))
        return tr("Pre-course stage: self-study materials");
    if (stage == QLatin1String("course"))
        return tr("Course stage: programmes and modules");
    return tr("Post-course stage: practice, events, communities, mentoring");
}

QString RouteCard::kindTitle(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("programme"), QT_TR_NOOP("programme")}, {QStringLiteral("module"), QT_TR_NOOP("module")},
        {QStringLiteral("event"), QT_TR_NOOP("event")}, {QStringLiteral("material"), QT_TR_NOOP("material")},
        {QStringLiteral("mentoring"), QT_TR_NOOP("mentoring")}, {QStringLiteral("community"), QT_TR_NOOP("community")},
        {QStringLiteral("consultation"), QT_TR_NOOP("consultation")}, {QStringLiteral("product"), QT_TR_NOOP("product")}};
    return names.contains(kind) ? tr(names.value(kind)) : kind;
}

QString RouteCard::statusTitle(const QString &status)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("draft"), QT_TR_NOOP("draft")}, {QStringLiteral("agreed"), QT_TR_NOOP("agreed")},
        {QStringLiteral("in_progress"), QT_TR_NOOP("in progress")}, {QStringLiteral("completed"), QT_TR_NOOP("completed")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("cancelled")}, {QStringLiteral("planned"), QT_TR_NOOP("planned")},
        {QStringLiteral("done"), QT_TR_NOOP("done")}};
    return names.contains(status) ? tr(names.value(status)) : status;
}

QString RouteCard::levelTitle(int level)
{
    return level >= 2 ? tr("pronounced") : level == 1 ? tr("partial") : tr("none");
}

QString RouteCard::html(const RouteCardData &card)
{
    const RouteRow &r = card.route;
    QString h;
    h += QStringLiteral("<html><body style=\"font-family: 'DejaVu Serif', serif; font-size: 10pt;\">");
    // Requisites of the organisation.
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 9pt;\">%1").arg(esc(card.municipalityName));
    h += QStringLiteral("<br/><b>%1</b>").arg(esc(card.organisationName));
    QStringList requisites;
    if (!card.organisationAddress.isEmpty())
        requisites << esc(card.organisationAddress);
    if (!card.organisationInn.isEmpty())
        requisites << tr("INN %1").arg(esc(card.organisationInn));
    if (!card.organisationContacts.isEmpty())
        requisites << esc(card.organisationContacts);
    if (!requisites.isEmpty())
        h += QStringLiteral("<br/>") + requisites.join(QStringLiteral("; "));
    h += QStringLiteral("</p><hr/>");

    h += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(tr("Individual educational route"));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    auto line = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    line(tr("Teacher:"), card.position.isEmpty() ? card.personName : card.personName + QStringLiteral(", ") + card.position);
    line(tr("Period:"), QStringLiteral("%1 – %2").arg(day(r.periodStart), day(r.periodEnd)));
    line(tr("Tutor:"), card.tutorName.isEmpty() ? QStringLiteral("—") : card.tutorName);
    line(tr("Based on the diagnostic of:"), day(card.diagnosticDate));
    line(tr("Status:"), statusTitle(r.status) + (r.agreedOn.isValid() ? tr(" (agreed on %1)").arg(day(r.agreedOn)) : QString()));
    h += QStringLiteral("</table>");

    // Deficits and what addresses them.
    h += QStringLiteral("<h3>%1</h3>").arg(tr("Professional deficits"));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                        "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
             .arg(tr("Competence"), tr("Deficit"), tr("Addressed by the route"));
    for (const RouteCoverage::Line &l : card.coverage.lines)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(l.competenceName), levelTitle(l.level),
                      l.covered() ? tr("%n item(s)", nullptr, int(l.itemIds.size())) : QStringLiteral("<b>%1</b>").arg(tr("not covered")));
    h += QStringLiteral("</table>");

    // The three stages.
    int number = 0;
    for (const QString &stage : {QStringLiteral("pre"), QStringLiteral("course"), QStringLiteral("post")}) {
        QList<RouteItemRow> items;
        for (const RouteItemRow &item : r.items)
            if (item.stage == stage)
                items << item;
        h += QStringLiteral("<h3>%1</h3>").arg(esc(stageTitle(stage)));
        if (items.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(tr("No items."));
            continue;
        }
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>No</th><th>%1</th>"
                            "<th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                 .arg(tr("Item"), tr("Kind"), tr("Deficit"), tr("Hours"), tr("Dates"), tr("Responsible"), tr("Status"));
        for (const RouteItemRow &item : items) {
            const QString dates = item.plannedStart.isValid()
                ? (item.plannedEnd.isValid() && item.plannedEnd != item.plannedStart
                       ? QStringLiteral("%1 – %2").arg(day(item.plannedStart), day(item.plannedEnd))
                       : day(item.plannedStart))
                : QStringLiteral("—");
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td align=\"right\">%5</td><td>%6</td>"
                                "<td>%7</td><td>%8</td></tr>")
                     .arg(++number)
                     .arg(esc(item.title), kindTitle(item.kind), esc(card.competenceNames.value(item.competenceId)))
                     .arg(item.hours)
                     .arg(dates, esc(card.personNames.value(item.responsiblePersonId)), statusTitle(item.status));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p><b>%1</b></p>").arg(tr("Total: %1 h").arg(r.hours()));

    // Signatures.
    h += QStringLiteral("<br/><table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">");
    auto sign = [&](const QString &role, const QString &name) {
        h += QStringLiteral("<tr><td width=\"40%\">%1</td><td width=\"30%\">____________________</td><td>/ %2 /</td></tr>")
                 .arg(esc(role), esc(name.isEmpty() ? QStringLiteral("____________") : name));
    };
    sign(tr("Teacher"), card.personName);
    sign(tr("Tutor"), card.tutorName);
    sign(tr("Head of the organisation"), card.headName);
    h += QStringLiteral("</table><p>%1 «____» ____________ 20___</p>").arg(tr("Date:"));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace metodist
