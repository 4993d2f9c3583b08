#pragma once
// Organisations of the register (about a thousand in a region: a filtered SQL model).
#include "shell/appcontext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QSqlQueryModel;
class QTableView;

namespace metodist::ui {

class OrganisationPanel : public QWidget {
    Q_OBJECT
public:
    explicit OrganisationPanel(AppContext &context, QWidget *parent = nullptr);
    void load();
    QTableView *view() const { return m_view; }

private:
    void openCurrent();
    void addOrganisation();
    void addMunicipality();
    AppContext &m_context;
    QSqlQueryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    bool m_loaded = false;
};

} // namespace metodist::ui
