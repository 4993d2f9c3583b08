#pragma once
// Deficit shares as a table: rows = organisations or municipalities, columns =
// competences; the background goes from green (no one) to red (everyone).
#include "diagnostics/heatmap.h"

#include <QAbstractTableModel>

namespace metodist::ui {

class HeatMapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setData(HeatMapData data, int minLevel);
    const HeatMapData &heatData() const { return m_data; }
    int minLevel() const { return m_minLevel; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour of a share (0..1); grey for "nobody measured".
    static QColor colorFor(double share, bool measured);

private:
    HeatMapData m_data;
    int m_minLevel = 1;
};

} // namespace metodist::ui
