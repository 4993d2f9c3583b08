#include "communitypanel.h"

#include "diagnostics/personpicker.h"
#include "guarded.h"
#include "storage/sql.h"
#include "support/community.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

using support::CommunityService;

static QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

CommunityPanel::CommunityPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_communities(table(this, {tr("Community or active"), tr("Kind"), tr("Municipality"), tr("Members")})),
      m_members(table(this, {tr("Name"), tr("Organisation"), tr("Role"), tr("Joined")})), m_title(new QLabel(this)),
      m_rename(new QPushButton(tr("&Rename…"), this)), m_remove(new QPushButton(tr("Re&move"), this)),
      m_addMember(new QPushButton(tr("&Add member…"), this)), m_removeMember(new QPushButton(tr("Remove m&ember"), this))
{
    // The names carry the meaning: kind and municipality are elided, the members' organisation takes the rest.
    for (int column : {1, 2}) {
        m_communities->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_communities->setColumnWidth(column, 170);
    }
    m_members->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *newButton = new QPushButton(tr("&New…"), this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *leftButtons = new QHBoxLayout;
    for (QPushButton *b : {newButton, m_rename, m_remove})
        leftButtons->addWidget(b);
    leftButtons->addStretch(1);
    leftLayout->addLayout(leftButtons);
    leftLayout->addWidget(m_communities, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *rightButtons = new QHBoxLayout;
    rightButtons->addWidget(m_title, 1);
    rightButtons->addWidget(m_addMember);
    rightButtons->addWidget(m_removeMember);
    rightLayout->addLayout(rightButtons);
    rightLayout->addWidget(m_members, 1);
    m_members->setToolTip(tr("Change a member's role in the Role column; double-click a name to open the card"));

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(newButton, &QPushButton::clicked, this, &CommunityPanel::newCommunity);
    connect(m_rename, &QPushButton::clicked, this, &CommunityPanel::renameCommunity);
    connect(m_remove, &QPushButton::clicked, this, &CommunityPanel::removeCommunity);
    connect(m_addMember, &QPushButton::clicked, this, &CommunityPanel::addMember);
    connect(m_removeMember, &QPushButton::clicked, this, &CommunityPanel::removeMember);
    connect(m_communities, &QTableWidget::currentCellChanged, this, [this] { loadMembers(); });
    connect(m_members, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        m_context.requestOpenPerson(m_members->item(row, 0)->data(Qt::UserRole + 1).toString());
    });
}

QString CommunityPanel::currentCommunity() const
{
    const int row = m_communities->currentRow();
    return row < 0 ? QString() : m_communities->item(row, 0)->data(Qt::UserRole).toString();
}

void CommunityPanel::refresh()
{
    const QString keep = currentCommunity();
    supportGuarded(this, [&] {
        QSignalBlocker block(m_communities);
        m_communities->setRowCount(0);
        QSqlQuery q = sql::exec(m_context.db().db(), CommunityService::communityListSql());
        int select = 0;
        while (q.next()) {
            const int row = m_communities->rowCount();
            m_communities->insertRow(row);
            auto *name = new QTableWidgetItem(q.value(0).toString());
            name->setData(Qt::UserRole, q.value(4));
            m_communities->setItem(row, 0, name);
            m_communities->setItem(row, 1, new QTableWidgetItem(RegistryTypes::label(CommunityService::kinds(), q.value(1).toString())));
            m_communities->setItem(row, 2, new QTableWidgetItem(q.value(2).toString().isEmpty() ? tr("region") : q.value(2).toString()));
            auto *count = new QTableWidgetItem;
            count->setData(Qt::DisplayRole, q.value(3).toInt());
            m_communities->setItem(row, 3, count);
            if (q.value(4).toString() == keep)
                select = row;
        }
        if (m_communities->rowCount() > 0)
            m_communities->setCurrentCell(select, 0);
    });
    loadMembers();
}

void CommunityPanel::loadMembers()
{
    const QString community = currentCommunity();
    m_rename->setEnabled(!community.isEmpty());
    m_remove->setEnabled(!community.isEmpty());
    m_addMember->setEnabled(!community.isEmpty());
    m_members->setRowCount(0);
    m_title->setText(community.isEmpty() ? tr("Choose a community") : m_communities->item(m_communities->currentRow(), 0)->text());
    if (community.isEmpty()) {
        m_removeMember->setEnabled(false);
        return;
    }
    supportGuarded(this, [&] {
        const QList<support::CommunityMember> members = CommunityService(m_context.db()).members(community);
        m_members->setRowCount(int(members.size()));
        for (int row = 0; row < members.size(); ++row) {
            const support::CommunityMember &m = members.at(row);
            auto *name = new QTableWidgetItem(m.name);
            name->setData(Qt::UserRole, m.id);
            name->setData(Qt::UserRole + 1, m.personId);
            m_members->setItem(row, 0, name);
            m_members->setItem(row, 1, new QTableWidgetItem(m.organisation));
            auto *role = new QComboBox(m_members);
            for (const CodeLabel &r : CommunityService::roles())
                role->addItem(r.second, r.first);
            role->setCurrentIndex(role->findData(m.role));
            const QString memberId = m.id;
            connect(role, &QComboBox::activated, this, [this, role, memberId] {
                if (supportGuarded(this, [&] { CommunityService(m_context.db()).setRole(memberId, role->currentData().toString()); })) {
                    m_context.showStatus(tr("Role changed."));
                    m_context.announceDataChanged(QStringLiteral("community_member"));
                }
            });
            m_members->setCellWidget(row, 2, role);
            m_members->setItem(row, 3, new QTableWidgetItem(m.joinedOn.toString(QStringLiteral("dd.MM.yyyy"))));
        }
    });
    m_removeMember->setEnabled(m_members->rowCount() > 0);
}

void CommunityPanel::newCommunity()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New community"));
    auto *name = new QLineEdit(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (const CodeLabel &k : CommunityService::kinds())
        kind->addItem(k.second, k.first);
    auto *municipality = new QComboBox(&dialog);
    municipality->addItem(tr("Region-wide"), QString());
    QSqlQuery q = sql::exec(m_context.db().db(), QStringLiteral("SELECT id, name FROM municipality WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        municipality->addItem(q.value(1).toString(), q.value(0));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Kind"), kind);
    form->addRow(tr("&Municipality"), municipality);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (supportGuarded(&dialog, [&] {
                CommunityService(m_context.db()).createCommunity(name->text(), kind->currentData().toString(),
                                                                  municipality->currentData().toString());
            }))
            dialog.accept();
    });
    dialog.resize(480, 0);
    if (dialog.exec() == QDialog::Accepted) {
        m_context.announceDataChanged(QStringLiteral("community"));
        refresh();
    }
}

