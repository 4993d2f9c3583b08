#pragma once
// A small profile for the routes tests: one municipality and school, competences A-E,
// a catalogue whose optimal routes are worked out by hand in the tests, and three people
// (Ivanova with deficits A B C E, Petrov with C, Sidorova without a diagnostic).
#include "storage/database.h"

#include <QHash>
#include <QString>

namespace metodist::testing {

struct RoutesFixture {
    explicit RoutesFixture(Database &db);

    QString competence(const QString &code);
    QString person(const QString &last, const QString &first = QStringLiteral("Anna"));
    void diagnostic(const QString &personId, const QString &date, const QList<QPair<QString, int>> &levels);
    void link(const QString &kind, const QString &itemId, const QStringList &codes);

    Database &db;
    QString municipality, org, area, instrument;
    QHash<QString, QString> competences;
    // P1{A,B} 36 h blended with module m1{A} 16 h; P2{A,B,C} 72 h full-time;
    // event ev{C} 8 h on 2026-11-10; material mat{B} 4 h.
    QString p1, p2, m1, event, material;
    QString ivanova, petrov, sidorova;
};

} // namespace metodist::testing
