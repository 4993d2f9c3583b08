#include "conflictswidget.h"

#include "storage/errors.h"
#include "sync/localsync.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

static QSet<QString> metaColumns()
{
    return {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};
}

static QJsonValue theirsValue(const SyncConflict &c, const QString &field)
{
    if (field == QLatin1String("deleted"))
        return c.theirs.value(QStringLiteral("deleted")).toBool() ? 1 : 0;
    return c.theirs.value(QStringLiteral("fields")).toObject().value(field);
}

static QString shown(const QJsonValue &value)
{
    const QVariant v = LocalSync::fromJson(value);
    return v.isNull() ? ConflictsWidget::tr("(empty)") : v.toString();
}

ConflictsWidget::ConflictsWidget(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("conflict_list"));
    m_list->setAccessibleName(tr("Conflicts to review"));
    m_explain = new QLabel;
    m_explain->setWordWrap(true);
    m_fields = new QTableWidget(0, 3);
    m_fields->setObjectName(QStringLiteral("conflict_fields"));
    m_fields->setHorizontalHeaderLabels({tr("Field (ticked = use mine)"), tr("Mine (this computer)"), tr("Theirs (server)")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keepMine = new QPushButton(tr("Keep &mine"));
    m_keepMine->setObjectName(QStringLiteral("keep_mine"));
    m_takeTheirs = new QPushButton(tr("Take &theirs"));
    m_takeTheirs->setObjectName(QStringLiteral("take_theirs"));
    m_merge = new QPushButton(tr("Merge: ticked fields mine, the rest theirs"));
    m_merge->setObjectName(QStringLiteral("merge"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_merge);
    buttons->addStretch();
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_explain);
    rightLayout->addWidget(m_fields, 1);
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    const auto guarded = [this](void (ConflictsWidget::*action)()) {
        return [this, action] {
            try {
                (this->*action)();
            } catch (const Error &e) {
                QMessageBox::warning(this, tr("Conflict"), e.message());
            }
        };
    };
    connect(m_keepMine, &QPushButton::clicked, this, guarded(&ConflictsWidget::keepMine));
    connect(m_takeTheirs, &QPushButton::clicked, this, guarded(&ConflictsWidget::takeTheirs));
    connect(m_merge, &QPushButton::clicked, this, guarded(&ConflictsWidget::mergeTicked));
    reload();
}

void ConflictsWidget::reload()
{
    const QString keep = current() ? current()->id : QString();
    m_conflicts = SyncConflicts(m_context.db()).unresolved();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int again = m_conflicts.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const SyncConflict &c = m_conflicts.at(i);
        const QString when = QDateTime::fromMSecsSinceEpoch(c.createdAt).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        const QString kind = c.refused() ? tr("refused by the server") : c.localConstraint() ? tr("breaks a local rule") : tr("edited on both sides");
        m_list->addItem(QStringLiteral("%1 · %2\n%3 · %4").arg(c.table, c.rowId.left(12), kind, when));
        if (c.id == keep)
            again = i;
    }
    m_list->setCurrentRow(again);
    showCurrent();
}

const SyncConflict *ConflictsWidget::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

void ConflictsWidget::select(int index) { m_list->setCurrentRow(index); }

