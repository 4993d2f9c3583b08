#pragma once
// Targets per year for one level (region, municipality or organisation): an
// indicator × year table the user fills in, checked, then saved to indicator_target.
#include "monitoring/indicatortargets.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace metodist::ui {

class TargetsEditor : public QWidget {
    Q_OBJECT
public:
    explicit TargetsEditor(QWidget *parent = nullptr);

    // Shows the targets of the level for the years (reloads, dropping unsaved edits).
    void load(const Database &db, monitoring::Level level, const QString &levelId, const QString &levelName, int fromYear, int toYear);
    QTableWidget *table() const { return m_table; }
    bool isModified() const { return m_modified; }
    // The entries as typed; a cell that is not a number gives a value of NaN (refused on save).
    QList<monitoring::TargetEntry> entries() const;
    // Validates and saves; on a problem shows it and returns false.
    bool save();

Q_SIGNALS:
    void saved();

private:
    void cellEdited(int row, int column);
    void setModified(bool modified);

    const Database *m_db = nullptr;
    monitoring::Level m_level = monitoring::Level::Region;
    QString m_levelId;
    int m_fromYear = 0;
    QLabel *m_caption;
    QTableWidget *m_table;
    QPushButton *m_save;
    QPushButton *m_revert;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace metodist::ui
