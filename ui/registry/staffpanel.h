#pragma once
// The staff list of the register: search as you type, filters, sortable columns,
// card, add, soft delete with undo, export and print.
#include "registry/staffquery.h"
#include "shell/appcontext.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace metodist::ui {

class StaffListModel;

class StaffPanel : public QWidget {
    Q_OBJECT
public:
    StaffPanel(AppContext &context, QUndoStack *undoStack, QWidget *parent = nullptr);
    StaffListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    void load();
    bool isLoaded() const { return m_loaded; }

    void addPerson();
    void openCurrent();
    void deleteSelected();
    void exportTable();
    void printTable();

private:
    StaffFilter currentFilter() const;
    void applyFilter();
    void fillFilterCombos();
    void fillOrganisations();
    void updateCount(int count);
    QList<QStringList> allFilteredRows() const;

    AppContext &m_context;
    QUndoStack *m_undo;
    StaffListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_municipality, *m_organisation, *m_position;
    QCheckBox *m_young, *m_showDeleted;
    QLabel *m_count;
    QTimer m_debounce;
    bool m_loaded = false;
};

} // namespace metodist::ui
