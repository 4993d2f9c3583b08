#include "registrytypes.h"

namespace metodist {

QList<CodeLabel> RegistryTypes::organisationKinds()
{
    return {{QStringLiteral("school"), tr("School")},
            {QStringLiteral("kindergarten"), tr("Kindergarten")},
            {QStringLiteral("college"), tr("College")},
            {QStringLiteral("further_education"), tr("Further-education organisation")},
            {QStringLiteral("methodical_service"), tr("Methodical service")},
            {QStringLiteral("partner"), tr("Partner")}};
}

QList<CodeLabel> RegistryTypes::categories()
{
    return {{QStringLiteral("none"), tr("No category")},
            {QStringLiteral("conformity"), tr("Conformity to the position")},
            {QStringLiteral("first"), tr("First category")},
            {QStringLiteral("highest"), tr("Highest category")}};
}

QList<CodeLabel> RegistryTypes::roles()
{
    return {{QStringLiteral("tutor"), tr("Tutor")},
            {QStringLiteral("methodologist"), tr("Methodologist")},
            {QStringLiteral("mentor"), tr("Mentor")},
            {QStringLiteral("expert"), tr("Expert")},
            {QStringLiteral("instructor"), tr("Instructor")},
            {QStringLiteral("regional_active"), tr("Regional active")}};
}

QList<CodeLabel> RegistryTypes::municipalityKinds()
{
    return {{QStringLiteral("district"), tr("Municipal district")},
            {QStringLiteral("city_district"), tr("City district")},
            {QStringLiteral("municipal_okrug"), tr("Municipal okrug")},
            {QStringLiteral("city"), tr("City")}};
}

QString RegistryTypes::label(const QList<CodeLabel> &list, const QString &code)
{
    for (const auto &item : list)
        if (item.first == code)
            return item.second;
    return code;
}

} // namespace metodist
