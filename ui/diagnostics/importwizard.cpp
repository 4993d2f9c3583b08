#include "importwizard.h"

#include "diagnostics/framework.h"
#include "diagnostics/instruments.h"
#include "storage/errors.h"
#include "personpicker.h"
#include "worker.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>

namespace metodist::ui {

namespace {
struct ColumnRole {
    const char *key;
    const char *label;
};
const ColumnRole kRoles[] = {
    {"snils", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "СНИЛС")},
    {"last_name", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "Last name")},
    {"first_name", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "First name")},
    {"middle_name", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "Middle name")},
    {"full_name", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "Full name (one column)")},
    {"organisation", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "Organisation")},
    {"instrument", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "Instrument column")},
    {"date", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "Date")},
    {"competence", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "Competence (long layout)")},
    {"score", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "Score (long layout)")},
    {"max", QT_TRANSLATE_NOOP("metodist::ui::ImportWizard", "Maximum (long layout)")},
};
} // namespace

ImportWizard::ImportWizard(AppContext &context, QWidget *parent) : QWizard(parent), m_context(context)
{
    setWindowTitle(tr("Import diagnostic results"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("Import"));
    setPage(FilePage, makeFilePage());
    setPage(MappingPage, makeMappingPage());
    setPage(PreviewPage, makePreviewPage());
    resize(820, 600);
}

QWizardPage *ImportWizard::makeFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("File"));
    page->setSubTitle(tr("A CSV (UTF-8 or Windows-1251, ';' or ',') or XLSX file exported by a diagnostics platform."));
    m_path = new QLineEdit(page);
    auto *browse = new QPushButton(tr("Browse…"), page);
    m_source = new QComboBox(page);
    m_source->setEditable(true);
    m_source->addItems(ImportMapping::rememberedSources(m_context.db()));
    m_source->setToolTip(tr("Where the file comes from; the column mapping is remembered under this name."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("File:"), row);
    form->addRow(tr("Source:"), m_source);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Diagnostic results"), QString(),
                                                          tr("Tables (*.csv *.txt *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    return page;
}

QWizardPage *ImportWizard::makeMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Tell which column holds what. People are matched by СНИЛС, otherwise by full name and organisation."));
    auto *form = new QFormLayout;
    m_layout = new QComboBox(page);
    m_layout->addItem(tr("Wide: one column per competence code"), int(ImportMapping::Layout::Wide));
    m_layout->addItem(tr("Long: competence, score and maximum columns"), int(ImportMapping::Layout::Long));
    form->addRow(tr("Layout:"), m_layout);
    for (const ColumnRole &role : kRoles) {
        auto *box = new QComboBox(page);
        m_columns.insert(QLatin1String(role.key), box);
        form->addRow(tr(role.label) + u':', box);
    }
    m_instrument = new QComboBox(page);
    form->addRow(tr("Instrument (when no column):"), m_instrument);
    m_max = new QDoubleSpinBox(page);
    m_max->setRange(0.01, 100000);
    m_max->setValue(100);
    form->addRow(tr("Maximum score (when no column):"), m_max);
    m_ignored = new QListWidget(page);
    m_ignored->setToolTip(tr("Checked columns are neither people nor scores and are skipped."));
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(form, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Columns to skip (wide layout):"), page));
    right->addWidget(m_ignored);
    layout->addLayout(right, 2);
    return page;
}

QWizardPage *ImportWizard::makePreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every problem of the file is listed. Nothing is written until the file has none."));
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_problems = new QTableWidget(0, 4, page);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(new QLabel(tr("Double-click a row whose person was not found or is ambiguous to choose the person."), page));
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { resolveRow(row); });
    return page;
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
}

bool ImportWizard::readFile()
{
    struct Outcome {
        io::Table table;
        QString error;
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString path = m_path->text().trimmed();
    // Exceptions do not cross QtConcurrent as themselves: carry the message back.
    const Outcome outcome = runInWorker<Outcome>([path] {
        Outcome o;
        try {
            o.table = io::TableReader::read(path);
        } catch (const Error &e) {
            o.error = e.message();
        }
        return o;
    });
    QApplication::restoreOverrideCursor();
    if (!outcome.error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), outcome.error);
        return false;
    }
    m_table = outcome.table;
    return true;
}

