#include "registryservice.h"

#include "snils.h"
#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/ids.h"
#include "storage/sql.h"

#include <QRegularExpression>

namespace metodist {

static QVariant dateOrNull(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
static QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

QStringList RegistryService::validate(const Person &p) const
{
    QStringList problems;
    if (p.lastName.trimmed().isEmpty())
        problems << tr("Last name: required.");
    if (p.firstName.trimmed().isEmpty())
        problems << tr("First name: required.");
    if (p.organisationId.isEmpty())
        problems << tr("Organisation: required.");
    if (!p.snils.isEmpty()) {
        const QString snilsProblem = Snils::problem(p.snils);
        if (!snilsProblem.isEmpty())
            problems << tr("СНИЛС: %1").arg(snilsProblem);
        else if (const QString other = personWithSnils(Snils::normalize(p.snils), p.id); !other.isEmpty())
            problems << tr("СНИЛС: %1 already belongs to %2.")
                            .arg(Snils::format(p.snils), loadPerson(other).fullName());
    }
    const QDate today = QDate::currentDate();
    if (p.birthDate.isValid() && (p.birthDate > today.addYears(-16) || p.birthDate < today.addYears(-100)))
        problems << tr("Birth date: %1 is not plausible for a member of staff.")
                        .arg(p.birthDate.toString(QStringLiteral("dd.MM.yyyy")));
    if (p.professionStartDate.isValid()) {
        if (p.professionStartDate > today)
            problems << tr("Start in the profession: the date is in the future.");
        if (p.birthDate.isValid() && p.professionStartDate < p.birthDate.addYears(14))
            problems << tr("Start in the profession: earlier than the age of 14.");
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        problems << tr("E-mail: «%1» is not an address.").arg(p.email);
    return problems;
}

QString RegistryService::personWithSnils(const QString &snils, const QString &exceptId) const
{
    if (snils.isEmpty())
        return {};
    return sql::scalar(m_db.db(), QStringLiteral("SELECT id FROM person WHERE snils = ? AND deleted = 0 AND id <> ? LIMIT 1"),
                       {snils, exceptId}).toString();
}

void RegistryService::savePerson(Person &p)
{
    const QStringList problems = validate(p);
    if (!problems.isEmpty())
        throw Error(problems.join(QLatin1Char('\n')));

    p.municipalityId = sql::scalar(m_db.db(), QStringLiteral("SELECT municipality_id FROM organisation WHERE id = ?"),
                                   {p.organisationId}).toString();
    const QString snils = Snils::normalize(p.snils);
    const QVariantMap fields = {
        {QStringLiteral("organisation_id"), p.organisationId},
        {QStringLiteral("municipality_id"), textOrNull(p.municipalityId)},
        {QStringLiteral("last_name"), p.lastName.trimmed()},
        {QStringLiteral("first_name"), p.firstName.trimmed()},
        {QStringLiteral("middle_name"), p.middleName.trimmed()},
        {QStringLiteral("sex"), textOrNull(p.sex)},
        {QStringLiteral("birth_date"), dateOrNull(p.birthDate)},
        {QStringLiteral("profession_start_date"), dateOrNull(p.professionStartDate)},
        {QStringLiteral("hire_date"), dateOrNull(p.hireDate)},
        {QStringLiteral("position"), p.position.trimmed()},
        {QStringLiteral("subjects"), p.subjects.join(QStringLiteral("; "))},
        {QStringLiteral("category"), p.category.isEmpty() ? QStringLiteral("none") : p.category},
        {QStringLiteral("is_manager"), p.isManager ? 1 : 0},
        {QStringLiteral("snils"), textOrNull(snils)},
        {QStringLiteral("email"), textOrNull(p.email)},
        {QStringLiteral("phone"), textOrNull(p.phone)},
        {QStringLiteral("search_key"), personSearchKey(p.lastName, p.firstName, p.middleName, snils)},
        {QStringLiteral("sort_name"), personSortName(p.lastName, p.firstName, p.middleName)},
    };

    sql::Transaction tx(m_db.db());
    if (p.id.isEmpty())
        p.id = Rows::insert(m_db, QStringLiteral("person"), fields);
    else
        Rows::update(m_db, QStringLiteral("person"), p.id, fields);

    // Roles: tombstone the ones taken away, revive or add the ones given.
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT id, role, deleted FROM role_assignment WHERE person_id = ?"), {p.id});
    QStringList present;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString role = q.value(1).toString();
        const bool wanted = p.roles.contains(role);
        if (wanted == q.value(2).toBool())
            Rows::setDeleted(m_db, QStringLiteral("role_assignment"), id, !wanted);
        present << role;
    }
    for (const QString &role : p.roles)
        if (!present.contains(role))
            Rows::insert(m_db, QStringLiteral("role_assignment"),
                         {{QStringLiteral("person_id"), p.id},
                          {QStringLiteral("role"), role},
                          {QStringLiteral("municipality_id"), textOrNull(p.municipalityId)},
                          {QStringLiteral("since"), QDate::currentDate().toString(Qt::ISODate)}});
    tx.commit();
}

Person RegistryService::loadPerson(const QString &id) const
{
    const QVariantMap r = Rows::get(m_db, QStringLiteral("person"), id);
    Person p;
    if (r.isEmpty())
        return p;
    p.id = id;
    p.organisationId = r.value(QStringLiteral("organisation_id")).toString();
    p.municipalityId = r.value(QStringLiteral("municipality_id")).toString();
    p.lastName = r.value(QStringLiteral("last_name")).toString();
    p.firstName = r.value(QStringLiteral("first_name")).toString();
    p.middleName = r.value(QStringLiteral("middle_name")).toString();
    p.sex = r.value(QStringLiteral("sex")).toString();
    p.birthDate = QDate::fromString(r.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    p.professionStartDate = QDate::fromString(r.value(QStringLiteral("profession_start_date")).toString(), Qt::ISODate);
    p.hireDate = QDate::fromString(r.value(QStringLiteral("hire_date")).toString(), Qt::ISODate);
    p.position = r.value(QStringLiteral("position")).toString();
    const QString subjects = r.value(QStringLiteral("subjects")).toString();
    p.subjects = subjects.isEmpty() ? QStringList() : subjects.split(QStringLiteral("; "));
    p.category = r.value(QStringLiteral("category")).toString();
    p.isManager = r.value(QStringLiteral("is_manager")).toBool();
    p.snils = r.value(QStringLiteral("snils")).toString();
    p.email = r.value(QStringLiteral("email")).toString();
    p.phone = r.value(QStringLiteral("phone")).toString();
    p.deleted = r.value(QStringLiteral("deleted")).toBool();
    QSqlQuery q = sql::exec(m_db.db(),
                            QStringLiteral("SELECT role FROM role_assignment WHERE person_id = ? AND deleted = 0 ORDER BY role"), {id});
    while (q.next())
        p.roles << q.value(0).toString();
    return p;
}

void RegistryService::setPersonDeleted(const QString &id, bool deleted) { setPeopleDeleted({id}, deleted); }

void RegistryService::setPeopleDeleted(const QStringList &ids, bool deleted)
{
    sql::Transaction tx(m_db.db());
    for (const QString &id : ids)
        Rows::setDeleted(m_db, QStringLiteral("person"), id, deleted);
    tx.commit();
}

QString RegistryService::saveMunicipality(Municipality &m)
{
    if (m.name.trimmed().isEmpty())
        throw Error(tr("Municipality name: required."));
    sql::Transaction tx(m_db.db());
    const QVariantMap fields = {{QStringLiteral("name"), m.name.trimmed()},
                                {QStringLiteral("code"), textOrNull(m.code)},
                                {QStringLiteral("kind"), m.kind}};
    if (m.id.isEmpty()) {
        // A municipality is its own scope.
        QVariantMap withScope = fields;
        m.id = newId();
        withScope.insert(QStringLiteral("id"), m.id);
        withScope.insert(QStringLiteral("municipality_id"), m.id);
        Rows::insert(m_db, QStringLiteral("municipality"), withScope);
    } else {
        Rows::update(m_db, QStringLiteral("municipality"), m.id, fields);
    }
    tx.commit();
    return m.id;
}

QString RegistryService::saveOrganisation(Organisation &o)
{
    QStringList problems;
    if (o.name.trimmed().isEmpty())
        problems << tr("Organisation name: required.");
    if (o.municipalityId.isEmpty())
        problems << tr("Municipality: required.");
    if (!o.inn.isEmpty() && !QRegularExpression(QStringLiteral("^\\d{10}(\\d{2})?$")).match(o.inn).hasMatch())
        problems << tr("INN: «%1» must have 10 or 12 digits.").arg(o.inn);
    if (!problems.isEmpty())
        throw Error(problems.join(QLatin1Char('\n')));
    const QVariantMap fields = {{QStringLiteral("municipality_id"), o.municipalityId},
                                {QStringLiteral("name"), o.name.trimmed()},
                                {QStringLiteral("short_name"), textOrNull(o.shortName)},
                                {QStringLiteral("kind"), o.kind},
                                {QStringLiteral("inn"), textOrNull(o.inn)},
                                {QStringLiteral("address"), textOrNull(o.address)},
                                {QStringLiteral("head_name"), textOrNull(o.headName)},
                                {QStringLiteral("phone"), textOrNull(o.phone)},
                                {QStringLiteral("email"), textOrNull(o.email)}};
    sql::Transaction tx(m_db.db());
    if (o.id.isEmpty())
        o.id = Rows::insert(m_db, QStringLiteral("organisation"), fields);
    else
        Rows::update(m_db, QStringLiteral("organisation"), o.id, fields);
    tx.commit();
    return o.id;
}

Organisation RegistryService::loadOrganisation(const QString &id) const
{
    const QVariantMap r = Rows::get(m_db, QStringLiteral("organisation"), id);
    Organisation o;
    if (r.isEmpty())
        return o;
    o.id = id;
    o.municipalityId = r.value(QStringLiteral("municipality_id")).toString();
    o.name = r.value(QStringLiteral("name")).toString();
    o.shortName = r.value(QStringLiteral("short_name")).toString();
    o.kind = r.value(QStringLiteral("kind")).toString();
    o.inn = r.value(QStringLiteral("inn")).toString();
    o.address = r.value(QStringLiteral("address")).toString();
    o.headName = r.value(QStringLiteral("head_name")).toString();
    o.phone = r.value(QStringLiteral("phone")).toString();
    o.email = r.value(QStringLiteral("email")).toString();
    return o;
}

QList<Municipality> RegistryService::municipalities() const
{
    QList<Municipality> list;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT id, name, code, kind FROM municipality WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

QList<Organisation> RegistryService::organisations(const QString &municipalityId) const
{
    QList<Organisation> list;
    QSqlQuery q = municipalityId.isEmpty()
        ? sql::exec(m_db.db(), QStringLiteral("SELECT id, municipality_id, name, kind FROM organisation WHERE deleted = 0 ORDER BY name"))
        : sql::exec(m_db.db(), QStringLiteral("SELECT id, municipality_id, name, kind FROM organisation "
                                              "WHERE deleted = 0 AND municipality_id = ? ORDER BY name"), {municipalityId});
    while (q.next()) {
        Organisation o;
        o.id = q.value(0).toString();
        o.municipalityId = q.value(1).toString();
        o.name = q.value(2).toString();
        o.kind = q.value(3).toString();
        list.append(o);
    }
    return list;
}

QStringList RegistryService::positions() const
{
    QStringList list;
    // A loose index scan: one index seek per distinct position, not a pass over everyone.
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "WITH RECURSIVE p(position) AS ("
        " SELECT min(position) FROM person WHERE position > ''"
        " UNION ALL SELECT (SELECT min(position) FROM person WHERE position > p.position) FROM p WHERE p.position IS NOT NULL)"
        " SELECT position FROM p WHERE position IS NOT NULL"));
    while (q.next())
        list << q.value(0).toString();
    return list;
}

} // namespace metodist
