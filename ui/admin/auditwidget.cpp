#include "auditwidget.h"

#include "admin/auditlog.h"
#include "auditmodel.h"
#include "storage/errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace metodist::ui {

AuditWidget::AuditWidget(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_user = new QComboBox;
    m_table = new QComboBox;
    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("Text in row id, user, table or fields"));
    m_text->setClearButtonEnabled(true);
    m_period = new QCheckBox(tr("Period:"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    filters->addWidget(new QLabel(tr("User:")));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Table:")));
    filters->addWidget(m_table);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–")));
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);
    auto *exportButton = new QPushButton(tr("Export to XLSX…"));
    filters->addWidget(exportButton);
    auto *trimButton = new QPushButton(tr("Delete old entries…"));
    trimButton->setObjectName(QStringLiteral("trimAudit"));
    trimButton->setToolTip(tr("The log keeps every change for ever; delete the entries before a date you choose"));
    filters->addWidget(trimButton);
    layout->addLayout(filters);

    m_model = new AuditModel(context.db(), this);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(AuditLog::Seq, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(AuditLog::Details, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Room for a full UUID and a full date-time; the rest as the header needs.
    m_view->horizontalHeader()->resizeSection(AuditLog::At, m_view->fontMetrics().horizontalAdvance(QStringLiteral("00.00.0000 00:00:00")) + 16);
    m_view->horizontalHeader()->resizeSection(AuditLog::Record, m_view->fontMetrics().horizontalAdvance(QStringLiteral("Константинопольская Александра Владимировна")) + 16);
    m_view->horizontalHeader()->resizeSection(AuditLog::Row, m_view->fontMetrics().horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + 16);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);
    m_status = new QLabel;
    layout->addWidget(m_status);

    // Typing waits for a pause before querying.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &AuditWidget::applyFilter);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_user, &QComboBox::activated, this, &AuditWidget::applyFilter);
    connect(m_table, &QComboBox::activated, this, &AuditWidget::applyFilter);
    connect(m_period, &QCheckBox::toggled, this, &AuditWidget::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, [this] { if (m_period->isChecked()) applyFilter(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { if (m_period->isChecked()) applyFilter(); });
    connect(exportButton, &QPushButton::clicked, this, &AuditWidget::chooseExport);
    connect(trimButton, &QPushButton::clicked, this, &AuditWidget::chooseTrim);
}

void AuditWidget::refresh()
{
    AuditLog log(m_context.db());
    const QString user = m_user->currentData().toString(), table = m_table->currentData().toString();
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    for (const QString &u : log.users())
        m_user->addItem(u, u);
    m_table->clear();
    m_table->addItem(tr("All tables"), QString());
    for (const QString &t : log.tables())
        m_table->addItem(AuditLog::tableTitle(t), t);
    m_user->setCurrentIndex(qMax(0, m_user->findData(user)));
    m_table->setCurrentIndex(qMax(0, m_table->findData(table)));
    applyFilter();
}

void AuditWidget::applyFilter()
{
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.table = m_table->currentData().toString();
    f.text = m_text->text();
    if (m_period->isChecked()) {
        f.from = m_from->date().startOfDay();
        f.to = m_to->date().addDays(1).startOfDay();
    }
    m_model->setFilter(f);
    m_status->setText(tr("Entries: %1").arg(AuditLog(m_context.db()).count(f)));
}

qint64 AuditWidget::exportTo(const QString &path)
{
    try {
        const qint64 rows = AuditLog(m_context.db()).exportXlsx(path, m_model->filter(), m_model->sortColumn(), m_model->sortOrder());
        m_status->setText(tr("Exported %1 entries to %2.").arg(rows).arg(path));
        return rows;
    } catch (const Error &e) {
        m_status->setText(e.message());
        return -1;
    }
}

qint64 AuditWidget::deleteBefore(const QDate &date)
{
    try {
        const qint64 deleted = AuditLog(m_context.db()).deleteBefore(date.startOfDay());
        refresh();
        m_status->setText(tr("Deleted %n entries made before %1.", nullptr, int(deleted)).arg(QLocale().toString(date, QLocale::ShortFormat)));
        return deleted;
    } catch (const Error &e) {
        m_status->setText(e.message());
        return -1;
    }
}

void AuditWidget::chooseTrim()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Delete old audit entries"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("Delete entries made before:")));
    auto *date = new QDateEdit(QDate::currentDate().addYears(-1));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    date->setMaximumDate(QDate::currentDate());
    form->addWidget(date);
    layout->addLayout(form);
    auto *count = new QLabel;
    layout->addWidget(count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
    layout->addWidget(buttons);
    auto update = [this, date, count, buttons] {
        const qint64 n = AuditLog(m_context.db()).countBefore(date->date().startOfDay());
        count->setText(tr("%n entries will be deleted; this cannot be undone.", nullptr, int(n)));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0);
    };
    update();
    connect(date, &QDateEdit::dateChanged, &dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        deleteBefore(date->date());
}

void AuditWidget::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("audit-log.xlsx"),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace metodist::ui
