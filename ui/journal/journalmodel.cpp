#include "journalmodel.h"

#include "storage/errors.h"

#include <QBrush>
#include <QColor>
#include <QUndoCommand>

#include <utility>

namespace metodist::ui {

using journal::Mark;
using Cells = QList<QPair<QPoint, Mark>>; // QPoint(x = session column, y = learner row)

namespace {

class CellsCommand : public QUndoCommand {
public:
    CellsCommand(JournalModel *model, Cells before, Cells after, const QString &text)
        : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after)) {}
    // The first redo is the edit itself, already written when the command is pushed.
    void redo() override
    {
        if (!std::exchange(m_first, false))
            m_model->guarded([&] { m_model->applyCells(m_after); });
    }
    void undo() override { m_model->guarded([&] { m_model->applyCells(m_before); }); }

private:
    JournalModel *m_model;
    Cells m_before, m_after;
    bool m_first = true;
};

class FinalCommand : public QUndoCommand {
public:
    FinalCommand(JournalModel *model, int row, QStringList before, QStringList after)
        : QUndoCommand(JournalModel::tr("Final attestation")), m_model(model), m_row(row), m_before(std::move(before)), m_after(std::move(after)) {}
    void redo() override
    {
        if (!std::exchange(m_first, false))
            m_model->guarded([&] { m_model->applyFinal(m_row, m_after.at(0), m_after.at(1)); });
    }
    void undo() override { m_model->guarded([&] { m_model->applyFinal(m_row, m_before.at(0), m_before.at(1)); }); }

private:
    JournalModel *m_model;
    int m_row;
    QStringList m_before, m_after;
    bool m_first = true;
};

QString attendanceTitle(const QString &a)
{
    if (a == QLatin1String("present"))
        return JournalModel::tr("present");
    if (a == QLatin1String("absent"))
        return JournalModel::tr("absent");
    if (a == QLatin1String("excused"))
        return JournalModel::tr("excused absence");
    if (a == QLatin1String("late"))
        return JournalModel::tr("late");
    return {};
}

} // namespace

JournalModel::JournalModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void JournalModel::load(const QString &groupId)
{
    beginResetModel();
    m_undo.clear();
    m_grid = groupId.isEmpty() ? journal::JournalGrid{} : journal::JournalService(m_db).load(groupId);
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_grid.learners.size()); }

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_grid.group.id.isEmpty() ? 0 : sessionCount() + 2;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const journal::LearnerRow &learner = m_grid.learners.at(index.row());
    if (index.column() >= sessionCount()) {
        const bool title = index.column() == finalTitleColumn();
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return title ? learner.finalTitle : learner.finalResult;
        return {};
    }
    const Mark &m = m_grid.cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QString code = journal::attendanceCode(m.attendance);
        return m.grade.isEmpty() ? code : code.isEmpty() ? m.grade : code + QLatin1Char(' ') + m.grade;
    }
    case Qt::ToolTipRole:
        return QStringList{attendanceTitle(m.attendance), m.grade}.join(QLatin1Char(' ')).trimmed();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (m.attendance == QLatin1String("absent"))
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (m.attendance == QLatin1String("excused"))
            return QBrush(QColor(0xff, 0xf3, 0xcd));
        if (m.attendance == QLatin1String("late"))
            return QBrush(QColor(0xe2, 0xe3, 0xf5));
        return {};
    case Qt::UserRole:
        return m.attendance;
    case Qt::UserRole + 1:
        return m.grade;
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_grid.learners.size() ? QVariant(m_grid.learners.at(section).name) : QVariant();
    if (section == finalTitleColumn())
        return tr("Final work");
    if (section == finalResultColumn())
        return tr("Result");
    if (section < 0 || section >= sessionCount())
        return {};
    const journal::SessionColumn &s = m_grid.sessions.at(section);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 %2").arg(QString(s.startsAt).replace(QLatin1Char('T'), QLatin1Char(' ')), s.topic);
    const QDate d = QDate::fromString(s.startsAt.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM")) : s.startsAt;
}

Qt::ItemFlags JournalModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= sessionCount())
        f |= Qt::ItemIsEditable; // final title and result through the ordinary editor
    return f;
}

