#include "diagnosticspage.h"

#include "deficitprofilewidget.h"
#include "diagnostics/framework.h"
#include "heatmapwidget.h"
#include "importwizard.h"
#include "manualentrydialog.h"
#include "personpicker.h"
#include "questionnairedialog.h"
#include "referenceeditor.h"
#include "storage/errors.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace metodist::ui {

DiagnosticsPage::DiagnosticsPage(AppContext &context, QWidget *parent)
    : SectionPage(context, parent), m_tabs(new QTabWidget(this)), m_heatMap(new HeatMapWidget(context, this)),
      m_picker(new PersonPicker(context.db(), this)), m_profile(new DeficitProfileWidget(context, this)),
      m_reference(new ReferenceEditor(context, this))
{
    auto *importButton = new QPushButton(tr("Import results…"), this);
    auto *manualButton = new QPushButton(tr("Enter results…"), this);
    auto *questionnaireButton = new QPushButton(tr("Questionnaire…"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(importButton);
    actions->addWidget(manualButton);
    actions->addWidget(questionnaireButton);
    actions->addStretch();

    auto *profilePage = new QWidget(this);
    auto *profileLayout = new QHBoxLayout(profilePage);
    profileLayout->addWidget(m_picker, 1);
    profileLayout->addWidget(m_profile, 3);

    m_tabs->addTab(m_heatMap, tr("Heat map"));
    m_tabs->addTab(profilePage, tr("Deficit profile"));
    m_tabs->addTab(m_reference, tr("Instruments and competences"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    connect(importButton, &QPushButton::clicked, this, [this] { importFile(); });
    connect(manualButton, &QPushButton::clicked, this, &DiagnosticsPage::enterResults);
    connect(questionnaireButton, &QPushButton::clicked, this, &DiagnosticsPage::fillQuestionnaire);
    connect(m_picker, &PersonPicker::personChanged, m_profile, &DeficitProfileWidget::setPerson);
    connect(&context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (!m_loaded)
            return;
        if (table.isEmpty() || table.startsWith(QLatin1String("diagnostic")) || table == QLatin1String("person")
            || table == QLatin1String("organisation") || table == QLatin1String("municipality"))
            m_heatMap->refresh();
        if (table.isEmpty() || table == QLatin1String("instrument") || table == QLatin1String("municipality"))
            m_heatMap->reloadFilters();
    });
}

void DiagnosticsPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    try {
        // Nothing can be measured without a framework: give a new profile the default one.
        if (CompetenceFramework(context().db()).seedDefaults() > 0)
            context().showStatus(tr("The default competence framework was added to this profile."));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Diagnostics"), e.message());
    }
    m_heatMap->reloadFilters();
    m_heatMap->refresh();
    m_reference->reload();
}

void DiagnosticsPage::importFile(const QString &path)
{
    ImportWizard wizard(context(), this);
    if (!path.isEmpty())
        wizard.setFile(path);
    wizard.exec();
}

void DiagnosticsPage::enterResults()
{
    ManualEntryDialog dialog(context(), m_profile->person(), this);
    dialog.exec();
}

void DiagnosticsPage::fillQuestionnaire()
{
    QuestionnaireDialog dialog(context(), m_profile->person(), this);
    dialog.exec();
}

} // namespace metodist::ui
