#pragma once
// The audit log as a lazy table: pages of 200 entries fetched as the view scrolls
// (fetchMore), filtered and sorted in SQL (core/admin/auditlog.h).
#include "admin/auditlog.h"

#include <QAbstractTableModel>

namespace metodist::ui {

class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPage = 200;
    explicit AuditModel(Database &db, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    void reload();
    const AuditEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    AuditLog m_log;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    bool m_more = true;
    int m_sortColumn = AuditLog::Seq;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace metodist::ui
