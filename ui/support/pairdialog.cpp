#include "pairdialog.h"

#include "diagnostics/personpicker.h"
#include "guarded.h"
#include "support/mentoring.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace metodist::ui {

static QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

PairDialog::PairDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_mentor(new PersonPicker(db, this)), m_mentee(new PersonPicker(db, this)),
      m_from(dateEdit(this, QDate::currentDate())), m_to(dateEdit(this, QDate::currentDate().addYears(1))),
      m_hasEnd(new QCheckBox(tr("Planned end"), this)), m_goal(new QLineEdit(this))
{
    setWindowTitle(tr("New mentoring pair"));
    m_hasEnd->setChecked(true);
    m_goal->setPlaceholderText(tr("e.g. adaptation at the school, preparing an open lesson"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Mentor"), m_mentor);
    form->addRow(tr("M&entee"), m_mentee);
    form->addRow(tr("&From"), m_from);
    form->addRow(m_hasEnd, m_to);
    form->addRow(tr("&Goal"), m_goal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasEnd, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    resize(560, 0);
}

void PairDialog::setMentee(const QString &personId) { m_mentee->setPerson(personId); }

void PairDialog::accept()
{
    support::MentoringPair pair;
    pair.mentorId = m_mentor->personId();
    pair.menteeId = m_mentee->personId();
    pair.startsOn = m_from->date();
    pair.endsOn = m_hasEnd->isChecked() ? m_to->date() : QDate();
    pair.goal = m_goal->text();
    if (supportGuarded(this, [&] { m_created = support::MentoringService(m_db).create(pair); }))
        QDialog::accept();
}

EndPairDialog::EndPairDialog(Database &db, const QString &pairId, QWidget *parent)
    : QDialog(parent), m_db(db), m_pairId(pairId), m_date(dateEdit(this, QDate::currentDate())),
      m_cancelled(new QCheckBox(tr("Cancelled (the pair did not work out)"), this))
{
    setWindowTitle(tr("End the mentoring pair"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&End date"), m_date);
    form->addRow(m_cancelled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EndPairDialog::accept()
{
    if (supportGuarded(this, [&] { support::MentoringService(m_db).end(m_pairId, m_date->date(), m_cancelled->isChecked()); }))
        QDialog::accept();
}

} // namespace metodist::ui
