#include "staffpanel.h"

#include "common/reportprinter.h"
#include "io/tablewriter.h"
#include "personcarddialog.h"
#include "registry/registryservice.h"
#include "stafflistmodel.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace metodist::ui {

namespace {
// Undoable soft delete: the row stays as a tombstone, undo revives it.
class SetDeletedCommand : public QUndoCommand {
public:
    SetDeletedCommand(AppContext &context, QStringList ids, bool deleted, const QString &text)
        : QUndoCommand(text), m_context(context), m_ids(std::move(ids)), m_deleted(deleted) {}
    void redo() override { apply(m_deleted); }
    void undo() override { apply(!m_deleted); }

private:
    void apply(bool deleted)
    {
        try {
            RegistryService(m_context.db()).setPeopleDeleted(m_ids, deleted);
        } catch (const Error &e) { // undo/redo run from the event loop: report, never throw
            m_context.showStatus(e.message(), 15000);
            return;
        }
        m_context.announceDataChanged(QStringLiteral("person"));
    }
    AppContext &m_context;
    QStringList m_ids;
    bool m_deleted;
};
} // namespace

StaffPanel::StaffPanel(AppContext &context, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_context(context), m_undo(undoStack)
{
    m_model = new StaffListModel(context.db(), this);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search: last name, first name, СНИЛС… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search staff"));
    m_municipality = new QComboBox;
    m_organisation = new QComboBox;
    m_organisation->setMinimumContentsLength(24);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_position = new QComboBox;
    m_young = new QCheckBox(tr("&Young teachers"));
    m_young->setToolTip(tr("Under 35 and in the first three years of the profession"));
    m_showDeleted = new QCheckBox(tr("Show &deleted"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_municipality, 1);
    filters->addWidget(m_organisation, 2);
    filters->addWidget(m_position, 1);
    filters->addWidget(m_young);
    filters->addWidget(m_showDeleted);

    auto *addButton = new QPushButton(tr("&Add"));
    auto *openButton = new QPushButton(tr("&Open card"));
    auto *deleteButton = new QPushButton(tr("Delete"));
    auto *exportButton = new QPushButton(tr("E&xport…"));
    auto *printButton = new QPushButton(tr("&Print…"));
    m_count = new QLabel;
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {addButton, openButton, deleteButton, exportButton, printButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_count);

    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(StaffColumn::Name), Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(int(StaffColumn::Name), 260);
    m_view->setColumnWidth(int(StaffColumn::Organisation), 260);
    m_view->setColumnWidth(int(StaffColumn::Municipality), 160);
    m_view->setColumnWidth(int(StaffColumn::Position), 170);
    m_view->setAccessibleName(tr("Staff list"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &StaffPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_municipality, &QComboBox::activated, this, [this] {
        fillOrganisations();
        applyFilter();
    });
    for (QComboBox *combo : {m_organisation, m_position})
        connect(combo, &QComboBox::activated, this, &StaffPanel::applyFilter);
    for (QCheckBox *check : {m_young, m_showDeleted})
        connect(check, &QCheckBox::toggled, this, &StaffPanel::applyFilter);
    connect(m_model, &StaffListModel::totalCountChanged, this, &StaffPanel::updateCount);
    connect(m_view, &QTableView::activated, this, &StaffPanel::openCurrent);
    connect(addButton, &QPushButton::clicked, this, &StaffPanel::addPerson);
    connect(openButton, &QPushButton::clicked, this, &StaffPanel::openCurrent);
    connect(deleteButton, &QPushButton::clicked, this, &StaffPanel::deleteSelected);
    connect(exportButton, &QPushButton::clicked, this, &StaffPanel::exportTable);
    connect(printButton, &QPushButton::clicked, this, &StaffPanel::printTable);
    connect(&context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (m_loaded && (table.isEmpty() || table == QLatin1String("person") || table == QLatin1String("organisation")))
            m_model->reload();
    });

    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, &StaffPanel::deleteSelected);
    m_view->addAction(deleteAction);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(findAction);
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, &StaffPanel::addPerson);
    addAction(newAction);
}

void StaffPanel::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    fillFilterCombos();
    m_model->setFilter(currentFilter());
}

