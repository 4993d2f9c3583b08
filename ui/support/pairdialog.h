#pragma once
// A new mentoring pair: mentor, mentee, period and goal; the rules are checked by
// MentoringService when OK is pressed and the dialog stays open on a refusal.
#include "storage/database.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace metodist::ui {

class PersonPicker;

class PairDialog : public QDialog {
    Q_OBJECT
public:
    explicit PairDialog(Database &db, QWidget *parent = nullptr);
    void setMentee(const QString &personId);
    QString createdId() const { return m_created; }
    void accept() override;

private:
    Database &m_db;
    PersonPicker *m_mentor, *m_mentee;
    QDateEdit *m_from, *m_to;
    QCheckBox *m_hasEnd;
    QLineEdit *m_goal;
    QString m_created;
};

// Ends (or cancels) an active pair on a date.
class EndPairDialog : public QDialog {
    Q_OBJECT
public:
    EndPairDialog(Database &db, const QString &pairId, QWidget *parent = nullptr);
    void accept() override;

private:
    Database &m_db;
    QString m_pairId;
    QDateEdit *m_date;
    QCheckBox *m_cancelled;
};

} // namespace metodist::ui
