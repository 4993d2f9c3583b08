#pragma once
// What stands behind a figure: every row of its denominator, marked counted or not,
// in a sortable, filterable table that can be saved as XLSX.
#include "io/texttable.h"
#include "monitoring/dashboarddata.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace metodist::ui {

class FigureDialog : public QDialog {
    Q_OBJECT
public:
    FigureDialog(const QString &title, const QString &subtitle, const QList<monitoring::FigureRow> &rows, QWidget *parent = nullptr);

    enum Show { All, Counted, NotCounted };
    void setShow(Show show);
    QTableView *view() const { return m_view; }
    int visibleRows() const;
    // The rows as they are shown (filter and sort applied).
    TextTable table() const;
    void exportXlsx(const QString &path) const;

Q_SIGNALS:
    void openPersonRequested(const QString &personId);

private:
    void applyFilter();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_show;
    QLineEdit *m_search;
    QLabel *m_summary;
    QString m_title;
};

} // namespace metodist::ui
