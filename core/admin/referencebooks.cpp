#include "referencebooks.h"

#include "diagnostics/framework.h"
#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QMap>

namespace metodist {

using Book = ReferenceBooks::Book;

namespace {

const QStringList kProgrammeKinds = {QStringLiteral("PK"), QStringLiteral("PP")};
const QStringList kEventKinds = {QStringLiteral("seminar"), QStringLiteral("master_class"), QStringLiteral("internship"),
                                 QStringLiteral("conference"), QStringLiteral("competition"), QStringLiteral("community"),
                                 QStringLiteral("mentoring")};

QStringList splitSubjects(const QString &subjects)
{
    QStringList result;
    for (const QString &part : subjects.split(QLatin1Char(';'))) {
        const QString s = part.trimmed();
        if (!s.isEmpty() && !result.contains(s))
            result << s;
    }
    return result;
}

// competence_id -> rows, for one "SELECT competence_id, count(*) ... GROUP BY" statement.
void addCounts(const QSqlDatabase &db, const QString &statement, QHash<QString, qint64> &counts)
{
    QSqlQuery q = sql::exec(db, statement);
    while (q.next())
        counts[q.value(0).toString()] += q.value(1).toLongLong();
}

// How diagnostic_score names the competence: by id (the table of schema 2) or by code
// (the view over diagnostic.scores that replaces it, keyed by the competence's code).
QString scoreMatch(const QSqlDatabase &db)
{
    QStringList columns;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info('diagnostic_score')"));
    while (q.next())
        columns << q.value(0).toString();
    if (columns.contains(QStringLiteral("competence_id")))
        return QStringLiteral("c.id = s.competence_id");
    const QString code = columns.contains(QStringLiteral("competence_code")) ? QStringLiteral("competence_code") : QStringLiteral("code");
    return QStringLiteral("c.code = s.%1").arg(code);
}

// Where competences are referred to: (where, "SELECT competence id, count ... %1 GROUP BY"),
// %1 taking an extra condition on the competence (c.id = ?).
QList<QPair<QString, QString>> competenceRefs(const QSqlDatabase &db)
{
    return {{QStringLiteral("diagnostic_score"),
             QStringLiteral("SELECT c.id, count(*) FROM diagnostic_score s JOIN diagnostic d ON d.id = s.diagnostic_id "
                            "JOIN competence c ON %1 WHERE d.deleted = 0 %2 GROUP BY c.id").arg(scoreMatch(db), QStringLiteral("%1"))},
            {QStringLiteral("instrument_item.competence_id"),
             QStringLiteral("SELECT competence_id, count(*) FROM instrument_item c WHERE deleted = 0 %1 GROUP BY competence_id")},
            {QStringLiteral("catalogue_competence.competence_id"),
             QStringLiteral("SELECT competence_id, count(*) FROM catalogue_competence c WHERE deleted = 0 %1 GROUP BY competence_id")},
            {QStringLiteral("route_item.competence_id"),
             QStringLiteral("SELECT competence_id, count(*) FROM route_item c WHERE deleted = 0 %1 GROUP BY competence_id")}};
}

} // namespace

QList<Book> ReferenceBooks::books()
{
    return {Book::Position, Book::Subject, Book::CompetenceArea, Book::Competence, Book::ProgrammeKind, Book::EventKind};
}

QString ReferenceBooks::title(Book book)
{
    switch (book) {
    case Book::Position: return tr("Positions");
    case Book::Subject: return tr("Subjects");
    case Book::CompetenceArea: return tr("Competence areas");
    case Book::Competence: return tr("Competences");
    case Book::ProgrammeKind: return tr("Kinds of programmes");
    case Book::EventKind: return tr("Kinds of events");
    }
    return {};
}

bool ReferenceBooks::editable(Book book) { return book != Book::ProgrammeKind && book != Book::EventKind; }

bool ReferenceBooks::hasCode(Book book)
{
    return book == Book::CompetenceArea || book == Book::Competence || book == Book::ProgrammeKind || book == Book::EventKind;
}

static QString kindName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("PK"), QT_TRANSLATE_NOOP("ReferenceBooks", "Advanced training (PK)")},
        {QStringLiteral("PP"), QT_TRANSLATE_NOOP("ReferenceBooks", "Professional retraining (PP)")},
        {QStringLiteral("seminar"), QT_TRANSLATE_NOOP("ReferenceBooks", "Seminar")},
        {QStringLiteral("master_class"), QT_TRANSLATE_NOOP("ReferenceBooks", "Master class")},
        {QStringLiteral("internship"), QT_TRANSLATE_NOOP("ReferenceBooks", "Internship")},
        {QStringLiteral("conference"), QT_TRANSLATE_NOOP("ReferenceBooks", "Conference")},
        {QStringLiteral("competition"), QT_TRANSLATE_NOOP("ReferenceBooks", "Competition")},
        {QStringLiteral("community"), QT_TRANSLATE_NOOP("ReferenceBooks", "Professional community")},
        {QStringLiteral("mentoring"), QT_TRANSLATE_NOOP("ReferenceBooks", "Mentoring")}};
    return QCoreApplication::translate("ReferenceBooks", names.value(code, ""));
}

