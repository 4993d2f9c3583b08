#pragma once
// The journal grid's view with keyboard entry: arrows move; п/p present, н/a absent,
// у/e excused, о/l late (then the cursor goes to the next learner); digits enter a grade
// (points: typed digits accumulate for a moment; pass/fail: 1 pass, 0 fail); Delete
// clears; Ctrl+D fills the column with the current cell. Letters act on the selection.
#include <QElapsedTimer>
#include <QTableView>

namespace metodist::ui {

class JournalModel;

class JournalTable : public QTableView {
    Q_OBJECT
public:
    explicit JournalTable(JournalModel *model, QWidget *parent = nullptr);
    void fillCurrentColumn();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QModelIndexList targets() const;
    void moveDown();
    JournalModel *m_model;
    QString m_digits;
    QElapsedTimer m_digitTimer;
    QModelIndex m_digitCell;
};

} // namespace metodist::ui
