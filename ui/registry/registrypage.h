#pragma once
#include "shell/sectionpage.h"

class QTabWidget;
class QUndoStack;

namespace metodist::ui {

class StaffPanel;
class OrganisationPanel;

// Реестр: staff, organisations and municipalities.
class RegistryPage : public SectionPage {
    Q_OBJECT
public:
    RegistryPage(AppContext &context, QWidget *parent = nullptr);
    void activate() override;
    StaffPanel *staffPanel() const { return m_staff; }
    QUndoStack *undoStack() const { return m_undo; }

private:
    QUndoStack *m_undo;
    QTabWidget *m_tabs;
    StaffPanel *m_staff;
    OrganisationPanel *m_organisations;
};

} // namespace metodist::ui
