#include "targetseditor.h"

#include "storage/errors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace metodist::ui {

using namespace monitoring;

namespace {
// "60", "60.5" and "60,5" are all sixty and a half; empty is no target.
std::optional<double> parseTarget(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QString normal = t;
    normal.replace(QLatin1Char(','), QLatin1Char('.'));
    if (normal.endsWith(QLatin1Char('%')))
        normal.chop(1);
    const double v = normal.trimmed().toDouble(ok);
    if (!*ok)
        return std::numeric_limits<double>::quiet_NaN();
    return v;
}
} // namespace

TargetsEditor::TargetsEditor(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_table(new QTableWidget(this)),
      m_save(new QPushButton(tr("&Save targets"), this)), m_revert(new QPushButton(tr("&Revert"), this))
{
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setToolTip(tr("Targets in percent, 0 to 100; an empty cell means no target"));
    m_caption->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::cellChanged, this, &TargetsEditor::cellEdited);
    connect(m_save, &QPushButton::clicked, this, &TargetsEditor::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_db)
            load(*m_db, m_level, m_levelId, m_caption->property("levelName").toString(), m_fromYear,
                 m_fromYear + m_table->columnCount() - 1);
    });
    setModified(false);
}

void TargetsEditor::load(const Database &db, Level level, const QString &levelId, const QString &levelName, int fromYear, int toYear)
{
    m_db = &db;
    m_level = level;
    m_levelId = levelId;
    m_fromYear = fromYear;
    m_caption->setProperty("levelName", levelName);
    m_caption->setText(tr("%1: targets in percent. Type a value from 0 to 100 or leave the cell empty.").arg(levelName));
    const auto targets = IndicatorTargets::load(db, level, levelId, fromYear, toYear);
    const auto &defs = Indicators::definitions();
    m_loading = true;
    m_table->clear();
    m_table->setRowCount(int(defs.size()));
    m_table->setColumnCount(toYear - fromYear + 1);
    QStringList years;
    for (int y = fromYear; y <= toYear; ++y)
        years << QString::number(y);
    m_table->setHorizontalHeaderLabels(years);
    QStringList titles;
    for (int row = 0; row < defs.size(); ++row) {
        titles << QStringLiteral("%1. %2").arg(row + 1).arg(defs[row].title);
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const auto it = targets.constFind(IndicatorTargets::key(defs[row].code, fromYear + c));
            auto *item = new QTableWidgetItem(it == targets.constEnd() ? QString() : QLocale().toString(*it, 'f', 1));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, defs[row].code);
            m_table->setItem(row, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(titles);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_loading = false;
    setModified(false);
}

void TargetsEditor::cellEdited(int row, int column)
{
    if (m_loading)
        return;
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return;
    bool ok = true;
    const auto v = parseTarget(item->text(), &ok);
    const QString problem = ok ? IndicatorTargets::problem(item->data(Qt::UserRole).toString(), m_fromYear + column, v)
                               : tr("\"%1\" is not a number").arg(item->text());
    m_loading = true; // colouring the cell is not an edit
    item->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xf8, 0xd7, 0xd7)));
    item->setToolTip(problem);
    m_loading = false;
    setModified(true);
}

QList<TargetEntry> TargetsEditor::entries() const
{
    QList<TargetEntry> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QTableWidgetItem *item = m_table->item(row, c);
            bool ok = true;
            out.append({item->data(Qt::UserRole).toString(), m_fromYear + c, parseTarget(item->text(), &ok)});
        }
    return out;
}

bool TargetsEditor::save()
{
    if (!m_db)
        return false;
    try {
        const auto list = entries();
        for (const auto &e : list)
            if (e.value && std::isnan(*e.value))
                throw Error(tr("Indicator \"%1\", %2: the target is not a number").arg(e.code).arg(e.year));
        IndicatorTargets::saveAll(*m_db, m_level, m_levelId, list);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Targets"), e.message());
        return false;
    }
    setModified(false);
    Q_EMIT saved();
    return true;
}

void TargetsEditor::setModified(bool modified)
{
    m_modified = modified;
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
}

} // namespace metodist::ui
