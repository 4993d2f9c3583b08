#include "supportpage.h"

#include "communitypanel.h"
#include "mentoringpanel.h"
#include "surveypanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace metodist::ui {

SupportPage::SupportPage(AppContext &context, QWidget *parent)
    : SectionPage(context, parent), m_tabs(new QTabWidget(this)), m_mentoring(new MentoringPanel(context, this)),
      m_communities(new CommunityPanel(context, this)), m_surveys(new SurveyPanel(context, this))
{
    m_tabs->addTab(m_mentoring, tr("&Mentoring and young teachers"));
    m_tabs->addTab(m_communities, tr("Methodical &active and communities"));
    m_tabs->addTab(m_surveys, tr("Satisfaction &surveys"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { loadCurrent(false); });
    // Another section's change (a new person, a finished group) shows on the next visit.
    connect(&context, &AppContext::dataChanged, this, [this] { m_loaded = {false, false, false}; });
}

void SupportPage::activate() { loadCurrent(false); }

void SupportPage::loadCurrent(bool force)
{
    const int index = m_tabs->currentIndex();
    if (index < 0 || (m_loaded.at(index) && !force))
        return;
    m_loaded[index] = true;
    if (index == 0)
        m_mentoring->refresh();
    else if (index == 1)
        m_communities->refresh();
    else
        m_surveys->refresh();
}

} // namespace metodist::ui
