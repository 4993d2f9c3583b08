#include "portfolio.h"

#include "community.h"
#include "journal/certificates.h"
#include "mentoring.h"
#include "registry/person.h"
#include "registry/personnamesql.h"
#include "routes/routecard.h"
#include "storage/rows.h"
#include "storage/sql.h"

namespace metodist::support {

static QDate isoDate(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

PortfolioData Portfolio::load(const Database &db, const QString &personId, const QDate &today)
{
    PortfolioData d;
    const QSqlDatabase c = db.db();
    QSqlQuery p = sql::exec(c, QStringLiteral("SELECT ") + personFullNameSql(QStringLiteral("p")) + QStringLiteral(
        ", p.position, coalesce(o.name, ''), "
        "coalesce(m.name, ''), p.birth_date, p.profession_start_date FROM person p "
        "LEFT JOIN organisation o ON o.id = p.organisation_id LEFT JOIN municipality m ON m.id = p.municipality_id "
        "WHERE p.id = ?"), {personId});
    if (!p.next())
        throw Error(tr("Portfolio: no person %1 in the register.").arg(personId));
    d.personId = personId;
    d.name = p.value(0).toString();
    d.position = p.value(1).toString();
    d.organisation = p.value(2).toString();
    d.municipality = p.value(3).toString();
    d.birthDate = isoDate(p.value(4));
    d.professionStart = isoDate(p.value(5));
    d.young = isYoungTeacher(d.birthDate, d.professionStart, today);

    QSqlQuery q = sql::exec(c, QStringLiteral(
        "SELECT d.id, d.taken_on, i.name, 100.0 * sum(s.score) / nullif(sum(s.max_score), 0), "
        "sum(s.level = 2), sum(s.level = 1) FROM diagnostic d JOIN instrument i ON i.id = d.instrument_id "
        "LEFT JOIN diagnostic_score s ON s.diagnostic_id = d.id AND s.deleted = 0 "
        "WHERE d.person_id = ? AND d.deleted = 0 GROUP BY d.id ORDER BY d.taken_on, d.id"), {personId});
    while (q.next())
        d.diagnostics.append({q.value(0).toString(), isoDate(q.value(1)), q.value(2).toString(), q.value(3).toDouble(), q.value(4).toInt(),
                              q.value(5).toInt()});

    // The tutor is optional: no tutor row gives NULL, shown as ''.
    q = sql::exec(c, QStringLiteral("SELECT r.period_start, r.period_end, r.status, coalesce(") + personFullNameSql(QStringLiteral("t")) + QStringLiteral(
        ", ''), "
        "count(ri.id), coalesce(sum(ri.status = 'done'), 0), coalesce(sum(ri.hours), 0) FROM route r "
        "LEFT JOIN person t ON t.id = r.tutor_person_id "
        "LEFT JOIN route_item ri ON ri.route_id = r.id AND ri.deleted = 0 AND ri.status <> 'cancelled' "
        "WHERE r.person_id = ? AND r.deleted = 0 GROUP BY r.id ORDER BY r.period_start, r.id"), {personId});
    while (q.next())
        d.routes.append({isoDate(q.value(0)), isoDate(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()});

    q = sql::exec(c, QStringLiteral(
        "SELECT c.issued_on, c.doc_kind, c.reg_number, pr.title, coalesce(e.final_title, ''), pr.hours FROM certificate c "
        "JOIN programme pr ON pr.id = c.programme_id LEFT JOIN enrolment e ON e.id = c.enrolment_id "
        "WHERE c.person_id = ? AND c.deleted = 0 ORDER BY c.issued_on, c.id"), {personId});
    while (q.next())
        d.documents.append({isoDate(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toInt()});

    q = sql::exec(c, QStringLiteral("SELECT id, kind, title, url, dated_on FROM portfolio_item WHERE person_id = ? AND deleted = 0 "
                                    "ORDER BY dated_on DESC, id"), {personId});
    while (q.next())
        d.items.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), isoDate(q.value(4))});

    q = sql::exec(c, QStringLiteral(
        "SELECT CASE WHEN mp.mentor_person_id = ? THEN 'mentor' ELSE 'mentee' END, ") + personFullNameSql(QStringLiteral("o")) + QStringLiteral(
        ", '', mp.starts_on, mp.ends_on, mp.status "
        "FROM mentoring_pair mp JOIN person o ON o.id = CASE WHEN mp.mentor_person_id = ? THEN mp.mentee_person_id ELSE mp.mentor_person_id END "
        "WHERE (mp.mentor_person_id = ? OR mp.mentee_person_id = ?) AND mp.deleted = 0 "
        "UNION ALL SELECT 'community', c.name, cm.role, cm.joined_on, NULL, '' FROM community_member cm "
        "JOIN community c ON c.id = cm.community_id WHERE cm.person_id = ? AND cm.deleted = 0 AND c.deleted = 0 "
        "ORDER BY 4, 2"), {personId, personId, personId, personId, personId});
    while (q.next())
        d.support.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), isoDate(q.value(3)),
                          isoDate(q.value(4)), q.value(5).toString()});
    return d;
}

QList<QPair<QString, QString>> Portfolio::itemKinds()
{
    return {{QStringLiteral("product"), tr("Product")},
            {QStringLiteral("competition"), tr("Competition")},
            {QStringLiteral("publication"), tr("Publication")},
            {QStringLiteral("other"), tr("Other")}};
}