void CommunityPanel::renameCommunity()
{
    const QString id = currentCommunity();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("&Name"), QLineEdit::Normal,
                                               m_communities->item(m_communities->currentRow(), 0)->text(), &ok);
    if (ok && supportGuarded(this, [&] { CommunityService(m_context.db()).renameCommunity(id, name); }))
        refresh();
}

void CommunityPanel::removeCommunity()
{
    const QString id = currentCommunity();
    if (id.isEmpty()
        || QMessageBox::question(this, tr("Remove"), tr("Remove «%1» with all its memberships?")
                                                        .arg(m_communities->item(m_communities->currentRow(), 0)->text()))
               != QMessageBox::Yes)
        return;
    if (supportGuarded(this, [&] { CommunityService(m_context.db()).removeCommunity(id); })) {
        m_context.announceDataChanged(QStringLiteral("community"));
        refresh();
    }
}

void CommunityPanel::addMember()
{
    const QString community = currentCommunity();
    if (community.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a member"));
    auto *person = new PersonPicker(m_context.db(), &dialog);
    auto *role = new QComboBox(&dialog);
    for (const CodeLabel &r : CommunityService::roles())
        role->addItem(r.second, r.first);
    auto *joined = new QDateEdit(QDate::currentDate(), &dialog);
    joined->setCalendarPopup(true);
    joined->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Person"), person);
    form->addRow(tr("&Role"), role);
    form->addRow(tr("&Joined"), joined);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (supportGuarded(&dialog, [&] {
                CommunityService(m_context.db()).addMember(community, person->personId(), role->currentData().toString(), joined->date());
            }))
            dialog.accept();
    });
    dialog.resize(520, 0);
    if (dialog.exec() == QDialog::Accepted) {
        m_context.announceDataChanged(QStringLiteral("community_member"));
        refresh();
    }
}

void CommunityPanel::removeMember()
{
    const int row = m_members->currentRow();
    if (row < 0)
        return;
    const QString memberId = m_members->item(row, 0)->data(Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Remove"), tr("Remove %1 from «%2»?").arg(m_members->item(row, 0)->text(), m_title->text()))
        != QMessageBox::Yes)
        return;
    if (supportGuarded(this, [&] { CommunityService(m_context.db()).removeMember(memberId); })) {
        m_context.announceDataChanged(QStringLiteral("community_member"));
        refresh();
    }
}

} // namespace metodist::ui
