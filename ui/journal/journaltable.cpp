#include "journaltable.h"

#include "journalmodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace metodist::ui {

JournalTable::JournalTable(JournalModel *model, QWidget *parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    horizontalHeader()->setDefaultSectionSize(48);
    verticalHeader()->setDefaultSectionSize(24);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

QModelIndexList JournalTable::targets() const
{
    QModelIndexList list = selectionModel()->selectedIndexes();
    if (list.size() <= 1 && currentIndex().isValid())
        list = {currentIndex()};
    return list;
}

void JournalTable::moveDown()
{
    const QModelIndex c = currentIndex();
    if (c.isValid() && c.row() + 1 < m_model->rowCount())
        setCurrentIndex(m_model->index(c.row() + 1, c.column()));
}

void JournalTable::fillCurrentColumn()
{
    m_model->fillColumn(currentIndex());
}

void JournalTable::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex c = currentIndex();
    const bool markCell = c.isValid() && c.column() < m_model->sessionCount();
    if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
        fillCurrentColumn();
        return;
    }
    if (markCell && (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == 0) {
        const QString text = event->text().toLower();
        static const QList<QPair<QString, QString>> letters = {
            {QStringLiteral("п"), QStringLiteral("present")}, {QStringLiteral("p"), QStringLiteral("present")},
            {QStringLiteral("+"), QStringLiteral("present")}, {QStringLiteral("н"), QStringLiteral("absent")},
            {QStringLiteral("a"), QStringLiteral("absent")},  {QStringLiteral("у"), QStringLiteral("excused")},
            {QStringLiteral("e"), QStringLiteral("excused")}, {QStringLiteral("о"), QStringLiteral("late")},
            {QStringLiteral("l"), QStringLiteral("late")}};
        for (const auto &l : letters)
            if (text == l.first) {
                const QModelIndexList t = targets();
                m_model->setAttendance(t, l.second);
                if (t.size() == 1)
                    moveDown();
                return;
            }
        if (text.size() == 1 && text.at(0).isDigit()) {
            const QString grading = m_model->grid().group.grading;
            if (grading == QLatin1String("points")) {
                // Digits typed within a second on the same cell make one number.
                if (m_digitCell != c || !m_digitTimer.isValid() || m_digitTimer.elapsed() > 1000)
                    m_digits.clear();
                m_digits += text;
                m_digitCell = c;
                m_digitTimer.restart();
                m_model->setGrade({c}, QString::number(m_digits.toInt()));
            } else if (grading == QLatin1String("pass_fail")) {
                if (text == QLatin1String("1") || text == QLatin1String("0"))
                    m_model->setGrade(targets(), text == QLatin1String("1") ? QStringLiteral("pass") : QStringLiteral("fail"));
            } else {
                m_model->setGrade(targets(), text);
            }
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            m_model->clearCells(targets());
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace metodist::ui