QString Portfolio::itemKindTitle(const QString &kind)
{
    for (const auto &k : itemKinds())
        if (k.first == kind)
            return k.second;
    return kind;
}

QString Portfolio::addItem(const Database &db, const QString &personId, const QString &kind, const QString &title,
                           const QDate &datedOn, const QString &url)
{
    if (title.trimmed().isEmpty())
        throw Error(tr("Portfolio item: the title is required."));
    if (itemKindTitle(kind) == kind)
        throw Error(tr("Portfolio item: unknown kind \"%1\".").arg(kind));
    const QVariant muni = sql::scalar(db.db(), QStringLiteral("SELECT municipality_id FROM person WHERE id = ? AND deleted = 0"), {personId});
    if (!muni.isValid())
        throw Error(tr("Portfolio: no person %1 in the register.").arg(personId));
    return Rows::insert(db, QStringLiteral("portfolio_item"),
                        {{QStringLiteral("municipality_id"), muni},
                         {QStringLiteral("person_id"), personId},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("title"), title.trimmed()},
                         {QStringLiteral("dated_on"), datedOn.isValid() ? QVariant(datedOn.toString(Qt::ISODate)) : QVariant()},
                         {QStringLiteral("url"), url.trimmed()}});
}

void Portfolio::removeItem(const Database &db, const QString &itemId)
{
    Rows::setDeleted(db, QStringLiteral("portfolio_item"), itemId, true);
}

static QString esc(const QString &s) { return s.toHtmlEscaped(); }
static QString ru(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString(); }

static QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(empty));
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &header : headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(header));
    h += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        h += QStringLiteral("<tr>");
        for (const QString &cell : row)
            h += QStringLiteral("<td>%1</td>").arg(esc(cell));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString Portfolio::html(const PortfolioData &d, const QDate &today)
{
    QString h = QStringLiteral("<html><body style=\"font-family: 'DejaVu Serif', serif; font-size: 10pt;\">");
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 9pt;\">%1<br/><b>%2</b></p><hr/>").arg(esc(d.municipality), esc(d.organisation));
    h += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(tr("Digital portfolio of a teacher")));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Name"), d.name);
    row(tr("Position"), d.position);
    row(tr("Organisation"), d.organisation);
    row(tr("Date of birth"), ru(d.birthDate));
    row(tr("In the profession since"), ru(d.professionStart));
    if (d.young)
        row(QString(), tr("Young teacher: under 35 and in the first three years of the profession"));
    h += QStringLiteral("</table>");

    QList<QStringList> rows;
    for (const PortfolioDiagnostic &x : d.diagnostics)
        rows << QStringList{ru(x.takenOn), x.instrument, QString::number(x.percent, 'f', 0) + QStringLiteral(" %"),
                            QString::number(x.pronounced), QString::number(x.partial)};
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Diagnostics of professional deficits")));
    h += table({tr("Date"), tr("Instrument"), tr("Result"), tr("Pronounced deficits"), tr("Partial deficits")}, rows, tr("No diagnostics."));

    rows.clear();
    for (const PortfolioRoute &x : d.routes)
        rows << QStringList{ru(x.periodStart) + QStringLiteral(" – ") + ru(x.periodEnd), RouteCard::statusTitle(x.status), x.tutor,
                            tr("%1 of %2").arg(x.done).arg(x.items), QString::number(x.hours)};
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Individual educational routes")));
    h += table({tr("Period"), tr("Status"), tr("Tutor"), tr("Items done"), tr("Hours")}, rows, tr("No routes."));

    rows.clear();
    for (const PortfolioDocument &x : d.documents)
        rows << QStringList{ru(x.issuedOn), journal::CertificateService::docKindTitle(x.docKind), x.regNumber,
                            x.finalTitle.isEmpty() ? x.programme : tr("%1. Final work: %2").arg(x.programme, x.finalTitle),
                            QString::number(x.hours)};
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Further professional education: documents")));
    h += table({tr("Issued"), tr("Document"), tr("Reg. number"), tr("Programme"), tr("Hours")}, rows,
               tr("No documents."));

    rows.clear();
    for (const PortfolioItem &x : d.items)
        rows << QStringList{ru(x.datedOn), itemKindTitle(x.kind), x.title, x.url};
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Products, competitions and publications")));
    h += table({tr("Date"), tr("Kind"), tr("Title"), tr("Link")}, rows, tr("No items."));

    rows.clear();
    for (const PortfolioSupport &x : d.support) {
        const QString what = x.kind == QLatin1String("mentor") ? tr("Mentor of %1").arg(x.title)
                           : x.kind == QLatin1String("mentee") ? tr("Mentored by %1").arg(x.title)
                           : tr("%1 (%2)").arg(x.title, RegistryTypes::label(CommunityService::roles(), x.role));
        const QString status = x.kind == QLatin1String("community") ? QString() : MentoringService::statusTitle(x.status);
        rows << QStringList{what, ru(x.from), ru(x.to), status};
    }
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Mentoring and professional communities")));
    h += table({tr("Participation"), tr("From"), tr("To"), tr("Status")}, rows, tr("No participation."));

    h += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>").arg(esc(tr("Made %1").arg(ru(today))));
    return h + QStringLiteral("</body></html>");
}

} // namespace metodist::support
