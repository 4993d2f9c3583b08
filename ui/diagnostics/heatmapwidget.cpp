#include "heatmapwidget.h"

#include "diagnostics/instruments.h"
#include "heatmapexport.h"
#include "registry/registryservice.h"
#include "storage/errors.h"
#include "worker.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

HeatMapWidget::HeatMapWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new HeatMapModel(this)), m_view(new QTableView(this)),
      m_groupBy(new QComboBox(this)), m_level(new QComboBox(this)), m_instrument(new QComboBox(this)),
      m_municipality(new QComboBox(this))
{
    m_groupBy->addItem(tr("By organisation"), int(HeatMapQuery::GroupBy::Organisation));
    m_groupBy->addItem(tr("By municipality"), int(HeatMapQuery::GroupBy::Municipality));
    m_level->addItem(tr("Any deficit"), 1);
    m_level->addItem(tr("Pronounced deficit"), 2);
    m_municipality->setMinimumContentsLength(20);
    m_instrument->setMinimumContentsLength(20);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_groupBy);
    filters->addWidget(m_level);
    filters->addWidget(new QLabel(tr("Instrument:"), this));
    filters->addWidget(m_instrument);
    filters->addWidget(new QLabel(tr("Municipality:"), this));
    filters->addWidget(m_municipality);
    filters->addStretch();
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Export to XLSX or PDF (Ctrl+E)"));
    auto *previewButton = new QPushButton(tr("Print preview…"), this);
    filters->addWidget(exportButton);
    filters->addWidget(previewButton);

    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setDefaultSectionSize(52);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(22);

    auto *hint = new QLabel(tr("Share of the people measured in a competence (their latest diagnostic) who have a deficit. "
                               "Double-click a cell to see the people."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);

    auto *exportAction = new QAction(tr("Export heat map"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &HeatMapWidget::exportInteractive);
    connect(exportButton, &QPushButton::clicked, this, &HeatMapWidget::exportInteractive);
    connect(previewButton, &QPushButton::clicked, this, &HeatMapWidget::printPreview);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { drillDown(index); });
    for (QComboBox *box : {m_groupBy, m_level, m_instrument, m_municipality})
        connect(box, &QComboBox::currentIndexChanged, this, &HeatMapWidget::refresh);
}

void HeatMapWidget::reloadFilters()
{
    const QString instrument = m_instrument->currentData().toString();
    const QString municipality = m_municipality->currentData().toString();
    const QSignalBlocker b1(m_instrument), b2(m_municipality);
    m_instrument->clear();
    m_instrument->addItem(tr("All"), QString());
    for (const Instrument &i : InstrumentService(m_context.db()).instruments())
        m_instrument->addItem(i.name, i.id);
    m_municipality->clear();
    m_municipality->addItem(tr("Whole region"), QString());
    for (const Municipality &m : RegistryService(m_context.db()).municipalities())
        m_municipality->addItem(m.name, m.id);
    m_instrument->setCurrentIndex(qMax(0, m_instrument->findData(instrument)));
    m_municipality->setCurrentIndex(qMax(0, m_municipality->findData(municipality)));
}

HeatMapQuery HeatMapWidget::query() const
{
    HeatMapQuery q;
    q.groupBy = HeatMapQuery::GroupBy(m_groupBy->currentData().toInt());
    q.minLevel = m_level->currentData().toInt();
    q.instrumentId = m_instrument->currentData().toString();
    q.municipalityId = m_municipality->currentData().toString();
    return q;
}

void HeatMapWidget::refresh()
{
    // A region's heat map aggregates ~1.4 M scores (about a second): build it on a pool
    // thread with its own connection so the window keeps painting.
    struct Outcome {
        HeatMapData data;
        QString error;
    };
    const HeatMapQuery q = query();
    Database &db = m_context.db();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Outcome outcome = runInWorker<Outcome>([&db, q] {
        Outcome o;
        try {
            auto own = db.openAnother();
            o.data = HeatMap(*own).build(q);
        } catch (const Error &e) {
            o.error = e.message();
        }
        return o;
    });
    QApplication::restoreOverrideCursor();
    if (!outcome.error.isEmpty()) {
        QMessageBox::warning(this, tr("Heat map"), outcome.error);
        return;
    }
    m_model->setData(outcome.data, q.minLevel);
}

QString HeatMapWidget::title() const
{
    return tr("Professional deficits: %1, %2 (%3, %4)")
        .arg(m_groupBy->currentText().toLower(), m_level->currentText().toLower(), m_instrument->currentText(),
             m_municipality->currentText());
}

QDialog *HeatMapWidget::drillDown(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    const HeatMapData &data = m_model->heatData();
    const QString groupId = data.groupIds.at(index.row());
    const QString competenceId = data.competenceIds.at(index.column());
    const QList<HeatPerson> people = HeatMap(m_context.db()).people(query(), groupId, competenceId);

    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("heatMapDrillDown"));
    dialog->setWindowTitle(tr("%1 — %2").arg(data.groupNames.at(index.row()), data.competenceCodes.at(index.column())));
    auto *table = new QTableWidget(int(people.size()), 6, dialog);
    table->setObjectName(QStringLiteral("people"));
    table->setHorizontalHeaderLabels({tr("Person"), tr("Organisation"), tr("Instrument"), tr("Date"), tr("Score"), tr("Level")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QStringList levelNames = {tr("none"), tr("partial"), tr("pronounced")};
    for (int r = 0; r < people.size(); ++r) {
        const HeatPerson &p = people.at(r);
        auto *name = new QTableWidgetItem(p.fullName);
        name->setData(Qt::UserRole, p.personId);
        table->setItem(r, 0, name);
        table->setItem(r, 1, new QTableWidgetItem(p.organisation));
        table->setItem(r, 2, new QTableWidgetItem(p.instrument));
        table->setItem(r, 3, new QTableWidgetItem(p.takenOn.toString(QStringLiteral("dd.MM.yyyy"))));
        table->setItem(r, 4, new QTableWidgetItem(QStringLiteral("%1 / %2").arg(p.score).arg(p.max)));
        table->setItem(r, 5, new QTableWidgetItem(levelNames.value(p.level)));
    }
    table->resizeColumnsToContents();
    connect(table, &QTableWidget::cellDoubleClicked, dialog, [this, table](int row, int) {
        m_context.requestOpenPerson(table->item(row, 0)->data(Qt::UserRole).toString());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("%n person(s); double-click to open the card.", nullptr, int(people.size())), dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(760, 420);
    dialog->show();
    return dialog;
}

void HeatMapWidget::exportTo(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        HeatMapExport::toPdf(m_model->heatData(), title(), path);
    else
        HeatMapExport::toXlsx(m_model->heatData(), title(), path);
}

void HeatMapWidget::exportInteractive()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export heat map"), QString(),
                                                      tr("Excel workbook (*.xlsx);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (!target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) && !target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        target += filter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".xlsx");
    try {
        exportTo(target);
        m_context.showStatus(tr("Saved %1").arg(target));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export"), e.message());
    }
}

void HeatMapWidget::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        HeatMapExport::paint(m_model->heatData(), title(), p, p->resolution());
    });
    preview.exec();
}

} // namespace metodist::ui
