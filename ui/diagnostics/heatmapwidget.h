#pragma once
// The analytics view of the section: deficit shares by competence × organisation or
// municipality, filters above, double-click opens the people behind a cell,
// Ctrl+E exports (XLSX or PDF by the chosen file type), print preview on demand.
#include "heatmapmodel.h"
#include "shell/appcontext.h"

#include <QWidget>

class QComboBox;
class QDialog;
class QTableView;

namespace metodist::ui {

class HeatMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapWidget(AppContext &context, QWidget *parent = nullptr);

    HeatMapModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    HeatMapQuery query() const;
    // Opens (non-modal) the list of people behind a cell and returns it.
    QDialog *drillDown(const QModelIndex &index);
    // XLSX or PDF by the suffix; throws metodist::Error.
    void exportTo(const QString &path);

public Q_SLOTS:
    void refresh();
    void reloadFilters();
    void exportInteractive();
    void printPreview();

private:
    QString title() const;
    AppContext &m_context;
    HeatMapModel *m_model;
    QTableView *m_view;
    QComboBox *m_groupBy;
    QComboBox *m_level;
    QComboBox *m_instrument;
    QComboBox *m_municipality;
};

} // namespace metodist::ui