void ImportWizard::fillMapping(const ImportMapping &m)
{
    const QJsonObject columns = m.toJson().value(QStringLiteral("columns")).toObject();
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        QComboBox *box = it.value();
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString &h : std::as_const(m_table.header))
            box->addItem(h, h);
        box->setCurrentIndex(qMax(0, box->findData(columns.value(it.key()).toString())));
    }
    m_layout->setCurrentIndex(m.layout == ImportMapping::Layout::Wide ? 0 : 1);
    m_instrument->clear();
    m_instrument->addItem(tr("(from the column)"), QString());
    for (const Instrument &i : InstrumentService(m_context.db()).instruments())
        m_instrument->addItem(i.name, i.name);
    m_instrument->setCurrentIndex(qMax(0, m_instrument->findData(m.instrumentName)));
    if (m_instrument->currentIndex() == 0 && m.instrumentColumn.isEmpty() && m_instrument->count() > 1)
        m_instrument->setCurrentIndex(1);
    m_max->setValue(m.defaultMax);
    m_ignored->clear();
    for (const QString &h : std::as_const(m_table.header)) {
        auto *item = new QListWidgetItem(h, m_ignored);
        item->setCheckState(m.ignored.contains(h) ? Qt::Checked : Qt::Unchecked);
    }
}

ImportMapping ImportWizard::mapping() const
{
    QJsonObject columns;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        if (const QString h = it.value()->currentData().toString(); !h.isEmpty())
            columns.insert(it.key(), h);
    QJsonArray ignored;
    for (int i = 0; i < m_ignored->count(); ++i)
        if (m_ignored->item(i)->checkState() == Qt::Checked)
            ignored.append(m_ignored->item(i)->text());
    QJsonObject json{{QStringLiteral("layout"), m_layout->currentIndex() == 0 ? QStringLiteral("wide") : QStringLiteral("long")},
                     {QStringLiteral("columns"), columns},
                     {QStringLiteral("max_score"), m_max->value()},
                     {QStringLiteral("ignore"), ignored}};
    if (const QString name = m_instrument->currentData().toString(); !name.isEmpty() && !columns.contains(QStringLiteral("instrument")))
        json.insert(QStringLiteral("instrument"), name);
    return ImportMapping::fromJson(json);
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        QStringList codes;
        for (const Competence &c : CompetenceFramework(m_context.db()).competences())
            codes << c.code;
        std::optional<ImportMapping> remembered;
        try {
            remembered = ImportMapping::remembered(m_context.db(), m_source->currentText().trimmed());
        } catch (const Error &) {
            remembered.reset(); // a stale mapping: start from a guess
        }
        fillMapping(remembered ? *remembered : ImportMapping::guess(m_table.header, codes));
    } else if (id == PreviewPage) {
        analyse();
    }
    QWizard::initializePage(id);
}