QList<ReferenceBooks::Entry> ReferenceBooks::entries(Book book) const
{
    QList<Entry> list;
    const QSqlDatabase db = m_db.db();
    switch (book) {
    case Book::Position: {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT position, count(*) FROM person WHERE deleted = 0 AND position <> '' "
                                                   "GROUP BY position ORDER BY position"));
        while (q.next())
            list.append({q.value(0).toString(), {}, q.value(0).toString(), {}, q.value(1).toLongLong()});
        break;
    }
    case Book::Subject: {
        QMap<QString, qint64> counts;
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT subjects, count(*) FROM person WHERE deleted = 0 AND subjects <> '' "
                                                   "GROUP BY subjects"));
        while (q.next())
            for (const QString &s : splitSubjects(q.value(0).toString()))
                counts[s] += q.value(1).toLongLong();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            list.append({it.key(), {}, it.key(), {}, it.value()});
        break;
    }
    case Book::CompetenceArea: {
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT a.id, a.code, a.name, (SELECT count(*) FROM competence c WHERE c.area_id = a.id AND c.deleted = 0) "
            "FROM competence_area a WHERE a.deleted = 0 ORDER BY a.sort_order, a.code"));
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}, q.value(3).toLongLong()});
        break;
    }
    case Book::Competence: {
        QHash<QString, qint64> counts;
        for (const auto &ref : competenceRefs(db))
            addCounts(db, ref.second.arg(QString()), counts);
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT c.id, c.code, c.name, c.area_id FROM competence c LEFT JOIN competence_area a ON a.id = c.area_id "
            "WHERE c.deleted = 0 ORDER BY a.sort_order, c.sort_order, c.code"));
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         counts.value(q.value(0).toString())});
        break;
    }
    case Book::ProgrammeKind:
    case Book::EventKind: {
        const bool programme = book == Book::ProgrammeKind;
        QHash<QString, qint64> counts;
        addCounts(db, programme ? QStringLiteral("SELECT kind, count(*) FROM programme WHERE deleted = 0 GROUP BY kind")
                                : QStringLiteral("SELECT kind, count(*) FROM event WHERE deleted = 0 GROUP BY kind"),
                  counts);
        for (const QString &code : programme ? kProgrammeKinds : kEventKinds)
            list.append({code, code, kindName(code), {}, counts.value(code)});
        break;
    }
    }
    return list;
}

