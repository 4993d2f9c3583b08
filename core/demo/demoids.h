#pragma once
// Deterministic UUID-shaped row ids: a seed-derived prefix, a per-table tag and a
// counter in the last group. Ids of one table grow in order, so bulk inserts append
// to the primary-key index instead of scattering over it.
#include <QString>
#include <QtGlobal>

namespace metodist::demo {

class Ids {
public:
    explicit Ids(quint64 seed);
    QString make(quint16 tag, quint64 counter) const;

private:
    quint64 m_salt;
};

// Table tags: one per table the generator writes.
enum Tag : quint16 {
    TMunicipality = 1, TOrganisation, TPerson, TRole, TUser, TArea, TCompetence, TInstrument, TItem,
    TDiagnostic, TScore, TProgramme, TModule, TExpertise, TEvent, TMaterial, TCatComp, TApplication,
    TAppPerson, TAppStatus, TRoute, TRouteItem, TSite, TRoom, TEquipment, TInstructor, TAvailability,
    TGroup, TEnrolment, TSession, TSessionInstructor, TSessionEquipment, TMark, TCertificate,
    TTarget, TPair, TCommunity, TMember, TPortfolio, TSurvey
};

} // namespace metodist::demo