bool JournalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() < sessionCount())
        return false;
    const journal::LearnerRow &l = m_grid.learners.at(index.row());
    QStringList after{l.finalTitle, l.finalResult};
    after[index.column() == finalTitleColumn() ? 0 : 1] = value.toString().trimmed();
    if (after == QStringList{l.finalTitle, l.finalResult})
        return false;
    const QStringList before{l.finalTitle, l.finalResult};
    if (!guarded([&] { applyFinal(index.row(), after.at(0), after.at(1)); }))
        return false;
    m_undo.push(new FinalCommand(this, index.row(), before, after));
    return true;
}

bool JournalModel::guarded(const std::function<void()> &f)
{
    try {
        f();
        return true;
    } catch (const Error &e) {
        Q_EMIT failed(e.message());
        return false;
    }
}

void JournalModel::setCells(const Cells &cells, const QString &text)
{
    Cells before, after;
    for (const auto &c : cells) {
        const Mark &old = m_grid.cell(c.first.y(), c.first.x());
        if (old.attendance == c.second.attendance && old.grade == c.second.grade)
            continue;
        before << qMakePair(c.first, old);
        after << c;
    }
    if (after.isEmpty())
        return;
    // Written once here; a refused batch (failed() tells why) never reaches the stack.
    if (!guarded([&] { applyCells(after); }))
        return;
    m_undo.push(new CellsCommand(this, before, after, text));
}

void JournalModel::applyCells(const Cells &cells)
{
    QList<journal::MarkEdit> edits;
    for (const auto &c : cells)
        edits << journal::MarkEdit{m_grid.sessions.at(c.first.x()).id, m_grid.learners.at(c.first.y()).personId, c.second.attendance,
                                   c.second.grade};
    journal::JournalService(m_db).setMarks(m_grid.group.id, edits);
    for (const auto &c : cells) {
        Mark &m = m_grid.cell(c.first.y(), c.first.x());
        m.attendance = c.second.attendance;
        m.grade = c.second.grade;
        const QModelIndex i = index(c.first.y(), c.first.x());
        Q_EMIT dataChanged(i, i);
    }
}

void JournalModel::applyFinal(int row, const QString &title, const QString &result)
{
    journal::LearnerRow &l = m_grid.learners[row];
    if (l.finalTitle != title || l.finalResult != result)
        journal::JournalService(m_db).setFinal(l.enrolmentId, title, result);
    l.finalTitle = title;
    l.finalResult = result;
    Q_EMIT dataChanged(index(row, finalTitleColumn()), index(row, finalResultColumn()));
}

void JournalModel::setAttendance(const QModelIndexList &indexes, const QString &attendance)
{
    Cells cells;
    for (const QModelIndex &i : indexes)
        if (i.column() < sessionCount())
            cells << qMakePair(QPoint(i.column(), i.row()), Mark{{}, attendance, m_grid.cell(i.row(), i.column()).grade});
    setCells(cells, tr("Attendance"));
}

void JournalModel::setGrade(const QModelIndexList &indexes, const QString &grade)
{
    Cells cells;
    for (const QModelIndex &i : indexes)
        if (i.column() < sessionCount()) {
            const Mark &m = m_grid.cell(i.row(), i.column());
            // A grade implies the learner was there.
            cells << qMakePair(QPoint(i.column(), i.row()),
                               Mark{{}, m.attendance.isEmpty() ? QStringLiteral("present") : m.attendance, grade});
        }
    setCells(cells, tr("Grade"));
}

void JournalModel::clearCells(const QModelIndexList &indexes)
{
    Cells cells;
    for (const QModelIndex &i : indexes)
        if (i.column() < sessionCount())
            cells << qMakePair(QPoint(i.column(), i.row()), Mark{});
    setCells(cells, tr("Clear"));
}

void JournalModel::fillColumn(const QModelIndex &index)
{
    if (!index.isValid() || index.column() >= sessionCount())
        return;
    const Mark source = m_grid.cell(index.row(), index.column());
    Cells cells;
    for (int r = 0; r < rowCount(); ++r)
        cells << qMakePair(QPoint(index.column(), r), Mark{{}, source.attendance, source.grade});
    setCells(cells, tr("Fill column"));
}

} // namespace metodist::ui