QList<ReferenceBooks::Use> ReferenceBooks::uses(Book book, const QString &key) const
{
    QList<Use> result;
    const QSqlDatabase db = m_db.db();
    auto add = [&](const QString &where, qint64 rows) {
        if (rows > 0)
            result.append({where, rows});
    };
    switch (book) {
    case Book::Position:
        add(QStringLiteral("person.position"),
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM person WHERE position = ? AND deleted = 0"), {key}).toLongLong());
        break;
    case Book::Subject: {
        qint64 n = 0;
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT subjects FROM person WHERE deleted = 0 AND instr(subjects, ?) > 0"), {key});
        while (q.next())
            n += splitSubjects(q.value(0).toString()).contains(key) ? 1 : 0;
        add(QStringLiteral("person.subjects"), n);
        break;
    }
    case Book::CompetenceArea:
        add(QStringLiteral("competence.area_id"),
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM competence WHERE area_id = ? AND deleted = 0"), {key}).toLongLong());
        break;
    case Book::Competence:
        for (const auto &ref : competenceRefs(db)) {
            const QString column = ref.first.startsWith(QLatin1String("diagnostic")) ? QStringLiteral("c.id") : QStringLiteral("c.competence_id");
            QSqlQuery q = sql::exec(db, ref.second.arg(QStringLiteral("AND %1 = ?").arg(column)), {key});
            add(ref.first, q.next() ? q.value(1).toLongLong() : 0);
        }
        break;
    case Book::ProgrammeKind:
        add(QStringLiteral("programme.kind"),
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM programme WHERE kind = ? AND deleted = 0"), {key}).toLongLong());
        break;
    case Book::EventKind:
        add(QStringLiteral("event.kind"),
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM event WHERE kind = ? AND deleted = 0"), {key}).toLongLong());
        break;
    }
    return result;
}

QString ReferenceBooks::usesText(const QList<Use> &uses) const
{
    QStringList parts;
    for (const Use &u : uses)
        parts << QStringLiteral("%1: %2").arg(u.where).arg(u.rows);
    return parts.join(QStringLiteral(", "));
}

QString ReferenceBooks::add(Book book, const QString &code, const QString &name, const QString &parent)
{
    CompetenceFramework framework(m_db);
    switch (book) {
    case Book::Position:
    case Book::Subject:
        throw Error(tr("Positions and subjects come from people's cards: enter a new one in a person's card. "
                       "Here they are renamed or merged."));
    case Book::ProgrammeKind:
    case Book::EventKind:
        throw Error(tr("Kinds of programmes and events are fixed by the data schema and cannot be added."));
    case Book::CompetenceArea: {
        if (sql::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM competence_area WHERE code = ? AND deleted = 0"),
                        {code.trimmed()}).toInt() > 0)
            throw Error(tr("Competence area: the code %1 is already used.").arg(code.trimmed()));
        CompetenceArea area{{}, code, name, false,
                            sql::scalar(m_db.db(), QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM competence_area")).toInt()};
        return framework.saveArea(area);
    }
    case Book::Competence: {
        if (parent.isEmpty() || sql::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM competence_area WHERE id = ? AND deleted = 0"),
                                            {parent}).toInt() == 0)
            throw Error(tr("Competence: choose its competence area."));
        Competence c{{}, parent, code, name,
                     sql::scalar(m_db.db(), QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM competence WHERE area_id = ?"),
                                 {parent}).toInt()};
        return framework.saveCompetence(c);
    }
    }
    return {};
}

qint64 ReferenceBooks::renameInPeople(Book book, const QString &from, const QString &to)
{
    qint64 changed = 0;
    if (book == Book::Position) {
        QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT id FROM person WHERE position = ?"), {from});
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        for (const QString &id : ids)
            Rows::update(m_db, QStringLiteral("person"), id, {{QStringLiteral("position"), to}});
        return ids.size();
    }
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT id, subjects FROM person WHERE instr(subjects, ?) > 0"), {from});
    QList<QPair<QString, QString>> updates;
    while (q.next()) {
        QStringList list = splitSubjects(q.value(1).toString());
        const qsizetype at = list.indexOf(from);
        if (at < 0)
            continue;
        if (list.contains(to))
            list.removeAt(at); // merging onto a subject the person already has
        else
            list[at] = to;
        updates.append({q.value(0).toString(), list.join(QStringLiteral("; "))});
    }
    for (const auto &u : updates)
        Rows::update(m_db, QStringLiteral("person"), u.first, {{QStringLiteral("subjects"), u.second}});
    changed = updates.size();
    return changed;
}

qint64 ReferenceBooks::rename(Book book, const QString &key, const QString &newCode, const QString &newName)
{
    const QString name = newName.trimmed(), code = newCode.trimmed();
    if (!editable(book))
        throw Error(tr("Kinds of programmes and events are fixed by the data schema and cannot be renamed."));
    if (name.isEmpty())
        throw Error(tr("The new name is empty."));
    if (book == Book::Subject && name.contains(QLatin1Char(';')))
        throw Error(tr("A subject cannot contain ';' (it separates a person's subjects)."));
    sql::Transaction tx(m_db.db());
    qint64 changed = 0;
    if (book == Book::Position || book == Book::Subject) {
        if (name != key)
            changed = renameInPeople(book, key, name);
    } else {
        const QString table = book == Book::Competence ? QStringLiteral("competence") : QStringLiteral("competence_area");
        const QVariantMap row = Rows::get(m_db, table, key);
        if (row.isEmpty() || row.value(QStringLiteral("deleted")).toInt() != 0)
            throw Error(tr("No such entry in %1.").arg(title(book)));
        const QString oldCode = row.value(QStringLiteral("code")).toString();
        if (code.isEmpty())
            throw Error(tr("The code is empty."));
        if (code != oldCode) {
            if (sql::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM %1 WHERE code = ? AND deleted = 0 AND id <> ?").arg(table),
                            {code, key}).toInt() > 0)
                throw Error(tr("The code %1 is already used in %2.").arg(code, title(book)));
            if (book == Book::Competence) {
                // Diagnostic scores are keyed by the competence's code: changing it would orphan them.
                for (const Use &u : uses(book, key))
                    if (u.where.startsWith(QLatin1String("diagnostic_score")))
                        throw Error(tr("The code of competence %1 cannot change: diagnostics refer to it by code "
                                       "(%2: %3). Change only its name.")
                                        .arg(oldCode, u.where).arg(u.rows));
            }
        }
        Rows::update(m_db, table, key, {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
        changed = 1;
    }
    tx.commit();
    return changed;
}

void ReferenceBooks::remove(Book book, const QString &key)
{
    if (!editable(book))
        throw Error(tr("Kinds of programmes and events are fixed by the data schema and cannot be deleted."));
    sql::Transaction tx(m_db.db());
    const QList<Use> used = uses(book, key);
    QString label = key;
    if (book == Book::Competence || book == Book::CompetenceArea) {
        const QVariantMap row = Rows::get(m_db, book == Book::Competence ? QStringLiteral("competence") : QStringLiteral("competence_area"), key);
        if (row.isEmpty() || row.value(QStringLiteral("deleted")).toInt() != 0)
            throw Error(tr("No such entry in %1.").arg(title(book)));
        label = QStringLiteral("%1 %2").arg(row.value(QStringLiteral("code")).toString(), row.value(QStringLiteral("name")).toString());
    }
    if (!used.isEmpty())
        throw Error(tr("«%1» is in use and cannot be deleted; rows that refer to it: %2.").arg(label, usesText(used)));
    if (book == Book::Position || book == Book::Subject)
        throw Error(tr("«%1» is not used by anyone, so there is nothing to delete.").arg(label));
    Rows::setDeleted(m_db, book == Book::Competence ? QStringLiteral("competence") : QStringLiteral("competence_area"), key, true);
    tx.commit();
}

} // namespace metodist
