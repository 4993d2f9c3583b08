#pragma once
// The "Needs equipment" cell of the Auto-schedule dialog's group list, edited in place
// as a checkable list of the equipment names found in the profile's rooms: F2, Enter or
// a double click opens it, Space ticks a name, Enter keeps the ticks, Esc drops them.
// The cell holds the names as a QStringList under NamesRole and shows them joined
// ("Interactive whiteboard, 3D printer"). A name that no room has any more (a need kept
// from an earlier run) stays in the list, marked, so it can be unticked.
#include <QStyledItemDelegate>

namespace metodist::ui {

class EquipmentNeedsDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int NamesRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    // The names offered (those of the equipment in the rooms), in display order.
    void setChoices(const QStringList &names) { m_choices = names; }
    const QStringList &choices() const { return m_choices; }
    // Writes the names and their display text into a cell.
    static void store(QAbstractItemModel *model, const QModelIndex &index, const QStringList &names);
    static QString display(const QStringList &names);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_choices;
};

} // namespace metodist::ui
