#include "routesfixture.h"

#include "diagnostics/scoresjson.h"

#include "registry/person.h"
#include "storage/rows.h"

namespace metodist::testing {

namespace {

QVariantMap row(std::initializer_list<std::pair<const char *, QVariant>> fields)
{
    QVariantMap m;
    for (const auto &[k, v] : fields)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

} // namespace

QString RoutesFixture::competence(const QString &code)
{
    if (!competences.contains(code))
        competences.insert(code, Rows::insert(db, QStringLiteral("competence"),
                                              row({{"area_id", area}, {"code", code}, {"name", QStringLiteral("Competence ") + code},
                                                   {"sort_order", int(competences.size())}})));
    return competences.value(code);
}

QString RoutesFixture::person(const QString &last, const QString &first)
{
    return Rows::insert(db, QStringLiteral("person"),
                        row({{"organisation_id", org}, {"municipality_id", municipality}, {"last_name", last},
                             {"first_name", first}, {"position", QStringLiteral("teacher")},
                             {"search_key", personSearchKey(last, first, {}, {})},
                             {"sort_name", personSortName(last, first, {})}}));
}

void RoutesFixture::diagnostic(const QString &personId, const QString &date, const QList<QPair<QString, int>> &levels)
{
    QList<CodedScore> scores;
    for (const auto &[code, level] : levels) {
        competence(code); // creates it when missing
        scores.append({code, double(10 - 4 * level), 10, level});
    }
    Rows::insert(db, QStringLiteral("diagnostic"),
                 row({{"person_id", personId}, {"instrument_id", instrument}, {"taken_on", date},
                      {"source", QStringLiteral("manual")}, {"municipality_id", municipality},
                      {"scores", encodeScores(scores)}}));
}

void RoutesFixture::link(const QString &kind, const QString &itemId, const QStringList &codes)
{
    for (const QString &code : codes)
        Rows::insert(db, QStringLiteral("catalogue_competence"),
                     row({{"item_kind", kind}, {"item_id", itemId}, {"competence_id", competence(code)}}));
}

RoutesFixture::RoutesFixture(Database &database) : db(database)
{
    municipality = Rows::insert(db, QStringLiteral("municipality"), row({{"name", QStringLiteral("Town")}}));
    org = Rows::insert(db, QStringLiteral("organisation"),
                       row({{"name", QStringLiteral("School 1")}, {"kind", QStringLiteral("school")},
                            {"municipality_id", municipality}, {"address", QStringLiteral("1 Lenin St")},
                            {"inn", QStringLiteral("2700000001")}, {"head_name", QStringLiteral("Orlova O. O.")}}));
    area = Rows::insert(db, QStringLiteral("competence_area"), row({{"code", QStringLiteral("M")}, {"name", QStringLiteral("Methodical")}}));
    instrument = Rows::insert(db, QStringLiteral("instrument"),
                              row({{"name", QStringLiteral("Regional test")}, {"kind", QStringLiteral("regional")}}));
    for (const char *code : {"A", "B", "C", "D", "E"})
        competence(QString::fromLatin1(code));

    p1 = Rows::insert(db, QStringLiteral("programme"),
                      row({{"title", QStringLiteral("Formative assessment")}, {"kind", QStringLiteral("PK")}, {"hours", 36},
                           {"form", QStringLiteral("blended")}}));
    p2 = Rows::insert(db, QStringLiteral("programme"),
                      row({{"title", QStringLiteral("Modern lesson")}, {"kind", QStringLiteral("PK")}, {"hours", 72},
                           {"form", QStringLiteral("full_time")}}));
    m1 = Rows::insert(db, QStringLiteral("programme_module"),
                      row({{"programme_id", p1}, {"title", QStringLiteral("Assessment criteria")}, {"hours", 16}}));
    event = Rows::insert(db, QStringLiteral("event"),
                         row({{"kind", QStringLiteral("seminar")}, {"title", QStringLiteral("Seminar on feedback")},
                              {"starts_on", QStringLiteral("2026-11-10")}, {"ends_on", QStringLiteral("2026-11-10")},
                              {"hours", 8}, {"form", QStringLiteral("full_time")}}));
    material = Rows::insert(db, QStringLiteral("material"), row({{"title", QStringLiteral("Reader")}, {"hours", 4}}));
    link(QStringLiteral("programme"), p1, {QStringLiteral("A"), QStringLiteral("B")});
    link(QStringLiteral("programme"), p2, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    link(QStringLiteral("module"), m1, {QStringLiteral("A")});
    link(QStringLiteral("event"), event, {QStringLiteral("C")});
    link(QStringLiteral("material"), material, {QStringLiteral("B")});

    ivanova = person(QStringLiteral("Ivanova"));
    petrov = person(QStringLiteral("Petrov"), QStringLiteral("Pavel"));
    sidorova = person(QStringLiteral("Sidorova")); // no diagnostic
    // An older diagnostic with D must not count: only the latest one does.
    diagnostic(ivanova, QStringLiteral("2025-03-01"), {{QStringLiteral("D"), 2}});
    diagnostic(ivanova, QStringLiteral("2026-05-20"),
               {{QStringLiteral("A"), 2}, {QStringLiteral("B"), 1}, {QStringLiteral("C"), 1}, {QStringLiteral("D"), 0},
                {QStringLiteral("E"), 2}});
    diagnostic(petrov, QStringLiteral("2026-04-01"), {{QStringLiteral("C"), 1}});
}

} // namespace metodist::testing
