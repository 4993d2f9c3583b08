#pragma once
// The main window: navigation by the sections of the cycle, their pages created
// lazily on first visit, menus, and a status bar with the profile and its state.
#include "appcontext.h"
#include "sections.h"

#include <QMainWindow>
#include <QVector>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace metodist::ui {

class PersonCardDialog;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    AppContext &context() { return *m_context; }

    int sectionCount() const { return int(m_sections.size()); }
    QString sectionCode(int index) const { return m_sections.at(index).code; }
    // Switches to a section (creating its page on first use) and returns the page.
    SectionPage *showSection(int index);
    SectionPage *showSection(const QString &code);

    // The person's card with the tabs other sections give it (the deficit profile).
    std::unique_ptr<PersonCardDialog> createPersonCard(const QString &personId);
    void openPerson(const QString &personId);

Q_SIGNALS:
    // Emitted when the user asks for another profile; the application reopens.
    void switchProfileRequested(const QString &path);

private:
    void buildMenus();
    void updateStatus();
    int sectionIndex(const QString &code) const;
    SectionPage *pageAt(int index); // creates the page on first use, without showing it

    AppContext *m_context;
    QList<SectionInfo> m_sections;
    QVector<SectionPage *> m_pages;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QUndoGroup *m_undoGroup;
    QLabel *m_profileLabel, *m_countsLabel, *m_syncLabel;
};

} // namespace metodist::ui
