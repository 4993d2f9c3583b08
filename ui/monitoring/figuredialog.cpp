#include "figuredialog.h"

#include "io/tablewriter.h"
#include "storage/errors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist::ui {

namespace {
enum Column { NameColumn, OrganisationColumn, MunicipalityColumn, CountedColumn, Columns };
constexpr int kCountedRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

// Rows by the counted flag and a text anywhere in the row.
class FigureProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setCriteria(int show, const QString &text)
    {
        m_show = show;
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const bool counted = sourceModel()->index(row, NameColumn, parent).data(kCountedRole).toBool();
        if ((m_show == FigureDialog::Counted && !counted) || (m_show == FigureDialog::NotCounted && counted))
            return false;
        if (m_text.isEmpty())
            return true;
        for (int c = 0; c < Columns; ++c)
            if (sourceModel()->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        return false;
    }

private:
    int m_show = FigureDialog::All;
    QString m_text;
};
} // namespace

FigureDialog::FigureDialog(const QString &title, const QString &subtitle, const QList<monitoring::FigureRow> &rows, QWidget *parent)
    : QDialog(parent), m_model(new QStandardItemModel(0, Columns, this)), m_proxy(new FigureProxy(this)),
      m_view(new QTableView(this)), m_show(new QComboBox(this)), m_search(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_title(title)
{
    setWindowTitle(title);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Municipality"), tr("Counted")});
    int counted = 0;
    for (const auto &r : rows) {
        QList<QStandardItem *> items{new QStandardItem(r.label), new QStandardItem(r.organisation), new QStandardItem(r.municipality),
                                     new QStandardItem(r.counted ? tr("yes") : tr("no"))};
        items[0]->setData(r.id, kIdRole);
        for (auto *item : items) {
            item->setData(r.counted, kCountedRole);
            item->setEditable(false);
        }
        if (!r.counted)
            items[CountedColumn]->setForeground(Qt::darkRed);
        m_model->appendRow(items);
        counted += r.counted ? 1 : 0;
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(OrganisationColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();

    m_show->addItem(tr("Everyone (%1)").arg(rows.size()), All);
    m_show->addItem(tr("Counted (%1)").arg(counted), Counted);
    m_show->addItem(tr("Not counted (%1)").arg(rows.size() - counted), NotCounted);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show"), this);
    showLabel->setBuddy(m_show);
    filters->addWidget(showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_search, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *xlsx = buttons->addButton(tr("Save as &XLSX..."), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(xlsx, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as XLSX"), tr("figure.xlsx"), tr("Excel (*.xlsx)"));
        if (path.isEmpty())
            return;
        try {
            exportXlsx(path);
        } catch (const Error &e) {
            QMessageBox::warning(this, windowTitle(), e.message());
        }
    });
    connect(m_show, &QComboBox::currentIndexChanged, this, &FigureDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &FigureDialog::applyFilter);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_proxy->index(index.row(), NameColumn).data(kIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openPersonRequested(id);
    });

    auto *layout = new QVBoxLayout(this);
    if (!subtitle.isEmpty())
        layout->addWidget(new QLabel(subtitle, this));
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 560);
    applyFilter();
    m_view->setFocus();
}

void FigureDialog::setShow(Show show) { m_show->setCurrentIndex(m_show->findData(show)); }

void FigureDialog::applyFilter()
{
    static_cast<FigureProxy *>(m_proxy)->setCriteria(m_show->currentData().toInt(), m_search->text().trimmed());
    m_summary->setText(tr("Shown %1 of %2").arg(visibleRows()).arg(m_model->rowCount()));
}

int FigureDialog::visibleRows() const { return m_proxy->rowCount(); }

TextTable FigureDialog::table() const
{
    TextTable t;
    t.title = m_title.left(31);
    for (int c = 0; c < Columns; ++c)
        t.headers << m_model->horizontalHeaderItem(c)->text();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < Columns; ++c)
            cells << m_proxy->index(row, c).data().toString();
        t.rows << cells;
    }
    return t;
}

void FigureDialog::exportXlsx(const QString &path) const { TableWriter::writeXlsx(path, {table()}); }

} // namespace metodist::ui
