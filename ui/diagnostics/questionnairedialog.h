#pragma once
// A self-assessment questionnaire filled in inside the app (by or with the teacher):
// the items of an instrument answered 0..max, the levels per competence shown at once
// and saved as a diagnostic of source "questionnaire".
#include "shell/appcontext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace metodist::ui {

class PersonPicker;

class QuestionnaireDialog : public QDialog {
    Q_OBJECT
public:
    QuestionnaireDialog(AppContext &context, const QString &personId = {}, QWidget *parent = nullptr);
    QTableWidget *items() const { return m_items; }
    QTableWidget *results() const { return m_results; }
    void selectInstrument(const QString &instrumentId);
    bool save();
    QString savedId() const { return m_savedId; }

private:
    void loadItems();
    void rescore();
    QHash<QString, double> answers() const;
    AppContext &m_context;
    PersonPicker *m_person;
    QComboBox *m_instrument;
    QTableWidget *m_items;
    QTableWidget *m_results;
    QLabel *m_problems;
    QString m_savedId;
};

} // namespace metodist::ui
