#pragma once
// A person's deficit profile for the card: levels per competence as a bar chart (their
// latest measurement of each), the history of diagnostics, and a before/after comparison
// of two chosen diagnostics (how a route worked).
#include "shell/appcontext.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace metodist::ui {

class DeficitProfileWidget : public QWidget {
    Q_OBJECT
public:
    explicit DeficitProfileWidget(AppContext &context, QWidget *parent = nullptr);
    void setPerson(const QString &personId);
    QString person() const { return m_personId; }

    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *comparisonTable() const { return m_comparison; }
    // Number of bars in the chart (competences measured).
    int barCount() const { return m_bars; }

public Q_SLOTS:
    void reload();
    void compare();

private:
    AppContext &m_context;
    QString m_personId;
    QChartView *m_chart;
    QTableWidget *m_history;
    QComboBox *m_before;
    QComboBox *m_after;
    QTableWidget *m_comparison;
    QLabel *m_empty;
    int m_bars = 0;
};

} // namespace metodist::ui
