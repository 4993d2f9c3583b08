#pragma once
// Satisfaction surveys: choose a questionnaire, a programme and a period; the answers
// are charted (distribution of marks per question, mean satisfaction per programme),
// listed with comments and exported to XLSX. New responses are entered here.
#include "shell/appcontext.h"
#include "support/surveys.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableWidget;

namespace metodist::ui {

class SurveyPanel : public QWidget {
    Q_OBJECT
public:
    explicit SurveyPanel(AppContext &context, QWidget *parent = nullptr);
    void refresh();
    const support::SurveyResults &results() const { return m_results; }
    QComboBox *surveyChooser() const { return m_survey; }
    QChartView *distributionChart() const { return m_distribution; }
    QChartView *programmeChart() const { return m_programmes; }

private:
    void loadProgrammes();
    void fillDistribution();
    void fillProgrammes();
    void exportXlsx();
    void newResponse();

    AppContext &m_context;
    QComboBox *m_survey, *m_programme;
    QDateEdit *m_from, *m_to;
    QChartView *m_distribution, *m_programmes;
    QTableWidget *m_table;
    QListWidget *m_comments;
    QLabel *m_summary;
    support::SurveyResults m_results;
};

} // namespace metodist::ui
