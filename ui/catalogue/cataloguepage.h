#pragma once
// The Catalogue section: programmes (with a card), events, materials, pending applications
// and the expertise of the selected programme.
#include "shell/sectionpage.h"

class QAbstractItemModel;
class QLineEdit;
class QStandardItemModel;
class QSortFilterProxyModel;
class QSqlQueryModel;
class QTabWidget;
class QTableView;

namespace metodist::ui {

class ProgrammeCard;

class CataloguePage : public SectionPage {
    Q_OBJECT
public:
    explicit CataloguePage(AppContext &context, QWidget *parent = nullptr);
    void activate() override;

    // For tests and the shell.
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *programmeFilter() const { return m_programmeFilter; }
    QTableView *programmeView() const { return m_programmes; }
    QTableView *applicationView() const { return m_applications; }
    QTableView *expertiseView() const { return m_expertise; }
    QString selectedProgrammeId() const;
    QString selectedApplicationId() const;
    // Moves the selected application; a rejection needs a reason. Returns false and shows why.
    bool changeApplicationStatus(const QString &status, const QString &comment = {});
    // Opens the card of the selected programme; modal unless a test takes the dialog.
    ProgrammeCard *makeProgrammeCard();
    void reload();

private:
    QWidget *tableTab(QAbstractItemModel *model, QLineEdit *&filter, QTableView *&view, QSortFilterProxyModel *&proxy);
    void reloadExpertise();
    void exportCurrent();

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_programmeFilter = nullptr, *m_eventFilter = nullptr, *m_materialFilter = nullptr,
              *m_applicationFilter = nullptr;
    QTableView *m_programmes = nullptr, *m_events = nullptr, *m_materials = nullptr, *m_applications = nullptr,
               *m_expertise = nullptr;
    QSqlQueryModel *m_programmeModel = nullptr, *m_eventModel = nullptr, *m_materialModel = nullptr;
    QStandardItemModel *m_applicationModel = nullptr, *m_expertiseModel = nullptr;
    QSortFilterProxyModel *m_programmeProxy = nullptr, *m_eventProxy = nullptr, *m_materialProxy = nullptr,
                          *m_applicationProxy = nullptr;
    QString m_programmeSql, m_eventSql, m_materialSql;
    bool m_loaded = false;
};

} // namespace metodist::ui
