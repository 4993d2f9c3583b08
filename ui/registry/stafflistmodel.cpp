#include "stafflistmodel.h"

#include "registry/registrytypes.h"
#include "registry/snils.h"
#include "storage/sql.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QtConcurrent>

namespace metodist::ui {

StaffListModel::StaffListModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_countWatcher, &QFutureWatcher<QPair<quint64, int>>::finished, this, [this] {
        const auto result = m_countWatcher.result();
        if (result.first != m_countGeneration)
            return; // a newer filter has been set meanwhile
        m_totalCount = result.second;
        Q_EMIT totalCountChanged(m_totalCount);
    });
}

// The count runs on its own connection with copies of what it needs: it may finish
// after the model is gone, and closing a list never waits for it.
StaffListModel::~StaffListModel() = default;

void StaffListModel::setFilter(const StaffFilter &filter)
{
    m_filter = filter;
    m_textPlan = chooseTextPlan(m_db.db(), m_filter, PageSize);
    reload();
}

void StaffListModel::reload()
{
    beginResetModel();
    fetchPage();
    endResetModel();
    startCount();
}

QVector<StaffListModel::Row> StaffListModel::queryPage(int offset) const
{
    const StaffQuery q = buildStaffPageQuery(m_filter, m_sortColumn, m_descending, PageSize, offset, m_textPlan);
    QSqlQuery query = sql::exec(m_db.db(), q.sql, q.values);
    QVector<Row> page;
    page.reserve(PageSize);
    while (query.next()) {
        Row row;
        for (int c = 0; c < int(StaffColumn::Count); ++c)
            row.cells[c] = query.value(c).toString();
        row.id = query.value(int(StaffColumn::Count)).toString();
        row.deleted = query.value(int(StaffColumn::Count) + 1).toBool();
        page.append(std::move(row));
    }
    return page;
}

void StaffListModel::fetchPage()
{
    m_rows = queryPage(0);
    m_atEnd = m_rows.size() < PageSize;
}

void StaffListModel::startCount()
{
    m_totalCount = -1;
    Q_EMIT totalCountChanged(-1);
    const quint64 generation = ++m_countGeneration;
    const StaffQuery q = buildStaffCountQuery(m_filter);
    if (m_atEnd) { // everything is already here: no need to ask the database
        m_totalCount = int(m_rows.size());
        Q_EMIT totalCountChanged(m_totalCount);
        return;
    }
    const QString path = m_db.path();
    m_countWatcher.setFuture(QtConcurrent::run([generation, q, path]() -> QPair<quint64, int> {
        try {
            auto db = Database::open(path, Database::Mode::ExistingOnly);
            return {generation, sql::scalar(db->db(), q.sql, q.values).toInt()};
        } catch (const Error &) {
            return {generation, -1};
        }
    }));
}

int StaffListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int StaffListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(StaffColumn::Count); }

static QString isoToLocal(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : iso;
}

QString StaffListModel::displayValue(StaffColumn column, const QString &value)
{
    switch (column) {
    case StaffColumn::BirthDate:
    case StaffColumn::ProfessionStart: return isoToLocal(value);
    case StaffColumn::Category: return RegistryTypes::label(RegistryTypes::categories(), value);
    case StaffColumn::Snils: return Snils::format(value);
    default: return value;
    }
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = StaffColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return displayValue(column, row.cells[index.column()]);
    case Qt::ForegroundRole:
        if (row.deleted)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (row.deleted) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case IdRole: return row.id;
    case DeletedRole: return row.deleted;
    default: return {};
    }
}

QVariant StaffListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (StaffColumn(section)) {
    case StaffColumn::Name: return tr("Full name");
    case StaffColumn::Organisation: return tr("Organisation");
    case StaffColumn::Municipality: return tr("Municipality");
    case StaffColumn::Position: return tr("Position");
    case StaffColumn::BirthDate: return tr("Born");
    case StaffColumn::ProfessionStart: return tr("In the profession since");
    case StaffColumn::Category: return tr("Category");
    case StaffColumn::Snils: return tr("СНИЛС");
    case StaffColumn::Count: break;
    }
    return {};
}

bool StaffListModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void StaffListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const int first = int(m_rows.size());
    const QVector<Row> page = queryPage(first);
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void StaffListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(StaffColumn::Count))
        return;
    m_sortColumn = StaffColumn(column);
    m_descending = order == Qt::DescendingOrder;
    beginResetModel();
    fetchPage();
    endResetModel();
}

QString StaffListModel::idAt(int row) const { return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).id : QString(); }

int StaffListModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

} // namespace metodist::ui
