#include "surveydialog.h"

#include "diagnostics/personpicker.h"
#include "guarded.h"
#include "storage/sql.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>

#include <algorithm>

namespace metodist::ui {

SurveyDialog::SurveyDialog(Database &db, const QString &surveyCode, QWidget *parent)
    : QDialog(parent), m_db(db), m_definition(support::Surveys::definition(surveyCode)), m_person(new PersonPicker(db, this)),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_comment(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Questionnaire: %1").arg(m_definition.title));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto *form = new QFormLayout(this);
    if (m_definition.aboutGroup) {
        m_group = new QComboBox(this);
        m_group->setEditable(true); // type to find a group among many
        m_group->setInsertPolicy(QComboBox::NoInsert);
        QSqlQuery q = sql::exec(db.db(), QStringLiteral(
            "SELECT g.id, g.code || ' — ' || p.title FROM study_group g JOIN programme p ON p.id = g.programme_id "
            "WHERE g.deleted = 0 AND g.status IN ('running', 'finished') ORDER BY g.ends_on DESC LIMIT 2000"));
        while (q.next())
            m_group->addItem(q.value(1).toString(), q.value(0));
        form->addRow(tr("&Group"), m_group);
    }
    form->addRow(tr("&Respondent (optional)"), m_person);
    form->addRow(tr("&Date"), m_date);
    form->addRow(new QLabel(tr("1 — very bad, 5 — excellent"), this));
    QList<support::SurveyQuestion> questions = m_definition.questions;
    questions.append({QStringLiteral("satisfaction"), support::Surveys::overallText()});
    for (const support::SurveyQuestion &question : questions) {
        auto *row = new QHBoxLayout;
        auto *group = new QButtonGroup(this);
        for (int mark = 1; mark <= 5; ++mark) {
            auto *button = new QRadioButton(QString::number(mark), this);
            group->addButton(button, mark);
            row->addWidget(button);
        }
        row->addStretch(1);
        group->setObjectName(question.code);
        m_marks << group;
        form->addRow(question.text, row);
    }
    m_comment->setPlaceholderText(tr("What to improve, what was most useful…"));
    m_comment->setMaximumHeight(90);
    form->addRow(tr("&Comment"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 0);
}

void SurveyDialog::setMark(const QString &code, int mark)
{
    for (QButtonGroup *group : m_marks)
        if (group->objectName() == code && group->button(mark))
            group->button(mark)->setChecked(true);
}

void SurveyDialog::setGroup(const QString &groupId)
{
    if (m_group)
        m_group->setCurrentIndex(m_group->findData(groupId));
}

void SurveyDialog::setComment(const QString &comment) { m_comment->setPlainText(comment); }

void SurveyDialog::accept()
{
    support::SurveyResponse response;
    response.surveyCode = m_definition.code;
    response.personId = m_person->personId();
    response.answeredOn = m_date->date();
    response.comment = m_comment->toPlainText();
    if (m_group && m_group->currentIndex() >= 0 && m_group->itemText(m_group->currentIndex()) == m_group->currentText())
        response.groupId = m_group->currentData().toString();
    for (QButtonGroup *group : m_marks) {
        const int mark = std::max(0, group->checkedId());
        if (group->objectName() == QLatin1String("satisfaction"))
            response.satisfaction = mark;
        else
            response.answers.insert(group->objectName(), mark);
    }
    if (supportGuarded(this, [&] { support::Surveys::save(m_db, response); }))
        QDialog::accept();
}

} // namespace metodist::ui
