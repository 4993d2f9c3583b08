#pragma once
// The administrator's reference books, with the rule that nothing in use is lost:
// - positions and subjects are free text in person (position; subjects "; "-separated):
//   the book is the set of values in use with their counts. Renaming rewrites every
//   person that has the value (through Rows, so it syncs and is audited); renaming onto
//   an existing value merges the two. A value in use cannot be deleted.
// - competence areas and competences are tables: names can always change (rows refer to
//   competences by id); a competence's code cannot change once any diagnostic uses it
//   (scores are keyed by code), and nothing in use can be deleted (tombstoned).
// - kinds of programmes and events are fixed by the schema (CHECK constraints): listed with
//   their use, not editable.
// Every refusal names how many rows use the entry and where.
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>

namespace metodist {

class ReferenceBooks {
    Q_DECLARE_TR_FUNCTIONS(ReferenceBooks)
public:
    enum class Book { Position, Subject, CompetenceArea, Competence, ProgrammeKind, EventKind };

    struct Entry {
        QString key;     // the value itself (positions, subjects, kinds) or the row id
        QString code;    // competences, areas and kinds
        QString name;
        QString parent;  // a competence's area id
        qint64 uses = 0; // rows that refer to the entry
    };

    struct Use {
        QString where; // table.column as stored
        qint64 rows = 0;
    };

    explicit ReferenceBooks(Database &db) : m_db(db) {}

    static QList<Book> books();
    static QString title(Book book);
    static bool editable(Book book);  // kinds are not
    static bool hasCode(Book book);   // competences and areas

    QList<Entry> entries(Book book) const;
    // Where an entry is used, one line per table (empty = unused).
    QList<Use> uses(Book book, const QString &key) const;

    // Adds an entry: a code and name (areas, competences; parent = area id for a
    // competence) or only a name. Positions and subjects come from people's cards, so
    // adding one is refused with that explanation. Returns the key.
    QString add(Book book, const QString &code, const QString &name, const QString &parent = {});
    // Renames (and for coded books changes the code). Returns the number of rows rewritten.
    qint64 rename(Book book, const QString &key, const QString &newCode, const QString &newName);
    // Deletes an entry nobody uses; otherwise throws naming the uses.
    void remove(Book book, const QString &key);

private:
    QString usesText(const QList<Use> &uses) const;
    qint64 renameInPeople(Book book, const QString &from, const QString &to);
    Database &m_db;
};

} // namespace metodist