void ConflictsWidget::showCurrent()
{
    m_fields->setRowCount(0);
    const SyncConflict *c = current();
    if (!c) {
        m_explain->setText(tr("No conflicts to review."));
        updateButtons();
        return;
    }
    if (c->refused()) {
        m_explain->setText(tr("The server refused this change (%1): %2\nYour local values are kept on this computer; "
                              "take theirs to mark it reviewed.")
                               .arg(c->theirs.value(QStringLiteral("code")).toString(), c->theirs.value(QStringLiteral("message")).toString()));
    } else if (c->localConstraint()) {
        m_explain->setText(tr("The server's version breaks a rule of this profile and was not written: %1")
                               .arg(c->mine.value(QStringLiteral("message")).toString()));
    } else {
        m_explain->setText(tr("%1 was changed here and on the server. Tick the fields where your version should win.").arg(c->table));
    }
    QStringList fields;
    const QJsonObject theirsFields = c->theirs.value(QStringLiteral("fields")).toObject();
    for (const QString &k : c->mine.keys() + theirsFields.keys() + QStringList{QStringLiteral("deleted")})
        if (!metaColumns().contains(k) && !fields.contains(k) && !(c->localConstraint() && k == QLatin1String("status")))
            fields << k;
    if (c->refused() || c->localConstraint())
        fields.removeAll(QStringLiteral("message"));
    const QStringList differing = c->differingFields();
    for (const QString &f : fields) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        auto *name = new QTableWidgetItem(f);
        const bool differs = differing.contains(f);
        name->setFlags(Qt::ItemIsEnabled | (differs ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        if (differs)
            name->setCheckState(Qt::Checked);
        auto *mine = new QTableWidgetItem(c->mine.contains(f) ? shown(c->mine.value(f)) : QString());
        auto *theirs = new QTableWidgetItem(c->refused() ? QString() : shown(theirsValue(*c, f)));
        for (QTableWidgetItem *item : {name, mine, theirs}) {
            if (differs) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(255, 236, 179));
            } else {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
        m_fields->setItem(row, 0, name);
        m_fields->setItem(row, 1, mine);
        m_fields->setItem(row, 2, theirs);
    }
    updateButtons();
}

QStringList ConflictsWidget::fields() const
{
    QStringList list;
    for (int r = 0; r < m_fields->rowCount(); ++r)
        list << m_fields->item(r, 0)->text();
    return list;
}

void ConflictsWidget::setUseMine(const QString &field, bool mine)
{
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        QTableWidgetItem *item = m_fields->item(r, 0);
        if (item->text() == field) {
            if (!(item->flags() & Qt::ItemIsUserCheckable))
                throw Error(tr("The field %1 is the same on both sides; there is nothing to choose.").arg(field));
            item->setCheckState(mine ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    throw Error(tr("The conflict has no field %1.").arg(field));
}

void ConflictsWidget::updateButtons()
{
    const SyncConflict *c = current();
    const bool editable = c && !m_locked && !c->refused() && !c->localConstraint();
    m_keepMine->setEnabled(editable);
    m_merge->setEnabled(editable);
    m_takeTheirs->setEnabled(c && !m_locked);
    m_takeTheirs->setText(c && (c->refused() || c->localConstraint()) ? tr("Mark &reviewed") : tr("Take &theirs"));
}

void ConflictsWidget::setLocked(bool locked)
{
    m_locked = locked;
    updateButtons();
}

void ConflictsWidget::after(const std::function<void(SyncConflicts &, const QString &)> &action)
{
    const SyncConflict *c = current();
    if (!c)
        throw Error(tr("Choose a conflict first."));
    if (m_locked)
        throw Error(tr("A sync is running; resolve the conflict when it has finished."));
    SyncConflicts conflicts(m_context.db());
    action(conflicts, c->id);
    const QString table = c->table;
    reload();
    m_context.announceDataChanged(table);
    Q_EMIT resolved(count());
}

void ConflictsWidget::keepMine()
{
    after([](SyncConflicts &s, const QString &id) { s.keepMine(id); });
}

void ConflictsWidget::takeTheirs()
{
    after([](SyncConflicts &s, const QString &id) { s.takeTheirs(id); });
}

void ConflictsWidget::mergeTicked()
{
    QSet<QString> mine;
    for (int r = 0; r < m_fields->rowCount(); ++r)
        if (m_fields->item(r, 0)->checkState() == Qt::Checked)
            mine.insert(m_fields->item(r, 0)->text());
    after([mine](SyncConflicts &s, const QString &id) { s.merge(id, mine); });
}

} // namespace metodist::ui