void ImportWizard::analyse()
{
    m_problems->setRowCount(0);
    m_summary->setText(tr("Checking…"));
    ImportMapping m;
    try {
        m = mapping();
    } catch (const Error &e) {
        m_summary->setText(e.message());
        return;
    }
    const io::Table table = m_table;
    const QString source = m_source->currentText().trimmed();
    Database &db = m_context.db();
    struct Outcome {
        ImportPlan plan;
        QString error;
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QHash<int, QString> overrides = m_overrides;
    const Outcome outcome = runInWorker<Outcome>([&db, table, m, source, overrides] {
        Outcome o;
        try {
            auto own = db.openAnother();
            DiagnosticsImporter importer(*own);
            importer.setPersonOverrides(overrides);
            o.plan = importer.analyse(table, m, source);
        } catch (const Error &e) {
            o.error = e.message();
        }
        return o;
    });
    QApplication::restoreOverrideCursor();
    m_plan = outcome.plan;
    if (!outcome.error.isEmpty()) {
        m_summary->setText(outcome.error);
        return;
    }
    m_problems->setRowCount(int(m_plan.problems.size()));
    for (int r = 0; r < m_plan.problems.size(); ++r) {
        const ImportProblem &p = m_plan.problems.at(r);
        m_problems->setItem(r, 0, new QTableWidgetItem(p.file));
        m_problems->setItem(r, 1, new QTableWidgetItem(QString::number(p.row)));
        m_problems->setItem(r, 2, new QTableWidgetItem(p.column));
        m_problems->setItem(r, 3, new QTableWidgetItem(p.reason));
    }
    m_problems->resizeColumnsToContents();
    m_summary->setText(m_plan.ok()
                           ? tr("%1 (%2): %3 rows, %4 diagnostics, %5 scores. No problems: press Import.")
                                 .arg(m_table.fileName, m_table.format)
                                 .arg(m_plan.rows)
                                 .arg(m_plan.diagnostics.size())
                                 .arg(m_plan.scoreCount)
                           : tr("%1 (%2): %n problem(s). Fix the file or the register and check again; nothing will be written.",
                                nullptr, int(m_plan.problems.size()))
                                 .arg(m_table.fileName, m_table.format));
}

void ImportWizard::resolveRow(int problemIndex)
{
    if (problemIndex < 0 || problemIndex >= m_plan.problems.size())
        return;
    const ImportProblem problem = m_plan.problems.at(problemIndex);
    if (problem.kind != ImportProblem::Unmatched && problem.kind != ImportProblem::Ambiguous)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Row %1: choose the person").arg(problem.row));
    auto *label = new QLabel(problem.reason, &dialog);
    label->setWordWrap(true);
    auto *picker = new PersonPicker(m_context.db(), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(picker);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || picker->personId().isEmpty())
        return;
    m_overrides.insert(problem.row, picker->personId());
    analyse();
    Q_EMIT currentPage()->completeChanged();
}

bool ImportWizard::runImport()
{
    const qint64 total = m_plan.diagnostics.size();
    QProgressDialog progress(tr("Importing %1…").arg(m_plan.fileName), tr("Cancel"), 0, int(total), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    struct Outcome {
        ImportResult result;
        QString error;
    };
    Database &db = m_context.db();
    const ImportPlan plan = m_plan;
    QProgressDialog *dialog = &progress;
    const Outcome outcome = runInWorker<Outcome>([&db, plan, cancelled, dialog] {
        Outcome o;
        try {
            auto own = db.openAnother();
            o.result = DiagnosticsImporter(*own).write(plan, [&](qint64 done, qint64) {
                QMetaObject::invokeMethod(dialog, [dialog, done] { dialog->setValue(int(done)); }, Qt::QueuedConnection);
                return !cancelled->load();
            });
        } catch (const Error &e) {
            o.error = e.message();
        }
        return o;
    });
    progress.close();
    m_result = outcome.result;
    if (!outcome.error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(outcome.error));
        return false;
    }
    if (m_result.cancelled) {
        m_context.showStatus(tr("Import cancelled; nothing was written."));
        return false;
    }
    const QString source = m_source->currentText().trimmed();
    if (!source.isEmpty())
        ImportMapping::remember(m_context.db(), source, mapping());
    m_context.announceDataChanged(QStringLiteral("diagnostic"));
    m_context.showStatus(tr("Imported %1: %2 new, %3 updated, %4 unchanged diagnostics.")
                             .arg(m_plan.fileName)
                             .arg(m_result.created)
                             .arg(m_result.updated)
                             .arg(m_result.unchanged));
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (m_path->text().trimmed().isEmpty() || !QFileInfo::exists(m_path->text().trimmed())) {
            QMessageBox::warning(this, windowTitle(), tr("Choose an existing file."));
            return false;
        }
        return readFile();
    case MappingPage:
        try {
            mapping();
            return true;
        } catch (const Error &e) {
            QMessageBox::warning(this, windowTitle(), e.message());
            return false;
        }
    case PreviewPage:
        if (!m_plan.ok() || m_plan.diagnostics.isEmpty()) {
            QApplication::beep(); // the summary above the list already says why
            return false;
        }
        return runImport();
    default:
        return true;
    }
}

} // namespace metodist::ui
