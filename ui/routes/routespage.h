#pragma once
// The routes section: pick a person, let the optimiser propose a route (with ranked
// alternatives), save it as a draft, move it through its statuses, mark items done, and
// print the card. The person's deficits stay beside the route; what is not covered is
// highlighted. Routes for a whole organisation are built in a worker thread.
#include "routes/routeservice.h"
#include "shell/sectionpage.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace metodist::ui {

class RoutesPage : public SectionPage {
    Q_OBJECT
public:
    explicit RoutesPage(AppContext &context, QWidget *parent = nullptr);
    void activate() override;

    // The actions behind the buttons; they throw metodist::Error (the buttons show it).
    void openPerson(const QString &personId);
    void proposeRoute();                      // best proposal and alternatives, not saved yet
    void showAlternative(int index);
    QString saveProposal();                   // the shown proposal as a draft route
    void openRoute(const QString &routeId);
    void changeStatus(const QString &status); // of the open route
    void setItemStatus(int row, const QString &status, const QString &evidence = {});
    void exportPdf(const QString &path);
    QString cardHtml() const;

    // Builds draft routes for a scope on a worker thread with its own connection, with a
    // progress dialog that can cancel (= roll back); batchFinished tells the outcome.
    void startBatch(const RouteService::BatchScope &scope);

    QString currentRouteId() const { return m_routeId; }
    int alternativeCount() const { return int(m_proposals.size()); }
    RouteRequest request() const;

Q_SIGNALS:
    void batchFinished(const QString &message);

private:
    void buildUi();
    void searchPeople();
    void refreshRouteList();
    void showProposal();
    void showRoute();
    void addDeficitRow(const QString &competenceId, int level, const QString &state, bool uncovered);
    void updateButtons();
    void guarded(const std::function<void()> &action);
    void buildForOrganisation();
    void exportXlsx();

    RouteService m_service;
    QHash<QString, QString> m_competenceNames;
    QString m_personId;
    QString m_personOrganisation;
    QString m_routeId;
    RouteRow m_route;
    QList<RouteProposal> m_proposals;
    int m_shown = -1;

    QLineEdit *m_search = nullptr;
    QListWidget *m_people = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_personLabel = nullptr;
    QComboBox *m_routes = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_budget = nullptr;
    QCheckBox *m_fullTime = nullptr;
    QCheckBox *m_blended = nullptr;
    QCheckBox *m_distance = nullptr;
    QComboBox *m_alternatives = nullptr;
    QPushButton *m_propose = nullptr;
    QPushButton *m_save = nullptr;
    QHash<QString, QPushButton *> m_statusButtons;
    QPushButton *m_itemDone = nullptr;
    QPushButton *m_itemCancel = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_batch = nullptr;
    QTableWidget *m_items = nullptr;
    QTableWidget *m_deficits = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace metodist::ui
