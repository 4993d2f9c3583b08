#include "personcarddialog.h"

#include "registry/registryservice.h"
#include "registry/registrytypes.h"
#include "registry/snils.h"
#include "storage/errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace metodist::ui {

static QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(QCoreApplication::translate("metodist::ui::PersonCardDialog", "not set"));
    edit->setDate(edit->minimumDate());
    return edit;
}

static QDate dateOf(const QDateEdit *edit) { return edit->date() == edit->minimumDate() ? QDate() : edit->date(); }
static void setDate(QDateEdit *edit, const QDate &d) { edit->setDate(d.isValid() ? d : edit->minimumDate()); }

PersonCardDialog::PersonCardDialog(AppContext &context, const QString &personId, const QString &organisationId,
                                   QWidget *parent)
    : QDialog(parent), m_context(context)
{
    RegistryService registry(context.db());
    if (!personId.isEmpty())
        m_person = registry.loadPerson(personId);
    else
        m_person.organisationId = organisationId;

    setWindowTitle(personId.isEmpty() ? tr("New member of staff") : tr("Card: %1").arg(m_person.fullName()));
    resize(760, 620);

    auto *main = new QWidget;
    auto *form = new QFormLayout(main);
    m_lastName = new QLineEdit(m_person.lastName);
    m_firstName = new QLineEdit(m_person.firstName);
    m_middleName = new QLineEdit(m_person.middleName);
    m_sex = new QComboBox;
    m_sex->addItem(tr("not set"), QString());
    m_sex->addItem(tr("male"), QStringLiteral("M"));
    m_sex->addItem(tr("female"), QStringLiteral("F"));
    m_sex->setCurrentIndex(m_sex->findData(m_person.sex));
    m_birthDate = makeDateEdit(this);
    setDate(m_birthDate, m_person.birthDate);
    m_snils = new QLineEdit(Snils::format(m_person.snils));
    m_snils->setPlaceholderText(QStringLiteral("123-456-789 01"));
    m_municipality = new QComboBox;
    m_organisation = new QComboBox;
    m_organisation->setEditable(true);
    m_organisation->setInsertPolicy(QComboBox::NoInsert);
    m_organisation->completer()->setFilterMode(Qt::MatchContains);
    m_organisation->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const QString currentMunicipality = m_person.organisationId.isEmpty()
        ? QString() : registry.loadOrganisation(m_person.organisationId).municipalityId;
    for (const Municipality &m : registry.municipalities())
        m_municipality->addItem(m.name, m.id);
    m_municipality->setCurrentIndex(qMax(0, m_municipality->findData(currentMunicipality)));
    fillOrganisations(m_municipality->currentData().toString());
    m_organisation->setCurrentIndex(m_organisation->findData(m_person.organisationId));
    m_position = new QLineEdit(m_person.position);
    m_position->setCompleter(new QCompleter(registry.positions(), m_position));
    m_subjects = new QLineEdit(m_person.subjects.join(QStringLiteral("; ")));
    m_subjects->setPlaceholderText(tr("separated by semicolons"));
    m_professionStart = makeDateEdit(this);
    setDate(m_professionStart, m_person.professionStartDate);
    m_hireDate = makeDateEdit(this);
    setDate(m_hireDate, m_person.hireDate);
    m_category = new QComboBox;
    for (const auto &c : RegistryTypes::categories())
        m_category->addItem(c.second, c.first);
    m_category->setCurrentIndex(qMax(0, m_category->findData(m_person.category)));
    m_isManager = new QCheckBox(tr("Member of the management team"));
    m_isManager->setChecked(m_person.isManager);
    m_email = new QLineEdit(m_person.email);
    m_phone = new QLineEdit(m_person.phone);
    m_young = new QLabel;

    form->addRow(tr("&Last name"), m_lastName);
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("&Middle name"), m_middleName);
    form->addRow(tr("Se&x"), m_sex);
    form->addRow(tr("&Born"), m_birthDate);
    form->addRow(tr("&СНИЛС"), m_snils);
    form->addRow(tr("M&unicipality"), m_municipality);
    form->addRow(tr("&Organisation"), m_organisation);
    form->addRow(tr("&Position"), m_position);
    form->addRow(tr("Su&bjects"), m_subjects);
    form->addRow(tr("In the profession &since"), m_professionStart);
    form->addRow(tr("&Hired"), m_hireDate);
    form->addRow(tr("&Category"), m_category);
    form->addRow(QString(), m_isManager);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("P&hone"), m_phone);
    form->addRow(QString(), m_young);

    auto *rolesBox = new QGroupBox(tr("Roles"));
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    for (const auto &role : RegistryTypes::roles()) {
        auto *check = new QCheckBox(role.second);
        check->setProperty("code", role.first);
        check->setChecked(m_person.roles.contains(role.first));
        rolesLayout->addWidget(check);
        m_roles << check;
    }
    rolesLayout->addStretch();
    auto *mainTab = new QWidget;
    auto *mainLayout = new QHBoxLayout(mainTab);
    mainLayout->addWidget(main, 3);
    mainLayout->addWidget(rolesBox, 1);

    m_tabs = new QTabWidget;
    m_tabs->addTab(mainTab, tr("Card"));

    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setAccessibleName(tr("Problems"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_municipality, &QComboBox::currentIndexChanged, this, [this] {
        fillOrganisations(m_municipality->currentData().toString());
        revalidate();
    });
    for (QLineEdit *edit : {m_lastName, m_firstName, m_middleName, m_snils, m_email})
        connect(edit, &QLineEdit::textChanged, this, &PersonCardDialog::revalidate);
    for (QDateEdit *edit : {m_birthDate, m_professionStart})
        connect(edit, &QDateEdit::dateChanged, this, &PersonCardDialog::revalidate);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &PersonCardDialog::revalidate);
    revalidate();
    m_lastName->setFocus();
}

