#include "routecatalogue.h"

#include <QStringList>

#include <algorithm>

namespace metodist::routes {

QString stageCode(Stage stage)
{
    switch (stage) {
    case Stage::Pre: return QStringLiteral("pre");
    case Stage::Course: return QStringLiteral("course");
    case Stage::Post: return QStringLiteral("post");
    }
    return {};
}

QString kindCode(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Programme: return QStringLiteral("programme");
    case ItemKind::Module: return QStringLiteral("module");
    case ItemKind::Event: return QStringLiteral("event");
    case ItemKind::Material: return QStringLiteral("material");
    }
    return {};
}

ItemKind kindFromCode(const QString &code)
{
    if (code == QLatin1String("module"))
        return ItemKind::Module;
    if (code == QLatin1String("event"))
        return ItemKind::Event;
    if (code == QLatin1String("material"))
        return ItemKind::Material;
    return ItemKind::Programme;
}

std::uint8_t formBit(const QString &code)
{
    if (code == QLatin1String("full_time"))
        return FullTime;
    if (code == QLatin1String("blended"))
        return Blended;
    if (code == QLatin1String("distance"))
        return Distance;
    return 0;
}

std::uint8_t formMask(const QString &semicolonList)
{
    std::uint8_t mask = 0;
    for (const QString &part : semicolonList.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        mask |= formBit(part.trimmed());
    return mask;
}

QString formList(std::uint8_t mask)
{
    QStringList parts;
    if (mask & FullTime)
        parts << QStringLiteral("full_time");
    if (mask & Blended)
        parts << QStringLiteral("blended");
    if (mask & Distance)
        parts << QStringLiteral("distance");
    return parts.join(QLatin1Char(';'));
}

int Catalogue::addCompetence(const QString &id)
{
    const int existing = competenceIndex(id);
    if (existing >= 0)
        return existing;
    m_competences.push_back(id);
    m_covering.emplace_back();
    const int index = int(m_competences.size()) - 1;
    m_competenceIndex.insert(id, index);
    return index;
}

int Catalogue::addItem(CatalogueItem item)
{
    std::sort(item.competences.begin(), item.competences.end());
    item.competences.erase(std::unique(item.competences.begin(), item.competences.end()), item.competences.end());
    const int index = int(m_items.size());
    m_children.emplace_back();
    if (item.parent >= 0 && item.parent < index)
        m_children[size_t(item.parent)].push_back(index);
    for (int competence : item.competences)
        m_covering[size_t(competence)].push_back(index);
    if (!item.id.isEmpty())
        m_itemIndex.insert(item.id, index);
    m_items.push_back(std::move(item));
    return index;
}

std::vector<int> Proposal::itemIndices() const
{
    std::vector<int> result;
    result.reserve(items.size());
    for (const ChosenItem &chosen : items)
        result.push_back(chosen.item);
    std::sort(result.begin(), result.end());
    return result;
}

Stage stageOf(const CatalogueItem &item)
{
    switch (item.kind) {
    case ItemKind::Material: return Stage::Pre;
    case ItemKind::Programme:
    case ItemKind::Module: return Stage::Course;
    case ItemKind::Event: return Stage::Post;
    }
    return Stage::Course;
}

} // namespace metodist::routes
