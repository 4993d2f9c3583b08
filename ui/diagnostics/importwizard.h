#pragma once
// Import of diagnostic results: choose a file and its source → map the columns (the
// mapping is remembered per source) → preview every problem → import in a worker
// thread with progress and cancel (cancel = rollback, nothing written).
#include "diagnostics/importer.h"
#include "io/table.h"
#include "shell/appcontext.h"

#include <QWizard>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace metodist::ui {

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    explicit ImportWizard(AppContext &context, QWidget *parent = nullptr);

    // For tests and drag-and-drop: start with this file chosen.
    void setFile(const QString &path);
    const ImportPlan &plan() const { return m_plan; }
    const ImportResult &result() const { return m_result; }
    ImportMapping mapping() const;
    void setPersonForRow(int row, const QString &personId) { m_overrides.insert(row, personId); }

    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    enum Page { FilePage, MappingPage, PreviewPage };
    QWizardPage *makeFilePage();
    QWizardPage *makeMappingPage();
    QWizardPage *makePreviewPage();
    bool readFile();
    void fillMapping(const ImportMapping &mapping);
    void analyse();
    bool runImport();
    // Lets the user pick the person of an unmatched or ambiguous row, then checks again.
    void resolveRow(int problemIndex);

    AppContext &m_context;
    io::Table m_table;
    ImportPlan m_plan;
    ImportResult m_result;
    QHash<int, QString> m_overrides; // file row -> person chosen by the user
    QLineEdit *m_path = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_layout = nullptr;
    QHash<QString, QComboBox *> m_columns; // mapping key -> header chooser
    QComboBox *m_instrument = nullptr;
    QDoubleSpinBox *m_max = nullptr;
    QListWidget *m_ignored = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
};

} // namespace metodist::ui
