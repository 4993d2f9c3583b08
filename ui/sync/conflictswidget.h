#pragma once
// The conflicts screen: the open sync_conflict rows on the left; for the chosen one, both
// versions side by side by field (mine | theirs, differing fields highlighted and ticked
// as "use mine"), and the actions keep mine / take theirs / merge the ticked fields.
// Resolving writes ordinary edits through SyncConflicts, which the next sync sends.
#include "shell/appcontext.h"
#include "sync/conflicts.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace metodist::ui {

class ConflictsWidget : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsWidget(AppContext &context, QWidget *parent = nullptr);

    void reload();
    int count() const { return int(m_conflicts.size()); }
    void select(int index);
    const SyncConflict *current() const;
    // The field rows shown for the current conflict, and the "use mine" ticks.
    QStringList fields() const;
    void setUseMine(const QString &field, bool mine);

    // The actions behind the buttons (throw metodist::Error; the buttons show it).
    void keepMine();
    void takeTheirs();
    void mergeTicked();
    // While a sync runs the worker owns the outbox: resolving waits.
    void setLocked(bool locked);

Q_SIGNALS:
    void resolved(int remaining);

private:
    void showCurrent();
    void updateButtons();
    void after(const std::function<void(SyncConflicts &, const QString &)> &action);

    AppContext &m_context;
    QList<SyncConflict> m_conflicts;
    QListWidget *m_list;
    QLabel *m_explain;
    QTableWidget *m_fields;
    QPushButton *m_keepMine, *m_takeTheirs, *m_merge;
    bool m_locked = false;
};

} // namespace metodist::ui
