#pragma once
#include "registry/registryservice.h"
#include "shell/appcontext.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace metodist::ui {

// View and edit one organisation of the register.
class OrganisationDialog : public QDialog {
    Q_OBJECT
public:
    OrganisationDialog(AppContext &context, const QString &organisationId, QWidget *parent = nullptr);
    void accept() override;

private:
    AppContext &m_context;
    Organisation m_organisation;
    QLineEdit *m_name, *m_shortName, *m_inn, *m_address, *m_head, *m_phone, *m_email;
    QComboBox *m_kind, *m_municipality;
};

} // namespace metodist::ui
