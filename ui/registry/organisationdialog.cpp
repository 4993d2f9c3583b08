#include "organisationdialog.h"

#include "registry/registrytypes.h"
#include "storage/errors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>

namespace metodist::ui {

OrganisationDialog::OrganisationDialog(AppContext &context, const QString &organisationId, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    RegistryService registry(context.db());
    if (!organisationId.isEmpty())
        m_organisation = registry.loadOrganisation(organisationId);
    setWindowTitle(organisationId.isEmpty() ? tr("New organisation") : m_organisation.name);
    resize(620, 360);
    m_name = new QLineEdit(m_organisation.name);
    m_shortName = new QLineEdit(m_organisation.shortName);
    m_kind = new QComboBox;
    for (const auto &k : RegistryTypes::organisationKinds())
        m_kind->addItem(k.second, k.first);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(m_organisation.kind)));
    m_municipality = new QComboBox;
    for (const Municipality &m : registry.municipalities())
        m_municipality->addItem(m.name, m.id);
    m_municipality->setCurrentIndex(qMax(0, m_municipality->findData(m_organisation.municipalityId)));
    m_inn = new QLineEdit(m_organisation.inn);
    m_inn->setInputMask(QString());
    m_address = new QLineEdit(m_organisation.address);
    m_head = new QLineEdit(m_organisation.headName);
    m_phone = new QLineEdit(m_organisation.phone);
    m_email = new QLineEdit(m_organisation.email);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Short name"), m_shortName);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Municipality"), m_municipality);
    form->addRow(tr("&INN"), m_inn);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Head"), m_head);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void OrganisationDialog::accept()
{
    Organisation o = m_organisation;
    o.name = m_name->text();
    o.shortName = m_shortName->text().trimmed();
    o.kind = m_kind->currentData().toString();
    o.municipalityId = m_municipality->currentData().toString();
    o.inn = m_inn->text().trimmed();
    o.address = m_address->text().trimmed();
    o.headName = m_head->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.email = m_email->text().trimmed();
    try {
        RegistryService(m_context.db()).saveOrganisation(o);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("The organisation was not saved"), e.message());
        return;
    }
    m_organisation = o;
    m_context.announceDataChanged(QStringLiteral("organisation"));
    QDialog::accept();
}

} // namespace metodist::ui
