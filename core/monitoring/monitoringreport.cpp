#include "monitoringreport.h"

#include "storage/errors.h"
#include "storage/sql.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace metodist::monitoring {

namespace {

// One decimal, and no "-0.0" for a change that rounds to nothing.
QString pct(double v) { return QString::number(std::abs(v) < 0.05 ? 0.0 : v, 'f', 1); }
QString esc(const QString &s) { return s.toHtmlEscaped(); }

// `wide`: the column of long names that gets the room (-1: none).
QString tableHtml(const TextTable &t, int wide = -1)
{
    QString html = QStringLiteral("<table width='100%' cellspacing='0'><tr>");
    for (int c = 0; c < t.headers.size(); ++c)
        html += (c == wide ? QStringLiteral("<th width='32%'>%1</th>") : QStringLiteral("<th>%1</th>")).arg(esc(t.headers[c]));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// A picture place for a chart; the renderer adds the image under the same name and
// chooses its height (the page keeps its aspect ratio).
QString chartHtml(const ChartSpec &spec)
{
    return QStringLiteral("<p align='center'><img src='%1' width='520'></p>").arg(spec.resource);
}

QString placeName(const Database &db, const QString &municipalityId)
{
    if (municipalityId.isEmpty())
        return MonitoringReport::tr("The region");
    const QString name = sql::scalar(db.db(), QStringLiteral("SELECT name FROM municipality WHERE id = ? AND deleted = 0"),
                                     {municipalityId}).toString();
    if (name.isEmpty())
        throw Error(MonitoringReport::tr("No municipality with id %1").arg(municipalityId));
    return name;
}

QString status(const IndicatorValue &v)
{
    if (!v.target)
        return MonitoringReport::tr("no target");
    return v.value + 1e-9 >= *v.target ? MonitoringReport::tr("achieved") : MonitoringReport::tr("not achieved");
}

TextTable indicatorTable(const QList<IndicatorValue> &now, const QList<IndicatorValue> &before, int year)
{
    TextTable t;
    t.title = MonitoringReport::tr("Indicators %1").arg(year);
    t.headers = {MonitoringReport::tr("No."), MonitoringReport::tr("Indicator"), MonitoringReport::tr("Numerator"),
                 MonitoringReport::tr("Denominator"), MonitoringReport::tr("Value, %"), MonitoringReport::tr("Target, %"),
                 MonitoringReport::tr("Status"), MonitoringReport::tr("Change, p.p.")};
    for (int i = 0; i < now.size(); ++i) {
        const auto &v = now[i];
        const QString change = i < before.size() ? pct(v.value - before[i].value) : QString();
        t.rows.append({QString::number(i + 1), v.title, QString::number(v.numerator), QString::number(v.denominator),
                       pct(v.value), v.target ? pct(*v.target) : QString(), status(v), change});
    }
    return t;
}

QString header(const QString &title, const QString &subtitle)
{
    return QStringLiteral("<h1>%1</h1><p>%2</p><p class='muted'>%3</p>")
        .arg(esc(title), esc(subtitle),
             esc(MonitoringReport::tr("Made %1 by Metodist").arg(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")))));
}

ReportDocument ministry(const Database &db, const ReportRequest &r, const Progress &progress)
{
    const QString place = placeName(db, r.municipalityId);
    DashboardFilter filter{r.year - std::max(1, r.trendYears) + 1, r.year, r.municipalityId, {}};
    const DashboardSnapshot s = DashboardData::snapshot(db, filter, [&](int p) { return !progress || progress(p * 9 / 10); });
    const QList<IndicatorValue> before = s.trend.isEmpty() || s.trend[0].size() < 2 ? QList<IndicatorValue>{} : [&] {
        QList<IndicatorValue> out;
        for (const auto &line : s.trend)
            out << line[line.size() - 2];
        return out;
    }();

    ReportDocument doc;
    doc.title = MonitoringReport::tr("Monitoring report on teachers' professional development, %1").arg(r.year);
    const ChartSpec values = ChartSpecs::valuesAgainstTargets(s.current);
    const ChartSpec trend = ChartSpecs::trend(s);
    const ChartSpec deficits = ChartSpecs::deficits(s.deficits);
    doc.charts = {values, trend, deficits};
    const TextTable table = indicatorTable(s.current, before, r.year);

    // The title page; the first section starts a new page.
    QString html = QStringLiteral("<p align='center' style='font-size: 12pt; margin-top: 200px'>%1</p>"
                                  "<h1 align='center' style='font-size: 20pt; margin-top: 80px'>%2</h1>"
                                  "<p align='center' style='font-size: 14pt'>%3</p>"
                                  "<p align='center' style='margin-top: 300px'>%4</p>")
                       .arg(esc(MonitoringReport::tr("To the regional ministry of education")),
                            esc(MonitoringReport::tr("Monitoring of teachers' continuous professional development")),
                            esc(MonitoringReport::tr("%1, the year %2").arg(place).arg(r.year)),
                            esc(MonitoringReport::tr("Made %1 by Metodist").arg(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")))));
    html += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(esc(MonitoringReport::tr("1. Indicators against targets")));
    html += tableHtml(table, 1) + chartHtml(values);
    html += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(esc(MonitoringReport::tr("2. Trends %1-%2").arg(filter.fromYear).arg(filter.toYear)));
    html += chartHtml(trend);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(MonitoringReport::tr("3. The indicators in words")));
    for (int i = 0; i < s.current.size(); ++i)
        html += QStringLiteral("<h3>%1. %2</h3><p>%3</p>")
                    .arg(i + 1)
                    .arg(esc(s.current[i].title), esc(MonitoringReport::indicatorText(s.current[i], i < before.size() ? &before[i] : nullptr)));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(MonitoringReport::tr("4. Professional deficits by competence area")));
    TextTable areas;
    areas.title = MonitoringReport::tr("Deficits by area");
    areas.headers = {MonitoringReport::tr("Competence area"), MonitoringReport::tr("Pronounced deficit"),
                     MonitoringReport::tr("Partial deficit"), MonitoringReport::tr("No deficit")};
    for (const auto &a : s.deficits)
        areas.rows.append({a.name, QString::number(a.pronounced), QString::number(a.partial), QString::number(a.none)});
    html += chartHtml(deficits) + tableHtml(areas, 0);

    TextTable trendTable;
    trendTable.title = MonitoringReport::tr("Trends");
    trendTable.headers = {MonitoringReport::tr("Indicator")};
    for (int y = filter.fromYear; y <= filter.toYear; ++y)
        trendTable.headers << QString::number(y);
    for (int i = 0; i < s.trend.size(); ++i) {
        QStringList row{s.current[i].title};
        for (const auto &v : s.trend[i])
            row << pct(v.value);
        trendTable.rows << row;
    }
    doc.tables = {table, trendTable, areas};
    doc.html = html;
    if (progress && !progress(100))
        throw Cancelled{};
    return doc;
}

ReportDocument municipalities(const Database &db, const ReportRequest &r, const Progress &progress)
{
    ReportDocument doc;
    doc.landscape = true; // a column per indicator
    const Scope region{QDate(r.year, 1, 1), QDate(r.year, 12, 31), Level::Region, {}};
    QList<QPair<QString, QString>> munis;
    if (!r.municipalityId.isEmpty()) {
        munis.append({r.municipalityId, placeName(db, r.municipalityId)});
    } else {
        auto q = sql::exec(db.db(), QStringLiteral("SELECT id, name FROM municipality WHERE deleted = 0 ORDER BY name"));
        while (q.next())
            munis.append({q.value(0).toString(), q.value(1).toString()});
    }
    doc.title = MonitoringReport::tr("Municipal summary of the monitoring, %1").arg(r.year);
    const auto &defs = Indicators::definitions();
    const QList<IndicatorValue> regional = Indicators::computeAll(db, region);
    QList<QList<UnitValue>> perIndicator(defs.size());
    TextTable overview;
    overview.title = MonitoringReport::tr("Municipalities %1").arg(r.year);
    overview.headers = {MonitoringReport::tr("Municipality")};
    for (int i = 0; i < defs.size(); ++i)
        overview.headers << QStringLiteral("%1. %2, %").arg(i + 1).arg(defs[i].title);
    QString sections;
    for (int m = 0; m < munis.size(); ++m) {
        const Scope scope{region.from, region.to, Level::Municipality, munis[m].first};
        const QList<IndicatorValue> values = Indicators::computeAll(db, scope);
        QStringList row{munis[m].second};
        TextTable t;
        t.headers = {MonitoringReport::tr("No."), MonitoringReport::tr("Indicator"), MonitoringReport::tr("Numerator / denominator"),
                     MonitoringReport::tr("Value, %"), MonitoringReport::tr("Target, %"), MonitoringReport::tr("Region, %")};
        for (int i = 0; i < values.size(); ++i) {
            const auto &v = values[i];
            row << pct(v.value);
            perIndicator[i].append({munis[m].first, munis[m].second, v});
            t.rows.append({QString::number(i + 1), v.title, QStringLiteral("%1 / %2").arg(v.numerator).arg(v.denominator),
                           pct(v.value), v.target ? pct(*v.target) : QString(), pct(regional.value(i).value)});
        }
        overview.rows << row;
        sections += QStringLiteral("<h2>%1</h2>").arg(esc(munis[m].second)) + tableHtml(t, 1);
        if (munis.size() == 1) {
            ChartSpec chart = ChartSpecs::valuesAgainstTargets(values);
            doc.charts << chart;
            sections += chartHtml(chart);
        }
        if (progress && !progress(100 * (m + 1) / int(munis.size())))
            throw Cancelled{};
    }
    QString html = header(doc.title, munis.size() == 1 ? munis[0].second : MonitoringReport::tr("All municipalities of the region"));
    if (munis.size() > 1) {
        // The municipalities side by side, one ranking per indicator.
        html += tableHtml(overview);
        for (int i = 0; i < defs.size(); ++i) {
            auto units = perIndicator[i];
            units.erase(std::remove_if(units.begin(), units.end(), [](const UnitValue &u) { return u.value.denominator == 0; }),
                        units.end());
            std::stable_sort(units.begin(), units.end(), [](const UnitValue &a, const UnitValue &b) { return a.value.value > b.value.value; });
            ChartSpec chart = ChartSpecs::ranking(QStringLiteral("%1. %2").arg(i + 1).arg(defs[i].title), units);
            chart.resource = QStringLiteral("chart-ranking-%1.png").arg(i + 1);
            doc.charts << chart;
            html += chartHtml(chart);
        }
    }
    doc.html = html + sections;
    doc.tables = {overview};
    return doc;
}

ReportDocument deficitsByOrganisation(const Database &db, const ReportRequest &r, const Progress &progress)
{
    ReportDocument doc;
    doc.landscape = true;
    const QString place = placeName(db, r.municipalityId);
    const Scope scope{QDate(r.year, 1, 1), QDate(r.year, 12, 31), r.municipalityId.isEmpty() ? Level::Region : Level::Municipality,
                      r.municipalityId};
    doc.title = MonitoringReport::tr("Professional deficits by organisation, %1").arg(r.year);
    const auto orgs = DashboardData::deficitsByOrganisation(db, scope);
    if (progress && !progress(60))
        throw Cancelled{};
    const ChartSpec chart = ChartSpecs::deficits(DashboardData::deficits(db, scope));
    doc.charts = {chart};
    TextTable t;
    t.title = MonitoringReport::tr("Deficits by organisation");
    t.headers = {MonitoringReport::tr("Municipality"), MonitoringReport::tr("Organisation"), MonitoringReport::tr("Staff"),
                 MonitoringReport::tr("Diagnosed"), MonitoringReport::tr("Pronounced deficit"), MonitoringReport::tr("Pronounced, %"),
                 MonitoringReport::tr("Partial deficit"), MonitoringReport::tr("Areas with most pronounced deficits")};
    for (const auto &o : orgs)
        t.rows.append({o.municipality, o.name, QString::number(o.staff), QString::number(o.diagnosed), QString::number(o.pronounced),
                       o.diagnosed > 0 ? pct(100.0 * double(o.pronounced) / double(o.diagnosed)) : QString(),
                       QString::number(o.partial), o.topAreas.join(QStringLiteral("; "))});
    doc.html = header(doc.title, place) + chartHtml(chart) + tableHtml(t, 1);
    doc.tables = {t};
    if (progress && !progress(100))
        throw Cancelled{};
    return doc;
}

} // namespace

bool MonitoringReport::parseKind(const QString &text, ReportKind *kind)
{
    static const QList<QPair<QString, ReportKind>> kinds = {{QStringLiteral("ministry"), ReportKind::Ministry},
                                                            {QStringLiteral("municipality"), ReportKind::Municipality},
                                                            {QStringLiteral("deficits"), ReportKind::Deficits}};
    for (const auto &k : kinds)
        if (k.first == text) {
            *kind = k.second;
            return true;
        }
    return false;
}

QString MonitoringReport::kindTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Municipality: return tr("Municipal summary");
    case ReportKind::Deficits: return tr("Deficits by organisation");
    case ReportKind::Ministry: break;
    }
    return tr("Report for the ministry");
}

ReportDocument MonitoringReport::build(const Database &db, const ReportRequest &request, const Progress &progress)
{
    if (request.year < 2000 || request.year > 2100)
        throw Error(tr("Report year %1 is outside 2000-2100").arg(request.year));
    switch (request.kind) {
    case ReportKind::Municipality: return municipalities(db, request, progress);
    case ReportKind::Deficits: return deficitsByOrganisation(db, request, progress);
    case ReportKind::Ministry: break;
    }
    return ministry(db, request, progress);
}

QString MonitoringReport::indicatorText(const IndicatorValue &now, const IndicatorValue *before)
{
    if (now.denominator == 0)
        return tr("Nothing to count this year: the denominator is empty.");
    QString text = tr("%1 of %2, that is %3%.").arg(now.numerator).arg(now.denominator).arg(pct(now.value));
    if (now.target) {
        const double gap = now.value - *now.target;
        text += QLatin1Char(' ')
                + (gap >= -1e-9 ? tr("The target of %1% is achieved (%2 p.p. above).").arg(pct(*now.target), pct(gap))
                                : tr("The target of %1% is not achieved: %2 p.p. short.").arg(pct(*now.target), pct(-gap)));
    } else {
        text += QLatin1Char(' ') + tr("No target is set for the year.");
    }
    if (before && before->denominator > 0) {
        const double change = now.value - before->value;
        text += QLatin1Char(' ')
                + (std::abs(change) < 0.05 ? tr("Unchanged against the year before.")
                   : change > 0            ? tr("Up %1 p.p. on the year before.").arg(pct(change))
                                           : tr("Down %1 p.p. on the year before.").arg(pct(-change)));
    }
    return text;
}

} // namespace metodist::monitoring
