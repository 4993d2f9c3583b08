#pragma once
// The journal grid as a table model: one row per learner, one column per session, then
// the final attestation (title, result). Every edit is a command on the undo stack; a
// command writes its batch of cells through JournalService in one transaction.
#include "journal/journalservice.h"

#include <QAbstractTableModel>
#include <QUndoStack>

#include <functional>

namespace metodist::ui {

class JournalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    JournalModel(Database &db, QObject *parent = nullptr);

    void load(const QString &groupId);
    const journal::JournalGrid &grid() const { return m_grid; }
    QUndoStack *undoStack() { return &m_undo; }
    int sessionCount() const { return int(m_grid.sessions.size()); }
    int finalTitleColumn() const { return sessionCount(); }
    int finalResultColumn() const { return sessionCount() + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Cell edits as one undoable step: QPoint(session column, row) -> new mark. When a
    // mark breaks a rule nothing is written and failed() says why.
    void setCells(const QList<QPair<QPoint, journal::Mark>> &cells, const QString &text);
    void setAttendance(const QModelIndexList &indexes, const QString &attendance);
    void setGrade(const QModelIndexList &indexes, const QString &grade);
    void clearCells(const QModelIndexList &indexes);
    // The column of `index` filled with that cell's content (Ctrl+D).
    void fillColumn(const QModelIndex &index);

    // Called by the commands: write and show (no new undo step).
    void applyCells(const QList<QPair<QPoint, journal::Mark>> &cells);
    void applyFinal(int row, const QString &title, const QString &result);
    // Runs f; a metodist::Error becomes the failed() signal. Returns whether it succeeded.
    bool guarded(const std::function<void()> &f);

Q_SIGNALS:
    void failed(const QString &message);

private:
    Database &m_db;
    journal::JournalGrid m_grid;
    QUndoStack m_undo;
};

} // namespace metodist::ui
