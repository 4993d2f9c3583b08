#pragma once
// Finds the register's person for a row of a file: by СНИЛС, otherwise by full name
// and organisation. Never guesses: no match and several matches are both answers.
// The register is read once into memory so matching 35,000 rows costs no queries; the
// name indexes are built on the first row that needs them (files with СНИЛС seldom do).
#include "registry/person.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace metodist {

struct PersonMatch {
    enum Outcome { Matched, Unmatched, Ambiguous, SnilsConflict };
    Outcome outcome = Unmatched;
    QString personId;
    QString municipalityId;
    QStringList candidates; // "Name (organisation)" of the people an ambiguous row could be
    QString detail;         // for SnilsConflict: the register's СНИЛС of the person found by name
};

class PersonMatcher {
public:
    explicit PersonMatcher(const Database &db);

    // snils: digits (already validated) or empty. organisation may be empty (then names alone).
    PersonMatch match(const QString &snils, const QString &lastName, const QString &firstName,
                      const QString &middleName, const QString &organisation) const;
    QString municipalityOf(const QString &personId) const;

private:
    struct Entry {
        QString id, municipalityId, snils, organisationName, organisationShort;
        QString lastName, firstName, middleName;
        QString fullName() const { return personFullName(lastName, firstName, middleName); }
    };
    void buildNameIndexes() const;
    PersonMatch byName(const QString &last, const QString &first, const QString &middle, const QString &organisation) const;
    PersonMatch from(const QList<int> &found) const;
    QList<Entry> m_people;
    QHash<QString, QList<int>> m_bySnils;
    mutable bool m_nameIndexesBuilt = false;
    mutable QHash<QString, QList<int>> m_byFullName;  // "last|first|middle", folded
    mutable QHash<QString, QList<int>> m_byTwoNames;  // "last|first", folded
    QHash<QString, int> m_indexById;
};

} // namespace metodist