void StaffPanel::fillFilterCombos()
{
    RegistryService registry(m_context.db());
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"), QString());
    for (const Municipality &m : registry.municipalities())
        m_municipality->addItem(m.name, m.id);
    fillOrganisations();
    m_position->clear();
    m_position->addItem(tr("All positions"), QString());
    for (const QString &p : registry.positions())
        m_position->addItem(p, p);
}

// Organisations are listed for the chosen municipality only: a region has thousands,
// more than a drop-down list can usefully hold.
void StaffPanel::fillOrganisations()
{
    const QString keep = m_organisation->currentData().toString();
    const QString municipality = m_municipality->currentData().toString();
    m_organisation->clear();
    m_organisation->addItem(municipality.isEmpty() ? tr("All organisations (choose a municipality)") : tr("All organisations"), QString());
    if (!municipality.isEmpty())
        for (const Organisation &o : RegistryService(m_context.db()).organisations(municipality))
            m_organisation->addItem(o.name, o.id);
    m_organisation->setCurrentIndex(qMax(0, m_organisation->findData(keep)));
}

StaffFilter StaffPanel::currentFilter() const
{
    StaffFilter f;
    f.text = m_search->text();
    f.municipalityId = m_municipality->currentData().toString();
    f.organisationId = m_organisation->currentData().toString();
    f.position = m_position->currentData().toString();
    f.youngOnly = m_young->isChecked();
    f.showDeleted = m_showDeleted->isChecked();
    return f;
}

void StaffPanel::applyFilter()
{
    if (m_loaded)
        m_model->setFilter(currentFilter());
}

void StaffPanel::updateCount(int count)
{
    m_count->setText(count < 0 ? tr("Counting…") : tr("%n people", nullptr, count));
}

void StaffPanel::addPerson()
{
    PersonCardDialog dialog(m_context, QString(), m_organisation->currentData().toString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        const int row = m_model->rowOfId(dialog.personId());
        if (row >= 0)
            m_view->selectRow(row);
    }
}

void StaffPanel::openCurrent()
{
    const QString id = m_model->idAt(m_view->currentIndex().row());
    if (id.isEmpty())
        return;
    m_context.requestOpenPerson(id);
}

void StaffPanel::deleteSelected()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (!index.data(StaffListModel::DeletedRole).toBool())
            ids << m_model->idAt(index.row());
    if (ids.isEmpty())
        return;
    const QString text = tr("Delete %n people", nullptr, int(ids.size()));
    m_undo->push(new SetDeletedCommand(m_context, ids, true, text));
    m_context.showStatus(tr("Deleted %n people. Undo: Ctrl+Z", nullptr, int(ids.size())), 10000);
}

QList<QStringList> StaffPanel::allFilteredRows() const
{
    QList<QStringList> rows;
    const StaffQuery q = buildStaffPageQuery(m_model->filter(), m_model->sortColumn(), m_model->sortDescending(), -1, 0,
                                               m_model->textPlan());
    QSqlQuery query = sql::exec(m_context.db().db(), q.sql, q.values);
    while (query.next()) {
        QStringList row;
        for (int c = 0; c < int(StaffColumn::Count); ++c)
            row << StaffListModel::displayValue(StaffColumn(c), query.value(c).toString());
        rows << row;
    }
    return rows;
}

void StaffPanel::exportTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export staff list"), tr("staff.xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    TextTable table;
    table.title = tr("Staff");
    for (int c = 0; c < m_model->columnCount(); ++c)
        table.headers << m_model->headerData(c, Qt::Horizontal).toString();
    table.rows = allFilteredRows();
    try {
        TableWriter::write(path, table);
        m_context.showStatus(tr("Exported %n rows to %1", nullptr, int(table.rows.size())).arg(path));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export failed"), e.message());
    }
}

void StaffPanel::printTable()
{
    TextTable table;
    table.title = tr("Staff list");
    for (int c = 0; c < m_model->columnCount(); ++c)
        table.headers << m_model->headerData(c, Qt::Horizontal).toString();
    table.rows = allFilteredRows();
    ReportPrinter::preview(this, table.title, ReportPrinter::tableHtml(table), true);
}

} // namespace metodist::ui
