#pragma once
// Read/edit card of one programme: its fields, modules and competences. Saves through
// Rows::update in one transaction; validation messages name the field.
#include "storage/database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace metodist::ui {

class ProgrammeCard : public QDialog {
    Q_OBJECT
public:
    ProgrammeCard(Database &db, const QString &programmeId, QWidget *parent = nullptr);
    QListWidget *modules() const { return m_modules; }
    QListWidget *competences() const { return m_competences; }
    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *hoursEdit() const { return m_hours; }
    // Empty when the fields are valid, else a message naming the field.
    QString validate() const;
    // Validates and writes; returns false and shows the problem in the card.
    bool save();

private:
    Database &m_db;
    QString m_id;
    QLineEdit *m_title, *m_frdppNumber;
    QComboBox *m_kind, *m_form;
    QSpinBox *m_hours;
    QCheckBox *m_inFrdpp, *m_network;
    QLabel *m_problem;
    QListWidget *m_modules, *m_competences;
};

} // namespace metodist::ui
