#pragma once
// Entering one filled-in questionnaire: the group (for a survey about a programme),
// optionally the respondent, a 1–5 mark per question, the overall mark and a comment.
#include "storage/database.h"
#include "support/surveys.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace metodist::ui {

class PersonPicker;

class SurveyDialog : public QDialog {
    Q_OBJECT
public:
    SurveyDialog(Database &db, const QString &surveyCode, QWidget *parent = nullptr);
    // For tests and pre-filling: the mark of a question (code, or "satisfaction").
    void setMark(const QString &code, int mark);
    void setGroup(const QString &groupId);
    void setComment(const QString &comment);
    void accept() override;

private:
    Database &m_db;
    support::SurveyDefinition m_definition;
    QComboBox *m_group = nullptr;
    PersonPicker *m_person;
    QDateEdit *m_date;
    QList<QButtonGroup *> m_marks; // the questions, then the overall mark
    QPlainTextEdit *m_comment;
};

} // namespace metodist::ui
