#pragma once
// A person's digital portfolio: diagnostics history, routes, documents of completed
// programmes, products, competitions and publications, mentoring and communities —
// loaded in one go for the card tab, and its printable HTML (A4, Russian in the GUI).
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace metodist::support {

struct PortfolioDiagnostic {
    QString id;
    QDate takenOn;
    QString instrument;
    double percent = 0; // sum of scores / sum of maxima, 0..100
    int pronounced = 0; // competences with a pronounced deficit
    int partial = 0;
};

struct PortfolioRoute {
    QDate periodStart, periodEnd;
    QString status;
    QString tutor;
    int items = 0, done = 0, hours = 0;
};

struct PortfolioDocument {
    QDate issuedOn;
    QString docKind, regNumber, programme, finalTitle;
    int hours = 0;
};

struct PortfolioItem {
    QString id, kind, title, url;
    QDate datedOn;
};

struct PortfolioSupport {
    QString kind; // mentor, mentee, community
    QString title; // the other person or the community
    QString role;  // community role code; empty for mentoring
    QDate from, to;
    QString status;
};

struct PortfolioData {
    QString personId, name, position, organisation, municipality;
    QDate birthDate, professionStart;
    bool young = false;
    QList<PortfolioDiagnostic> diagnostics; // oldest first
    QList<PortfolioRoute> routes;
    QList<PortfolioDocument> documents;
    QList<PortfolioItem> items; // newest first
    QList<PortfolioSupport> support;
};

class Portfolio {
    Q_DECLARE_TR_FUNCTIONS(Portfolio)
public:
    // Throws metodist::Error when the person does not exist.
    static PortfolioData load(const Database &db, const QString &personId, const QDate &today = QDate::currentDate());
    static QString html(const PortfolioData &data, const QDate &today = QDate::currentDate());

    static QList<QPair<QString, QString>> itemKinds(); // product, competition, publication, other
    static QString itemKindTitle(const QString &kind);
    // Adds a product, competition, publication or other item; throws on an empty title or unknown kind.
    static QString addItem(const Database &db, const QString &personId, const QString &kind, const QString &title,
                           const QDate &datedOn, const QString &url = {});
    static void removeItem(const Database &db, const QString &itemId);
};

} // namespace metodist::support
