#include "equipmentneedsdelegate.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QScrollBar>

#include <algorithm>

namespace metodist::ui {

namespace {
// The in-place checklist. Enter is the delegate's "keep" (it commits on its own, queued):
// eaten here so it neither reaches the dialog (whose default button would accept the
// proposal) nor comes back to the view.
class NeedsChecklist : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Enter || event->key() == Qt::Key_Return) {
            event->accept();
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};
} // namespace

void EquipmentNeedsDelegate::store(QAbstractItemModel *model, const QModelIndex &index, const QStringList &names)
{
    model->setData(index, names, NamesRole);
    model->setData(index, display(names), Qt::DisplayRole);
}

QString EquipmentNeedsDelegate::display(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

QWidget *EquipmentNeedsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *list = new NeedsChecklist(parent);
    list->setObjectName(QStringLiteral("equipmentNeedsEditor"));
    list->setAutoFillBackground(true);
    list->setToolTip(tr("Space ticks the equipment the group's sessions need; Enter keeps, Esc cancels"));
    QStringList names = m_choices;
    const QStringList chosen = index.data(NamesRole).toStringList();
    for (const QString &name : chosen)
        if (!names.contains(name))
            names << name;
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(m_choices.contains(name) ? name : tr("%1 (no room has it)").arg(name), list);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (names.isEmpty())
        new QListWidgetItem(tr("No room lists any equipment"), list); // not checkable: nothing to choose
    return list;
}

void EquipmentNeedsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *list = static_cast<QListWidget *>(editor);
    const QStringList chosen = index.data(NamesRole).toStringList();
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->flags() & Qt::ItemIsUserCheckable)
            list->item(i)->setCheckState(chosen.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    if (list->count() > 0)
        list->setCurrentRow(0);
}

void EquipmentNeedsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *list = static_cast<const QListWidget *>(editor);
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            names << list->item(i)->data(Qt::UserRole).toString();
    store(model, index, names);
}

void EquipmentNeedsDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Drops down from the cell over the rows below (or up, near the bottom), within the viewport.
    auto *list = static_cast<QListWidget *>(editor);
    const QWidget *viewport = editor->parentWidget();
    const int frame = 2 * list->frameWidth();
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : option.rect.height();
    const int height = std::min(std::max(1, int(list->count())) * row + frame, viewport->height());
    const int width = std::min(std::max(option.rect.width(), list->sizeHintForColumn(0) + frame + list->verticalScrollBar()->sizeHint().width()),
                               viewport->width());
    const int top = std::clamp(option.rect.top(), 0, std::max(0, viewport->height() - height));
    const int left = std::clamp(option.rect.left(), 0, std::max(0, viewport->width() - width));
    editor->setGeometry(left, top, width, height);
}

} // namespace metodist::ui
