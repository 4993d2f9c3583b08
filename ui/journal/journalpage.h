#pragma once
// Journals: choose a group, mark attendance and grades from the keyboard (undo / redo),
// the final attestation, completion with the outcome per learner, documents and their
// register, printing (journal, attendance sheet, register), XLSX and the ФИС ФРДО sheet.
#include "shell/sectionpage.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace metodist::ui {

class JournalModel;
class JournalTable;

class JournalPage : public SectionPage {
    Q_OBJECT
public:
    explicit JournalPage(AppContext &context, QWidget *parent = nullptr);
    void activate() override;
    void openGroup(const QString &groupId);
    JournalModel *model() const { return m_model; }
    JournalTable *table() const { return m_table; }

    // The HTML of the printouts (also for tests and screenshots).
    QString journalHtml() const;
    QString attendanceSheetHtml() const;
    QString registerHtml() const;

private:
    void reloadGroups();
    void complete();
    void showRegister();
    void print(const QString &title, const QString &html);
    void savePdf(const QString &suggested, const QString &html);
    void exportXlsx();
    bool guarded(const std::function<void()> &f);

    JournalModel *m_model;
    JournalTable *m_table;
    QComboBox *m_groups;
    QCheckBox *m_mine;
    QLabel *m_info;
    QPushButton *m_complete;
    bool m_loaded = false;
};

} // namespace metodist::ui
