#pragma once
// Professional communities and the regional methodical and managerial actives: the
// communities, their members and the role each member plays.
#include "registry/registrytypes.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace metodist::support {

struct CommunityMember {
    QString id;
    QString personId;
    QString name;
    QString organisation;
    QString role;
    QDate joinedOn;
};

class CommunityService {
    Q_DECLARE_TR_FUNCTIONS(CommunityService)
public:
    explicit CommunityService(Database &db) : m_db(db) {}

    // Kinds of the schema (community.kind) and member roles (community_member.role).
    static QList<CodeLabel> kinds();
    static QList<CodeLabel> roles();

    // municipalityId empty: region-wide. Throws on an empty name or an unknown kind.
    QString createCommunity(const QString &name, const QString &kind, const QString &municipalityId);
    void renameCommunity(const QString &communityId, const QString &name);
    void removeCommunity(const QString &communityId); // with its memberships

    // Throws when the person is already a member or the role is unknown.
    QString addMember(const QString &communityId, const QString &personId, const QString &role, const QDate &joinedOn);
    void setRole(const QString &memberId, const QString &role);
    void removeMember(const QString &memberId);
    QList<CommunityMember> members(const QString &communityId) const;

    // Communities with their kind, municipality and number of members: name, kind,
    // municipality, members, id.
    static QString communityListSql();

private:
    static void checkRole(const QString &role);
    Database &m_db;
};

} // namespace metodist::support
