#pragma once
// Reference data of the section, edited in place: instruments with their thresholds and
// the competence framework (codes and names). Each change is saved as it is made.
#include "shell/appcontext.h"

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;

namespace metodist::ui {

class ReferenceEditor : public QWidget {
    Q_OBJECT
public:
    explicit ReferenceEditor(AppContext &context, QWidget *parent = nullptr);
    QTableWidget *instruments() const { return m_instruments; }

public Q_SLOTS:
    void reload();

private:
    void instrumentEdited(QTableWidgetItem *item);
    void competenceEdited(QTableWidgetItem *item);
    void addInstrument();
    AppContext &m_context;
    QTableWidget *m_instruments;
    QTableWidget *m_competences;
};

} // namespace metodist::ui
