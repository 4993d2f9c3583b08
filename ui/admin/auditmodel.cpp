#include "auditmodel.h"

namespace metodist::ui {

AuditModel::AuditModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_log(db) {}

void AuditModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_more = true;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

int AuditModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AuditModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : AuditLog::ColumnCount; }

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (index.column()) {
    case AuditLog::Seq: return e.seq;
    case AuditLog::At: return e.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
    case AuditLog::User: return e.user;
    case AuditLog::Table: return AuditLog::tableTitle(e.table);
    case AuditLog::Record:
        if (role == Qt::ToolTipRole)
            return e.record.isEmpty() ? tr("The row no longer exists") : e.record;
        return e.record;
    case AuditLog::Row: return e.rowId;
    case AuditLog::Action: return AuditLog::actionName(e.action);
    case AuditLog::Details: return e.details;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return AuditLog::columnTitle(section);
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && m_more; }

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const QList<AuditEntry> page = m_log.page(m_filter, m_sortColumn, m_order, int(m_rows.size()), kPage);
    m_more = page.size() == kPage;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void AuditModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= AuditLog::ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

} // namespace metodist::ui
