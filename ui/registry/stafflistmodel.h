#pragma once
// The staff list as a lazy model: rows come in pages of LIMIT-ed, index-ordered SQL,
// so opening, sorting and filtering cost the same at 35,000 and 350,000 people.
// The total count is computed in a worker thread and reported by totalCountChanged.
#include "registry/staffquery.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QVector>

namespace metodist::ui {

class StaffListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum Roles { IdRole = Qt::UserRole + 1, DeletedRole };

    explicit StaffListModel(Database &db, QObject *parent = nullptr);
    ~StaffListModel() override;

    void setFilter(const StaffFilter &filter);
    const StaffFilter &filter() const { return m_filter; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // How a stored value of a column is shown (dates, category labels, СНИЛС format).
    static QString displayValue(StaffColumn column, const QString &value);
    QString idAt(int row) const;
    int rowOfId(const QString &id) const;
    // -1 until the count query has finished.
    int totalCount() const { return m_totalCount; }
    StaffColumn sortColumn() const { return m_sortColumn; }
    bool sortDescending() const { return m_descending; }
    TextPlan textPlan() const { return m_textPlan; }

Q_SIGNALS:
    void totalCountChanged(int count);

private:
    struct Row {
        QString cells[int(StaffColumn::Count)];
        QString id;
        bool deleted = false;
    };
    QVector<Row> queryPage(int offset) const;
    void fetchPage(); // replaces the rows with the first page
    void startCount();

    Database &m_db;
    StaffFilter m_filter;
    TextPlan m_textPlan = TextPlan::Scan;
    StaffColumn m_sortColumn = StaffColumn::Name;
    bool m_descending = false;
    QVector<Row> m_rows;
    bool m_atEnd = false;
    int m_totalCount = -1;
    quint64 m_countGeneration = 0;
    QFutureWatcher<QPair<quint64, int>> m_countWatcher;
};

} // namespace metodist::ui
