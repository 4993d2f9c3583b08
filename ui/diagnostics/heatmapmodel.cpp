#include "heatmapmodel.h"

#include <QColor>

namespace metodist::ui {

void HeatMapModel::setData(HeatMapData data, int minLevel)
{
    beginResetModel();
    m_data = std::move(data);
    m_minLevel = minLevel;
    endResetModel();
}

int HeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.groupIds.size());
}

int HeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.competenceIds.size());
}

QColor HeatMapModel::colorFor(double share, bool measured)
{
    if (!measured)
        return QColor(0xEE, 0xEE, 0xEE);
    // Hue 120° (green) at 0 down to 0° (red) at 1.
    return QColor::fromHsvF(float((1.0 - share) / 3.0), 0.55f, 1.0f);
}

QVariant HeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const HeatCell &cell = m_data.cells.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.measured > 0 ? QStringLiteral("%1%").arg(qRound(cell.share() * 100)) : QStringLiteral("—");
    case Qt::UserRole: // the share as a number, for tests and export
        return cell.measured > 0 ? QVariant(cell.share()) : QVariant();
    case Qt::UserRole + 1:
        return cell.measured;
    case Qt::UserRole + 2:
        return cell.deficit;
    case Qt::BackgroundRole:
        return colorFor(cell.share(), cell.measured > 0);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("%1\n%2 %3\n%4 of %5 measured with a %6 deficit (%7%)")
            .arg(m_data.groupNames.at(index.row()), m_data.competenceCodes.at(index.column()),
                 m_data.competenceNames.at(index.column()))
            .arg(cell.deficit)
            .arg(cell.measured)
            .arg(m_minLevel >= 2 ? tr("pronounced") : tr("partial or pronounced"))
            .arg(cell.measured > 0 ? qRound(cell.share() * 100) : 0);
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_data.competenceCodes.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_data.competenceCodes.at(section);
        if (role == Qt::ToolTipRole)
            return m_data.competenceNames.at(section);
    } else {
        if (section < 0 || section >= m_data.groupNames.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_data.groupNames.at(section);
    }
    return {};
}

} // namespace metodist::ui
