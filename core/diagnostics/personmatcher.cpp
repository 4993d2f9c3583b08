#include "personmatcher.h"

#include "registry/person.h"
#include "storage/sql.h"

namespace metodist {

static QString key(const QString &part)
{
    return foldForSearch(part.simplified());
}

PersonMatcher::PersonMatcher(const Database &db)
{
    QSqlQuery q = sql::exec(db.db(), QStringLiteral(
        "SELECT p.id, p.municipality_id, p.snils, p.last_name, p.first_name, p.middle_name, o.name, o.short_name "
        "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.deleted = 0"));
    while (q.next()) {
        Entry e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(6).toString(), q.value(7).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        const int index = int(m_people.size());
        if (!e.snils.isEmpty())
            m_bySnils[e.snils].append(index);
        m_indexById.insert(e.id, index);
        m_people.append(std::move(e));
    }
}

void PersonMatcher::buildNameIndexes() const
{
    if (m_nameIndexesBuilt)
        return;
    m_nameIndexesBuilt = true;
    for (int index = 0; index < m_people.size(); ++index) {
        const Entry &e = m_people.at(index);
        const QString last = key(e.lastName), first = key(e.firstName);
        m_byFullName[last + u'|' + first + u'|' + key(e.middleName)].append(index);
        m_byTwoNames[last + u'|' + first].append(index);
    }
}

QString PersonMatcher::municipalityOf(const QString &personId) const
{
    const int i = m_indexById.value(personId, -1);
    return i < 0 ? QString() : m_people.at(i).municipalityId;
}

PersonMatch PersonMatcher::from(const QList<int> &found) const
{
    PersonMatch m;
    if (found.isEmpty())
        return m;
    if (found.size() == 1) {
        m.outcome = PersonMatch::Matched;
        m.personId = m_people.at(found.first()).id;
        m.municipalityId = m_people.at(found.first()).municipalityId;
        return m;
    }
    m.outcome = PersonMatch::Ambiguous;
    for (int i : found)
        m.candidates << QStringLiteral("%1 (%2)").arg(m_people.at(i).fullName(), m_people.at(i).organisationName);
    return m;
}

PersonMatch PersonMatcher::byName(const QString &last, const QString &first, const QString &middle, const QString &organisation) const
{
    if (last.trimmed().isEmpty() || first.trimmed().isEmpty())
        return {};
    buildNameIndexes();
    const QString two = key(last) + u'|' + key(first);
    const QList<int> named = middle.trimmed().isEmpty() ? m_byTwoNames.value(two)
                                                        : m_byFullName.value(two + u'|' + key(middle));
    if (organisation.trimmed().isEmpty())
        return from(named);
    const QString org = key(organisation);
    QList<int> found;
    for (int i : named)
        if (key(m_people.at(i).organisationName) == org || key(m_people.at(i).organisationShort) == org)
            found << i;
    return from(found);
}

PersonMatch PersonMatcher::match(const QString &snils, const QString &lastName, const QString &firstName,
                                 const QString &middleName, const QString &organisation) const
{
    if (!snils.isEmpty()) {
        const QList<int> found = m_bySnils.value(snils);
        if (!found.isEmpty())
            return from(found);
    }
    PersonMatch m = byName(lastName, firstName, middleName, organisation);
    // Found by name but the register knows a different СНИЛС: that is not the same person for sure.
    if (m.outcome == PersonMatch::Matched && !snils.isEmpty()) {
        const Entry &e = m_people.at(m_indexById.value(m.personId));
        if (!e.snils.isEmpty() && e.snils != snils) {
            m.outcome = PersonMatch::SnilsConflict;
            m.detail = e.snils;
            m.personId.clear();
        }
    }
    return m;
}

} // namespace metodist