void PersonCardDialog::fillOrganisations(const QString &municipalityId)
{
    const QString current = m_organisation->currentData().toString();
    m_organisation->clear();
    for (const Organisation &o : RegistryService(m_context.db()).organisations(municipalityId))
        m_organisation->addItem(o.name, o.id);
    m_organisation->setCurrentIndex(m_organisation->findData(current));
}

Person PersonCardDialog::collect() const
{
    Person p = m_person;
    p.lastName = m_lastName->text().trimmed();
    p.firstName = m_firstName->text().trimmed();
    p.middleName = m_middleName->text().trimmed();
    p.sex = m_sex->currentData().toString();
    p.birthDate = dateOf(m_birthDate);
    p.snils = m_snils->text().trimmed();
    p.organisationId = m_organisation->currentIndex() >= 0 ? m_organisation->currentData().toString() : QString();
    p.position = m_position->text().trimmed();
    p.subjects.clear();
    for (const QString &s : m_subjects->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            p.subjects << s.trimmed();
    p.professionStartDate = dateOf(m_professionStart);
    p.hireDate = dateOf(m_hireDate);
    p.category = m_category->currentData().toString();
    p.isManager = m_isManager->isChecked();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.roles.clear();
    for (const QCheckBox *check : m_roles)
        if (check->isChecked())
            p.roles << check->property("code").toString();
    return p;
}

void PersonCardDialog::revalidate()
{
    const Person p = collect();
    const QStringList problems = RegistryService(m_context.db()).validate(p);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
    const bool snilsBad = !p.snils.isEmpty() && !Snils::isValid(p.snils);
    m_snils->setStyleSheet(snilsBad ? QStringLiteral("background: #fde0e0;") : QString());
    m_young->setText(isYoungTeacher(p.birthDate, p.professionStartDate, QDate::currentDate())
                         ? tr("Young teacher: under 35 and in the first three years of the profession")
                         : QString());
}

void PersonCardDialog::accept()
{
    Person p = collect();
    try {
        RegistryService(m_context.db()).savePerson(p);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("The card was not saved"), e.message());
        return;
    }
    m_person = p;
    m_context.announceDataChanged(QStringLiteral("person"));
    m_context.showStatus(tr("Saved: %1").arg(p.fullName()));
    QDialog::accept();
}

} // namespace metodist::ui
