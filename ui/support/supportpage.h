#pragma once
// The Support section (step 8 of the cycle): mentoring pairs and young teachers, the
// regional actives and communities, satisfaction surveys. The portfolio is a tab of
// the person's card (PortfolioWidget).
#include "shell/sectionpage.h"

class QTabWidget;

namespace metodist::ui {

class CommunityPanel;
class MentoringPanel;
class SurveyPanel;

class SupportPage : public SectionPage {
    Q_OBJECT
public:
    explicit SupportPage(AppContext &context, QWidget *parent = nullptr);
    void activate() override;

    QTabWidget *tabs() const { return m_tabs; }
    MentoringPanel *mentoring() const { return m_mentoring; }
    CommunityPanel *communities() const { return m_communities; }
    SurveyPanel *surveys() const { return m_surveys; }

private:
    void loadCurrent(bool force);

    QTabWidget *m_tabs;
    MentoringPanel *m_mentoring;
    CommunityPanel *m_communities;
    SurveyPanel *m_surveys;
    QList<bool> m_loaded{false, false, false};
};

} // namespace metodist::ui
