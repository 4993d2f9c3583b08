#include "community.h"

#include "registry/personnamesql.h"
#include "storage/rows.h"
#include "storage/sql.h"

namespace metodist::support {

QList<CodeLabel> CommunityService::kinds()
{
    return {{QStringLiteral("methodical_active"), tr("Regional methodical active")},
            {QStringLiteral("managerial_active"), tr("Regional managerial active")},
            {QStringLiteral("professional"), tr("Methodical association / professional community")},
            {QStringLiteral("young_teachers"), tr("Young teachers' community")}};
}

QList<CodeLabel> CommunityService::roles()
{
    return {{QStringLiteral("member"), tr("Member")},
            {QStringLiteral("head"), tr("Head")},
            {QStringLiteral("methodologist"), tr("Methodologist")},
            {QStringLiteral("tutor"), tr("Tutor")},
            {QStringLiteral("expert"), tr("Expert")},
            {QStringLiteral("reserve"), tr("Managers' reserve")}};
}

static bool hasCode(const QList<CodeLabel> &list, const QString &code)
{
    for (const CodeLabel &item : list)
        if (item.first == code)
            return true;
    return false;
}

void CommunityService::checkRole(const QString &role)
{
    if (!hasCode(roles(), role))
        throw Error(tr("Community member: unknown role \"%1\".").arg(role));
}

QString CommunityService::createCommunity(const QString &name, const QString &kind, const QString &municipalityId)
{
    if (name.trimmed().isEmpty())
        throw Error(tr("Community: the name is required."));
    if (!hasCode(kinds(), kind))
        throw Error(tr("Community: unknown kind \"%1\".").arg(kind));
    return Rows::insert(m_db, QStringLiteral("community"),
                        {{QStringLiteral("name"), name.trimmed()},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("municipality_id"), municipalityId.isEmpty() ? QVariant() : QVariant(municipalityId)}});
}

void CommunityService::renameCommunity(const QString &communityId, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw Error(tr("Community: the name is required."));
    Rows::update(m_db, QStringLiteral("community"), communityId, {{QStringLiteral("name"), name.trimmed()}});
}

void CommunityService::removeCommunity(const QString &communityId)
{
    sql::Transaction transaction(m_db.db());
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT id FROM community_member WHERE community_id = ? AND deleted = 0"),
                            {communityId});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : ids)
        Rows::setDeleted(m_db, QStringLiteral("community_member"), id, true);
    Rows::setDeleted(m_db, QStringLiteral("community"), communityId, true);
    transaction.commit();
}

QString CommunityService::addMember(const QString &communityId, const QString &personId, const QString &role, const QDate &joinedOn)
{
    checkRole(role);
    if (personId.isEmpty())
        throw Error(tr("Community member: choose a person."));
    QSqlQuery community = sql::exec(m_db.db(), QStringLiteral("SELECT municipality_id FROM community WHERE id = ? AND deleted = 0"),
                                    {communityId});
    if (!community.next())
        throw Error(tr("Community %1 does not exist.").arg(communityId));
    const QVariant municipality = community.value(0);
    const QString name = sql::scalar(m_db.db(), QStringLiteral("SELECT ") + personFullNameSql()
                                                    + QStringLiteral(" FROM person WHERE id = ? AND deleted = 0"), {personId}).toString();
    if (name.isEmpty())
        throw Error(tr("Community member: the person is not in the register."));
    if (sql::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM community_member WHERE community_id = ? AND person_id = ? AND deleted = 0"),
                    {communityId, personId}).toInt() > 0)
        throw Error(tr("Community member: %1 is already a member.").arg(name));
    return Rows::insert(m_db, QStringLiteral("community_member"),
                        {{QStringLiteral("municipality_id"), municipality},
                         {QStringLiteral("community_id"), communityId},
                         {QStringLiteral("person_id"), personId},
                         {QStringLiteral("role"), role},
                         {QStringLiteral("joined_on"), joinedOn.isValid() ? QVariant(joinedOn.toString(Qt::ISODate)) : QVariant()}});
}

void CommunityService::setRole(const QString &memberId, const QString &role)
{
    checkRole(role);
    Rows::update(m_db, QStringLiteral("community_member"), memberId, {{QStringLiteral("role"), role}});
}

void CommunityService::removeMember(const QString &memberId)
{
    Rows::setDeleted(m_db, QStringLiteral("community_member"), memberId, true);
}

QList<CommunityMember> CommunityService::members(const QString &communityId) const
{
    QList<CommunityMember> list;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT cm.id, cm.person_id, ") + personFullNameSql(QStringLiteral("p")) + QStringLiteral(
        ", coalesce(o.name, ''), cm.role, coalesce(cm.joined_on, '') FROM community_member cm JOIN person p ON p.id = cm.person_id "
        "LEFT JOIN organisation o ON o.id = p.organisation_id "
        "WHERE cm.community_id = ? AND cm.deleted = 0 ORDER BY cm.role <> 'head', p.sort_name"), {communityId});
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate)});
    return list;
}

QString CommunityService::communityListSql()
{
    return QStringLiteral(
        "SELECT c.name, c.kind, coalesce(m.name, ''), "
        "(SELECT count(*) FROM community_member cm WHERE cm.community_id = c.id AND cm.deleted = 0), c.id "
        "FROM community c LEFT JOIN municipality m ON m.id = c.municipality_id WHERE c.deleted = 0 "
        "ORDER BY c.municipality_id IS NOT NULL, c.kind, c.name");
}

} // namespace metodist::support
