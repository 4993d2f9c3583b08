#pragma once
// The regional methodical and managerial actives and professional communities: the
// list on the left, the members of the chosen one with their roles on the right.
#include "shell/appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace metodist::ui {

class CommunityPanel : public QWidget {
    Q_OBJECT
public:
    explicit CommunityPanel(AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *communities() const { return m_communities; }
    QTableWidget *members() const { return m_members; }

private:
    QString currentCommunity() const;
    void loadMembers();
    void newCommunity();
    void renameCommunity();
    void removeCommunity();
    void addMember();
    void removeMember();

    AppContext &m_context;
    QTableWidget *m_communities, *m_members;
    QLabel *m_title;
    QPushButton *m_rename, *m_remove, *m_addMember, *m_removeMember;
};

} // namespace metodist::ui
