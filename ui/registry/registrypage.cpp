#include "registrypage.h"

#include "organisationpanel.h"
#include "staffpanel.h"

#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace metodist::ui {

RegistryPage::RegistryPage(AppContext &context, QWidget *parent) : SectionPage(context, parent)
{
    m_undo = new QUndoStack(this);
    m_tabs = new QTabWidget;
    m_staff = new StaffPanel(context, m_undo);
    m_organisations = new OrganisationPanel(context);
    m_tabs->addTab(m_staff, tr("&Staff"));
    m_tabs->addTab(m_organisations, tr("O&rganisations"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { activate(); });
}

void RegistryPage::activate()
{
    if (m_tabs->currentWidget() == m_staff)
        m_staff->load();
    else
        m_organisations->load();
}

} // namespace metodist::ui
