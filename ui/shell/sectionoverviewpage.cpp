#include "sectionoverviewpage.h"

#include "storage/sql.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

SectionOverviewPage::SectionOverviewPage(AppContext &context, const QString &title, const QString &hint,
                                         const QList<QPair<QString, QString>> &tables, QWidget *parent)
    : SectionPage(context, parent), m_tables(tables)
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title.toHtmlEscaped(), hint.toHtmlEscaped()));
    heading->setWordWrap(true);
    m_counts = new QTableWidget(int(tables.size()), 2);
    m_counts->setHorizontalHeaderLabels({tr("Data"), tr("Records")});
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_counts, 1);
}

void SectionOverviewPage::activate()
{
    const QLocale locale;
    for (int i = 0; i < m_tables.size(); ++i) {
        const QString table = m_tables.at(i).first;
        const bool hasTombstones = sql::scalar(context().db().db(),
            QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'deleted'"), {table}).toInt() > 0;
        const qlonglong count = sql::scalar(context().db().db(),
            QStringLiteral("SELECT count(*) FROM %1%2").arg(table, hasTombstones ? QStringLiteral(" WHERE deleted = 0") : QString())).toLongLong();
        m_counts->setItem(i, 0, new QTableWidgetItem(m_tables.at(i).second));
        auto *number = new QTableWidgetItem(locale.toString(count));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->setItem(i, 1, number);
    }
}

} // namespace metodist::ui
