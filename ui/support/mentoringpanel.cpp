#include "mentoringpanel.h"

#include "guarded.h"
#include "mentoringmodel.h"
#include "pairdialog.h"
#include "storage/sql.h"
#include "support/mentoring.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSqlRecord>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace metodist::ui {

MentoringPanel::MentoringPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new MentoringModel(context.db(), this)), m_view(new QComboBox(this)),
      m_municipality(new QComboBox(this)), m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_new(new QPushButton(tr("&New pair…"), this)), m_end(new QPushButton(tr("&End pair…"), this)),
      m_assign(new QPushButton(tr("&Assign a mentor…"), this))
{
    m_view->addItem(tr("Active pairs"), int(MentoringModel::Mode::ActivePairs));
    m_view->addItem(tr("All pairs"), int(MentoringModel::Mode::AllPairs));
    m_view->addItem(tr("Young teachers without a mentor"), int(MentoringModel::Mode::YoungWithoutMentor));
    m_municipality->addItem(tr("All municipalities"), QString());
    QSqlQuery q = sql::exec(context.db().db(), QStringLiteral("SELECT id, name FROM municipality WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        m_municipality->addItem(q.value(1).toString(), q.value(0));
    m_municipality->setToolTip(tr("Narrows the list of young teachers without a mentor"));

    auto *top = new QHBoxLayout;
    auto *show = new QLabel(tr("&Show"), this);
    show->setBuddy(m_view);
    top->addWidget(show);
    top->addWidget(m_view);
    top->addWidget(m_municipality);
    top->addStretch(1);
    top->addWidget(m_new);
    top->addWidget(m_assign);
    top->addWidget(m_end);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setToolTip(tr("Double-click a row to open the person's card; young teachers are highlighted"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_view, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_municipality, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_new, &QPushButton::clicked, this, [this] { newPair(); });
    connect(m_assign, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            newPair(m_model->idAt(current.row()));
    });
    connect(m_end, &QPushButton::clicked, this, &MentoringPanel::endPair);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openPerson(index.row()); });
    updateButtons();
}

void MentoringPanel::refresh()
{
    supportGuarded(this, [this] {
        const auto mode = MentoringModel::Mode(m_view->currentData().toInt());
        m_municipality->setEnabled(mode == MentoringModel::Mode::YoungWithoutMentor);
        m_model->load(mode, mode == MentoringModel::Mode::YoungWithoutMentor ? m_municipality->currentData().toString() : QString());
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnHidden(c, c >= m_model->visibleColumns());
        m_table->resizeColumnsToContents();
        // Organisations' long names are elided so the goal and status stay in view.
        for (int c = 0; c < m_model->visibleColumns(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), c == 1 || c == 3 ? 200 : 300));
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MentoringPanel::updateButtons,
                Qt::UniqueConnection);
        const QSqlDatabase db = m_context.db().db();
        const int active = sql::scalar(db, QStringLiteral("SELECT count(*) FROM mentoring_pair WHERE deleted = 0 AND status = 'active'")).toInt();
        StaffFilter filter;
        const auto count = [&db](const StaffQuery &q) { return sql::scalar(db, q.sql, q.values).toInt(); };
        const int young = count(buildStaffCountQuery([] { StaffFilter f; f.youngOnly = true; return f; }()));
        const int without = count(support::MentoringService::youngWithoutMentorCountQuery(filter));
        m_summary->setText(tr("Active pairs: %1. Young teachers: %2, without a mentor: %3.").arg(active).arg(young).arg(without));
    });
    updateButtons();
}

void MentoringPanel::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool young = m_model->mode() == MentoringModel::Mode::YoungWithoutMentor;
    m_assign->setVisible(young);
    m_end->setVisible(!young);
    m_assign->setEnabled(current.isValid());
    m_end->setEnabled(current.isValid() && m_model->statusAt(current.row()) == QLatin1String("active"));
}

void MentoringPanel::newPair(const QString &menteeId)
{
    PairDialog dialog(m_context.db(), this);
    if (!menteeId.isEmpty())
        dialog.setMentee(menteeId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.showStatus(tr("The mentoring pair is saved."));
    m_context.announceDataChanged(QStringLiteral("mentoring_pair"));
    refresh();
}

void MentoringPanel::endPair()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    EndPairDialog dialog(m_context.db(), m_model->idAt(current.row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.announceDataChanged(QStringLiteral("mentoring_pair"));
    refresh();
}

void MentoringPanel::openPerson(int row)
{
    if (m_model->mode() == MentoringModel::Mode::YoungWithoutMentor) {
        m_context.requestOpenPerson(m_model->idAt(row));
        return;
    }
    // The mentee's card: the portfolio shows the pair.
    const QString mentee = sql::scalar(m_context.db().db(), QStringLiteral("SELECT mentee_person_id FROM mentoring_pair WHERE id = ?"),
                                       {m_model->idAt(row)}).toString();
    if (!mentee.isEmpty())
        m_context.requestOpenPerson(mentee);
}

} // namespace metodist::ui
