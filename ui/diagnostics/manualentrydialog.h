#pragma once
// Results entered by hand: a person, an instrument, a date and a score per competence;
// the level of each appears as it is typed, with the instrument's thresholds.
#include "shell/appcontext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace metodist::ui {

class PersonPicker;

class ManualEntryDialog : public QDialog {
    Q_OBJECT
public:
    ManualEntryDialog(AppContext &context, const QString &personId = {}, QWidget *parent = nullptr);
    QTableWidget *scores() const { return m_scores; }
    QString savedId() const { return m_savedId; }
    // Saves; on failure shows the problems and returns false.
    bool save();

private:
    void updateLevels();
    AppContext &m_context;
    PersonPicker *m_person;
    QComboBox *m_instrument;
    QDateEdit *m_date;
    QTableWidget *m_scores;
    QLabel *m_problems;
    QString m_savedId;
};

} // namespace metodist::ui
