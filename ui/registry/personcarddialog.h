#pragma once
// The card of one member of staff: view and edit, with СНИЛС and other checks shown
// as you type and nothing saved until every problem is fixed.
#include "registry/person.h"
#include "shell/appcontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;
class QDialogButtonBox;

namespace metodist::ui {

class PersonCardDialog : public QDialog {
    Q_OBJECT
public:
    // personId empty: a new person (organisationId preselects the organisation).
    PersonCardDialog(AppContext &context, const QString &personId, const QString &organisationId = {},
                     QWidget *parent = nullptr);
    QString personId() const { return m_person.id; }
    // Extra tabs (e.g. the deficit profile) are added by other sections.
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;

private:
    Person collect() const;
    void revalidate();
    void fillOrganisations(const QString &municipalityId);

    AppContext &m_context;
    Person m_person;
    QTabWidget *m_tabs;
    QLineEdit *m_lastName, *m_firstName, *m_middleName, *m_snils, *m_position, *m_subjects, *m_email, *m_phone;
    QComboBox *m_sex, *m_municipality, *m_organisation, *m_category;
    QDateEdit *m_birthDate, *m_professionStart, *m_hireDate;
    QCheckBox *m_isManager;
    QList<QCheckBox *> m_roles;
    QLabel *m_problems, *m_young;
    QDialogButtonBox *m_buttons;
};

} // namespace metodist::ui
