#pragma once
// The mentoring tab: pairs (all or active) and the young teachers without a mentor,
// with buttons to create and end pairs and to assign a mentor to a young teacher.
#include "shell/appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace metodist::ui {

class MentoringModel;

class MentoringPanel : public QWidget {
    Q_OBJECT
public:
    explicit MentoringPanel(AppContext &context, QWidget *parent = nullptr);
    void refresh();
    MentoringModel *model() const { return m_model; }
    QComboBox *viewChooser() const { return m_view; }

private:
    void newPair(const QString &menteeId = {});
    void endPair();
    void openPerson(int row);
    void updateButtons();

    AppContext &m_context;
    MentoringModel *m_model;
    QComboBox *m_view, *m_municipality;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_new, *m_end, *m_assign;
};

} // namespace metodist::ui
