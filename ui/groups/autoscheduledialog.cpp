#include "autoscheduledialog.h"

#include "equipmentneedsdelegate.h"
#include "groups/sessionkinds.h"
#include "shell/appcontext.h"
#include "storage/errors.h"
#include "storage/sql.h"
#include "weekgrid.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace metodist::ui {

namespace {
constexpr int kNeedsColumn = 1;

// Needs are kept per user, keyed by the group id (ids are unique across profiles).
QString needsKey(const QString &groupId)
{
    return QStringLiteral("autoSchedule/equipmentNeeds/") + groupId;
}
} // namespace

AutoScheduleDialog::AutoScheduleDialog(AppContext &context, const QDate &from, const QDate &to, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("autoScheduleDialog"));
    setWindowTitle(tr("Auto-schedule"));
    resize(1100, 760);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_from = new QDateEdit(from, this);
    m_to = new QDateEdit(to, this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("timeLimit"));
    m_limit->setRange(1, 3600);
    m_limit->setValue(20);
    m_limit->setSuffix(tr(" s"));
    auto *find = new QPushButton(tr("Find groups"), this);
    bar->addWidget(new QLabel(tr("Period"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(find);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Time limit"), this));
    bar->addWidget(m_limit);
    layout->addLayout(bar);

    m_groups = new QTableWidget(0, 2, this);
    m_groups->setObjectName(QStringLiteral("groups"));
    m_groups->setMaximumHeight(190);
    m_groups->setHorizontalHeaderLabels({tr("Group"), tr("Needs equipment")});
    m_groups->horizontalHeaderItem(kNeedsColumn)->setToolTip(tr("The equipment the group's sessions need: only rooms that have all of it are used. "
                                                                "F2 or Enter opens the list, Space ticks."));
    m_groups->verticalHeader()->hide();
    m_groups->verticalHeader()->setDefaultSectionSize(m_groups->fontMetrics().height() + 8); // list-like rows
    m_groups->horizontalHeader()->setStretchLastSection(true);
    m_groups->setShowGrid(false);
    m_groups->setWordWrap(false);
    m_groups->setTabKeyNavigation(false);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_needs = new EquipmentNeedsDelegate(m_groups);
    m_groups->setItemDelegateForColumn(kNeedsColumn, m_needs);
    m_groups->installEventFilter(this);
    layout->addWidget(new QLabel(tr("Groups to schedule (ticked: their sessions have fewer hours than the programme)"), this));
    layout->addWidget(m_groups);

    auto *run = new QHBoxLayout;
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("start"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("stop"));
    m_stopButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_best = new QLabel(this);
    m_best->setObjectName(QStringLiteral("best"));
    run->addWidget(m_start);
    run->addWidget(m_stopButton);
    run->addWidget(m_progress, 1);
    run->addWidget(m_best, 1);
    layout->addLayout(run);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *tabs = new QTabWidget(this);
    m_table = new QTableWidget(0, 7, tabs);
    m_table->setObjectName(QStringLiteral("proposal"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Group"), tr("Topic"), tr("Kind"), tr("Room"), tr("Instructors")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    tabs->addTab(m_table, tr("Proposed sessions"));
    auto *weekPage = new QWidget(tabs);
    auto *weekLayout = new QVBoxLayout(weekPage);
    auto *weekBar = new QHBoxLayout;
    auto *prev = new QPushButton(tr("◀ Week"), weekPage);
    auto *next = new QPushButton(tr("Week ▶"), weekPage);
    m_weekLabel = new QLabel(weekPage);
    weekBar->addWidget(prev);
    weekBar->addWidget(next);
    weekBar->addWidget(m_weekLabel, 1);
    weekLayout->addLayout(weekBar);
    m_week = new WeekGrid(weekPage);
    m_week->setObjectName(QStringLiteral("proposalWeek"));
    weekLayout->addWidget(m_week, 1);
    tabs->addTab(weekPage, tr("Week"));
    layout->addWidget(tabs, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("Accept and write"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("accept"));
    m_accept->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_groups, &QTableWidget::itemChanged, this, [](QTableWidgetItem *item) {
        if (item->column() != kNeedsColumn)
            return;
        const QStringList names = item->data(EquipmentNeedsDelegate::NamesRole).toStringList();
        QSettings settings;
        if (names.isEmpty())
            settings.remove(needsKey(item->data(Qt::UserRole).toString()));
        else
            settings.setValue(needsKey(item->data(Qt::UserRole).toString()), names);
    });
    connect(find, &QPushButton::clicked, this, &AutoScheduleDialog::refreshGroups);
    connect(m_start, &QPushButton::clicked, this, &AutoScheduleDialog::start);
    connect(m_stopButton, &QPushButton::clicked, this, &AutoScheduleDialog::stop);
    connect(prev, &QPushButton::clicked, this, [this] { m_weekMonday = m_weekMonday.addDays(-7); showProposalWeek(); });
    connect(next, &QPushButton::clicked, this, [this] { m_weekMonday = m_weekMonday.addDays(7); showProposalWeek(); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        try {
            acceptProposal();
        } catch (const Error &e) {
            QMessageBox::warning(this, windowTitle(), e.message());
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshGroups();
}

AutoScheduleDialog::~AutoScheduleDialog()
{
    if (m_thread) { // closing mid-run: stop the solver and wait for its best
        m_stop = true;
        m_thread->wait();
    }
}

void AutoScheduleDialog::refreshGroups()
{
    const QDate from = m_from->date(), to = m_to->date();
    QSet<QString> lacking;
    try {
        const QStringList ids = AutoScheduler(m_context.db()).unscheduledGroups(from, to);
        lacking = QSet<QString>(ids.cbegin(), ids.cend());
    } catch (const Error &e) {
        m_summary->setText(e.message());
    }
    // The names offered for needs: the equipment in the rooms the engine reads.
    QStringList choices;
    auto e = sql::exec(m_context.db().db(), QStringLiteral("SELECT DISTINCT e.name FROM equipment e JOIN room r ON r.id = e.room_id "
                                                           "WHERE e.deleted = 0 AND r.deleted = 0"));
    while (e.next())
        choices << e.value(0).toString();
    std::sort(choices.begin(), choices.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    m_needs->setChoices(choices);

    const QSignalBlocker quiet(m_groups); // filling is not an edit: nothing to save
    m_groups->setRowCount(0);
    const QSettings settings;
    auto q = sql::exec(m_context.db().db(),
                       QStringLiteral("SELECT g.id, g.code, p.title, g.starts_on, g.ends_on, p.hours, "
                                      "(SELECT COALESCE(SUM(s.hours), 0) FROM session s WHERE s.group_id = g.id AND s.deleted = 0) "
                                      "FROM study_group g JOIN programme p ON p.id = g.programme_id "
                                      "WHERE g.deleted = 0 AND g.status IN ('forming', 'running') AND g.starts_on <= ? AND g.ends_on >= ? "
                                      "ORDER BY g.starts_on, g.code LIMIT 500"),
                       {to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
    while (q.next()) {
        const QString id = q.value(0).toString();
        auto *item = new QTableWidgetItem(tr("%1 — %2 (%3 – %4), %5 of %6 h scheduled")
                                             .arg(q.value(1).toString(), q.value(2).toString(),
                                                  QDate::fromString(q.value(3).toString(), Qt::ISODate).toString(QStringLiteral("dd.MM.yy")),
                                                  QDate::fromString(q.value(4).toString(), Qt::ISODate).toString(QStringLiteral("dd.MM.yy")))
                                             .arg(q.value(6).toDouble())
                                             .arg(q.value(5).toInt()));
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(lacking.contains(id) ? Qt::Checked : Qt::Unchecked);
        auto *needs = new QTableWidgetItem;
        needs->setData(Qt::UserRole, id);
        needs->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        needs->setToolTip(tr("F2 or Enter: choose the equipment this group's sessions need"));
        const int row = m_groups->rowCount();
        m_groups->insertRow(row);
        m_groups->setItem(row, 0, item);
        m_groups->setItem(row, kNeedsColumn, needs);
        EquipmentNeedsDelegate::store(m_groups->model(), m_groups->model()->index(row, kNeedsColumn), settings.value(needsKey(id)).toStringList());
    }
    m_groups->resizeColumnToContents(0);
}

void AutoScheduleDialog::setChecked(const QStringList &groupIds)
{
    for (int i = 0; i < m_groups->rowCount(); ++i)
        m_groups->item(i, 0)->setCheckState(groupIds.contains(m_groups->item(i, 0)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

int AutoScheduleDialog::rowOf(const QString &groupId) const
{
    for (int i = 0; i < m_groups->rowCount(); ++i)
        if (m_groups->item(i, 0)->data(Qt::UserRole).toString() == groupId)
            return i;
    return -1;
}

void AutoScheduleDialog::setEquipmentNeeds(const QString &groupId, const QStringList &names)
{
    const int row = rowOf(groupId);
    if (row >= 0)
        EquipmentNeedsDelegate::store(m_groups->model(), m_groups->model()->index(row, kNeedsColumn), names);
}

QStringList AutoScheduleDialog::equipmentNeeds(const QString &groupId) const
{
    const int row = rowOf(groupId);
    return row < 0 ? QStringList() : m_groups->item(row, kNeedsColumn)->data(EquipmentNeedsDelegate::NamesRole).toStringList();
}

QStringList AutoScheduleDialog::equipmentChoices() const
{
    return m_needs->choices();
}

bool AutoScheduleDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a needs cell opens its list (views only emit activated() on Enter, and the
    // dialog's default button would take it otherwise).
    if (watched == m_groups && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Enter || key == Qt::Key_Return) && m_groups->currentIndex().column() == kNeedsColumn) {
            m_groups->edit(m_groups->currentIndex());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AutoScheduleDialog::setTimeLimit(int seconds)
{
    m_limit->setValue(seconds);
}

QStringList AutoScheduleDialog::checkedGroups() const
{
    QStringList ids;
    for (int i = 0; i < m_groups->rowCount(); ++i)
        if (m_groups->item(i, 0)->checkState() == Qt::Checked)
            ids << m_groups->item(i, 0)->data(Qt::UserRole).toString();
    return ids;
}

void AutoScheduleDialog::start()
{
    if (m_thread)
        return;
    AutoScheduleRequest request;
    request.groupIds = checkedGroups();
    if (request.groupIds.isEmpty()) {
        m_summary->setText(tr("Tick the groups to schedule."));
        return;
    }
    request.from = m_from->date();
    request.to = m_to->date();
    request.timeLimitSeconds = m_limit->value();
    for (const QString &id : request.groupIds)
        if (const QStringList names = equipmentNeeds(id); !names.isEmpty())
            request.equipmentNeeds.insert(id, names);
    m_stop = false;
    m_result = {};
    m_accept->setEnabled(false);
    m_start->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_progress->setValue(0);
    m_best->setText(tr("Building the timetable…"));
    m_summary->clear();
    m_table->setRowCount(0);
    const Database &main = m_context.db();
    // The worker opens its own connection; results come back queued to this dialog.
    m_thread = QThread::create([this, &main, request] {
        AutoScheduleResult result;
        QString error;
        try {
            auto own = main.openAnother();
            result = AutoScheduler(*own).run(request, &m_stop, [this](const AutoScheduleProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] { onProgress(p); }, Qt::QueuedConnection);
            });
        } catch (const Error &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(this, [this, result, error] { onFinished(result, error); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void AutoScheduleDialog::stop()
{
    m_stop = true;
    m_stopButton->setEnabled(false);
    m_best->setText(tr("Stopping… the best timetable so far is kept"));
}

void AutoScheduleDialog::onProgress(const AutoScheduleProgress &p)
{
    if (!m_thread)
        return;
    m_progress->setValue(int(1000 * std::min(1.0, p.elapsedSeconds / std::max(0.001, p.timeLimitSeconds))));
    m_best->setText(p.unplaced > 0 ? tr("%1 s: %2 sessions still to place").arg(p.elapsedSeconds, 0, 'f', 1).arg(p.unplaced)
                                   : tr("%1 s: all placed, best soft cost %2").arg(p.elapsedSeconds, 0, 'f', 1).arg(p.bestSoft));
}

void AutoScheduleDialog::onFinished(const AutoScheduleResult &result, const QString &error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_start->setEnabled(true);
    m_stopButton->setEnabled(false);
    m_progress->setValue(1000);
    m_result = result;
    if (!error.isEmpty()) {
        m_best->clear();
        m_summary->setText(error);
        Q_EMIT runFinished();
        return;
    }
    m_best->setText(result.cancelled ? tr("Stopped after %1 s").arg(result.seconds, 0, 'f', 1)
                                     : tr("Done in %1 s").arg(result.seconds, 0, 'f', 1));
    QStringList lines;
    lines << tr("%1 of %2 sessions placed for %3 groups; hard conflicts: %4; soft cost %5 (spread over days %6, compact days %7, stable rooms %8).")
                 .arg(result.sessions.size())
                 .arg(result.wanted)
                 .arg(result.groupIds.size())
                 .arg(result.hard())
                 .arg(result.soft())
                 .arg(result.softMinDays)
                 .arg(result.softCompactness)
                 .arg(result.softRoomStability);
    for (const QString &p : result.problems)
        lines << QStringLiteral("• ") + p;
    for (const Conflict &c : result.conflicts)
        lines << QStringLiteral("• ") + c.message;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_table->setRowCount(int(result.sessions.size()));
    for (int r = 0; r < result.sessions.size(); ++r) {
        const ProposedSession &s = result.sessions.at(r);
        const QStringList cells{QLocale().toString(s.startsAt, QStringLiteral("dd.MM.yyyy ddd")),
                                s.startsAt.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + s.endsAt.toString(QStringLiteral("HH:mm")),
                                s.groupCode, s.topic, SessionKinds::label(s.kind), s.roomName, s.instructorNames};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!result.sessions.isEmpty()) {
        const QDate first = result.sessions.first().startsAt.date();
        m_weekMonday = first.addDays(1 - first.dayOfWeek());
    }
    showProposalWeek();
    // Only a proposal without conflicts may be written.
    m_accept->setEnabled(!result.sessions.isEmpty() && result.conflicts.isEmpty() && result.engineHard == 0);
    Q_EMIT runFinished();
}

void AutoScheduleDialog::showProposalWeek()
{
    if (!m_weekMonday.isValid())
        return;
    QList<TimetableEntry> entries;
    for (int i = 0; i < m_result.sessions.size(); ++i) {
        const ProposedSession &s = m_result.sessions.at(i);
        if (s.startsAt.date() < m_weekMonday || s.startsAt.date() > m_weekMonday.addDays(6))
            continue;
        entries << TimetableEntry{QStringLiteral("proposal-%1").arg(i), s.groupId, s.groupCode, s.startsAt, s.endsAt,
                                  s.topic, s.kind, s.roomName, s.instructorNames};
    }
    m_week->setWeek(m_weekMonday, entries);
    m_weekLabel->setText(tr("Week of %1: %n proposed session(s)", nullptr, int(entries.size())).arg(m_weekMonday.toString(QStringLiteral("dd.MM.yyyy"))));
}

QStringList AutoScheduleDialog::acceptProposal()
{
    if (m_thread || m_result.sessions.isEmpty())
        return {};
    const QStringList ids = AutoScheduler(m_context.db()).apply(m_result.sessions);
    m_context.announceDataChanged(QStringLiteral("session"));
    m_context.showStatus(tr("%n session(s) written", nullptr, int(ids.size())));
    accept();
    return ids;
}

} // namespace metodist::ui
