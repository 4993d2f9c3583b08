#include "programmecard.h"

#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace metodist::ui {

ProgrammeCard::ProgrammeCard(Database &db, const QString &programmeId, QWidget *parent)
    : QDialog(parent), m_db(db), m_id(programmeId)
{
    const QVariantMap row = Rows::get(db, QStringLiteral("programme"), programmeId);
    setWindowTitle(tr("Programme: %1").arg(row.value(QStringLiteral("title")).toString()));
    m_title = new QLineEdit(row.value(QStringLiteral("title")).toString());
    m_kind = new QComboBox;
    m_kind->addItem(tr("ПК (advanced training)"), QStringLiteral("PK"));
    m_kind->addItem(tr("ПП (professional retraining)"), QStringLiteral("PP"));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(row.value(QStringLiteral("kind")))));
    m_hours = new QSpinBox;
    m_hours->setRange(0, 5000);
    m_hours->setValue(row.value(QStringLiteral("hours")).toInt());
    m_form = new QComboBox;
    m_form->addItem(tr("Full-time"), QStringLiteral("full_time"));
    m_form->addItem(tr("Blended"), QStringLiteral("blended"));
    m_form->addItem(tr("Distance"), QStringLiteral("distance"));
    m_form->setCurrentIndex(qMax(0, m_form->findData(row.value(QStringLiteral("form")))));
    m_inFrdpp = new QCheckBox(tr("In the federal register of programmes (ФР ДПП)"));
    m_inFrdpp->setChecked(row.value(QStringLiteral("in_frdpp")).toBool());
    m_frdppNumber = new QLineEdit(row.value(QStringLiteral("frdpp_number")).toString());
    m_network = new QCheckBox(tr("Network form"));
    m_network->setChecked(row.value(QStringLiteral("network_form")).toBool());
    auto *expertise = new QLabel(row.value(QStringLiteral("expertise_status")).toString());

    m_modules = new QListWidget;
    QSqlQuery q = sql::exec(db.db(), QStringLiteral("SELECT title, hours FROM programme_module WHERE programme_id = ? "
                                                    "AND deleted = 0 ORDER BY sort_order"), {programmeId});
    while (q.next())
        m_modules->addItem(tr("%1 (%2 h)").arg(q.value(0).toString()).arg(q.value(1).toInt()));
    m_competences = new QListWidget;
    q = sql::exec(db.db(), QStringLiteral("SELECT DISTINCT c.code, c.name FROM catalogue_competence cc "
                                          "JOIN competence c ON c.id = cc.competence_id WHERE cc.deleted = 0 AND "
                                          "((cc.item_kind = 'programme' AND cc.item_id = ?) OR (cc.item_kind = 'module' "
                                          "AND cc.item_id IN (SELECT id FROM programme_module WHERE programme_id = ?))) "
                                          "ORDER BY c.code"), {programmeId, programmeId});
    while (q.next())
        m_competences->addItem(QStringLiteral("%1 %2").arg(q.value(0).toString(), q.value(1).toString()));

    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Hours"), m_hours);
    form->addRow(tr("Form"), m_form);
    form->addRow(QString(), m_inFrdpp);
    form->addRow(tr("ФР ДПП number"), m_frdppNumber);
    form->addRow(QString(), m_network);
    form->addRow(tr("Expertise"), expertise);
    form->addRow(tr("Modules"), m_modules);
    form->addRow(tr("Competences"), m_competences);
    m_problem = new QLabel;
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString ProgrammeCard::validate() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Title: must not be empty.");
    if (m_hours->value() <= 0)
        return tr("Hours: must be greater than zero.");
    if (m_kind->currentData().toString() == QLatin1String("PP") && m_hours->value() < 250)
        return tr("Hours: a professional retraining programme (ПП) has at least 250 hours.");
    if (m_kind->currentData().toString() == QLatin1String("PK") && m_hours->value() < 16)
        return tr("Hours: an advanced training programme (ПК) has at least 16 hours.");
    if (m_inFrdpp->isChecked() && m_frdppNumber->text().trimmed().isEmpty())
        return tr("ФР ДПП number: required when the programme is in ФР ДПП.");
    return {};
}

bool ProgrammeCard::save()
{
    const QString problem = validate();
    m_problem->setText(problem);
    if (!problem.isEmpty())
        return false;
    try {
        sql::Transaction tx(m_db.db());
        const QString number = m_frdppNumber->text().trimmed();
        Rows::update(m_db, QStringLiteral("programme"), m_id,
                     {{QStringLiteral("title"), m_title->text().trimmed()},
                      {QStringLiteral("kind"), m_kind->currentData()},
                      {QStringLiteral("hours"), m_hours->value()},
                      {QStringLiteral("form"), m_form->currentData()},
                      {QStringLiteral("in_frdpp"), m_inFrdpp->isChecked() ? 1 : 0},
                      {QStringLiteral("frdpp_number"), number.isEmpty() ? QVariant() : QVariant(number)},
                      {QStringLiteral("network_form"), m_network->isChecked() ? 1 : 0}});
        tx.commit();
    } catch (const Error &e) {
        m_problem->setText(e.message());
        return false;
    }
    return true;
}

} // namespace metodist::ui
