#include "portfoliowidget.h"

#include "common/reportprinter.h"
#include "guarded.h"
#include "support/portfolio.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace metodist::ui {

using support::Portfolio;

PortfolioWidget::PortfolioWidget(AppContext &context, const QString &personId, QWidget *parent)
    : QWidget(parent), m_context(context), m_personId(personId), m_items(new QTableWidget(0, 3, this)), m_view(new QTextBrowser(this))
{
    auto *add = new QPushButton(tr("&Add item…"), this);
    auto *remove = new QPushButton(tr("Remove item"), this);
    auto *preview = new QPushButton(tr("Print pre&view…"), this);
    auto *pdf = new QPushButton(tr("P&DF…"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {preview, pdf})
        buttons->addWidget(b);
    m_items->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Product, competition or publication")});
    m_items->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->verticalHeader()->hide();
    m_view->setOpenExternalLinks(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_items);
    split->addWidget(m_view);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &PortfolioWidget::addItem);
    connect(remove, &QPushButton::clicked, this, &PortfolioWidget::removeItem);
    connect(preview, &QPushButton::clicked, this, [this] {
        supportGuarded(this, [this] { ReportPrinter::preview(this, tr("Portfolio: %1").arg(m_name), m_html); });
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), tr("portfolio.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty() && supportGuarded(this, [&] { savePdf(path); }))
            m_context.showStatus(tr("Saved %1").arg(path));
    });
    reload();
}

void PortfolioWidget::reload()
{
    supportGuarded(this, [this] {
        const support::PortfolioData data = Portfolio::load(m_context.db(), m_personId);
        m_name = data.name;
        m_html = Portfolio::html(data);
        m_items->setRowCount(int(data.items.size()));
        for (int row = 0; row < data.items.size(); ++row) {
            const support::PortfolioItem &item = data.items.at(row);
            auto *date = new QTableWidgetItem(item.datedOn.toString(QStringLiteral("dd.MM.yyyy")));
            date->setData(Qt::UserRole, item.id);
            m_items->setItem(row, 0, date);
            m_items->setItem(row, 1, new QTableWidgetItem(Portfolio::itemKindTitle(item.kind)));
            m_items->setItem(row, 2, new QTableWidgetItem(item.title));
        }
        m_items->resizeColumnToContents(0);
        m_items->resizeColumnToContents(1);
        m_view->setHtml(m_html);
    });
}

void PortfolioWidget::savePdf(const QString &path) const { ReportPrinter::savePdf(path, m_html); }

void PortfolioWidget::addItem()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Portfolio item"));
    auto *kind = new QComboBox(&dialog);
    for (const auto &k : Portfolio::itemKinds())
        kind->addItem(k.second, k.first);
    auto *title = new QLineEdit(&dialog);
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto *url = new QLineEdit(&dialog);
    url->setPlaceholderText(QStringLiteral("https://"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Kind"), kind);
    form->addRow(tr("&Title"), title);
    form->addRow(tr("&Date"), date);
    form->addRow(tr("&Link"), url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (supportGuarded(&dialog, [&] {
                Portfolio::addItem(m_context.db(), m_personId, kind->currentData().toString(), title->text(), date->date(), url->text());
            }))
            dialog.accept();
    });
    dialog.resize(560, 0);
    if (dialog.exec() == QDialog::Accepted) {
        m_context.announceDataChanged(QStringLiteral("portfolio_item"));
        reload();
    }
}

void PortfolioWidget::removeItem()
{
    const int row = m_items->currentRow();
    if (row < 0)
        return;
    if (QMessageBox::question(this, tr("Remove item"), tr("Remove «%1» from the portfolio?").arg(m_items->item(row, 2)->text()))
        != QMessageBox::Yes)
        return;
    const QString id = m_items->item(row, 0)->data(Qt::UserRole).toString();
    if (supportGuarded(this, [&] { Portfolio::removeItem(m_context.db(), id); })) {
        m_context.announceDataChanged(QStringLiteral("portfolio_item"));
        reload();
    }
}

} // namespace metodist::ui
