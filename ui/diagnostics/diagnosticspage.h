#pragma once
// The Diagnostics section: the heat map of deficits (analytics), a person's deficit
// profile, intake (import wizard, manual entry, questionnaire) and reference data.
#include "shell/sectionpage.h"

class QTabWidget;

namespace metodist::ui {

class DeficitProfileWidget;
class HeatMapWidget;
class PersonPicker;
class ReferenceEditor;

class DiagnosticsPage : public SectionPage {
    Q_OBJECT
public:
    DiagnosticsPage(AppContext &context, QWidget *parent = nullptr);
    void activate() override;

    HeatMapWidget *heatMap() const { return m_heatMap; }
    DeficitProfileWidget *profile() const { return m_profile; }

public Q_SLOTS:
    void importFile(const QString &path = {});
    void enterResults();
    void fillQuestionnaire();

private:
    QTabWidget *m_tabs;
    HeatMapWidget *m_heatMap;
    PersonPicker *m_picker;
    DeficitProfileWidget *m_profile;
    ReferenceEditor *m_reference;
    bool m_loaded = false;
};

} // namespace metodist::ui
