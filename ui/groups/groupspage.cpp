#include "groupspage.h"

#include "groups/sessionkinds.h"

#include "common/reportprinter.h"
#include "groups/conflictdetector.h"
#include "io/tablewriter.h"
#include "registry/personnamesql.h"
#include "storage/errors.h"
#include "storage/sql.h"
#include "autoscheduledialog.h"
#include "roomloadchart.h"
#include "weekgrid.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

namespace {
QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, data);
    return item;
}

QDate mondayOf(const QDate &d) { return d.addDays(1 - d.dayOfWeek()); }
} // namespace

GroupsPage::GroupsPage(AppContext &context, QWidget *parent) : SectionPage(context, parent), m_service(context.db())
{
    buildUi();
    // Another section changed groups or enrolments: reload when shown next.
    connect(&context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (table.isEmpty() || table == QLatin1String("study_group") || table == QLatin1String("enrolment") || table == QLatin1String("programme"))
            m_loaded = false;
    });
}

void GroupsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    const QDate monday = mondayOf(QDate::currentDate());
    m_from->setDate(monday);
    m_to->setDate(monday.addDays(27));
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("programme"));
    m_programme->setMinimumContentsLength(30);
    auto *refresh = new QPushButton(tr("Show"), this);
    bar->addWidget(new QLabel(tr("Period"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(new QLabel(tr("Programme"), this));
    bar->addWidget(m_programme, 1);
    bar->addWidget(refresh);
    auto *autoSchedule = new QPushButton(tr("Auto-schedule…"), this);
    autoSchedule->setObjectName(QStringLiteral("autoSchedule"));
    autoSchedule->setToolTip(tr("Place the sessions the groups of the period still lack, without conflicts"));
    bar->addWidget(autoSchedule);
    auto *pdf = new QPushButton(tr("PDF…"), this);
    auto *xlsx = new QPushButton(tr("XLSX…"), this);
    auto *ics = new QPushButton(tr("iCalendar…"), this);
    pdf->setToolTip(tr("Export the timetable on screen"));
    bar->addWidget(pdf);
    bar->addWidget(xlsx);
    bar->addWidget(ics);
    layout->addLayout(bar);

    auto *split = new QSplitter(this);
    m_groups = makeTable(QStringLiteral("groups"), {tr("Group"), tr("Programme"), tr("Dates"), tr("Learners"), tr("Status")}, split);
    split->addWidget(m_groups);
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_timetable = makeTable(QStringLiteral("timetable"), {tr("Date"), tr("Time"), tr("Group"), tr("Topic"), tr("Kind"), tr("Room"), tr("Instructors")}, m_tabs);
    m_tabs->addTab(m_timetable, tr("Group timetable"));

    auto *weekPage = new QWidget(m_tabs);
    auto *weekLayout = new QVBoxLayout(weekPage);
    auto *weekBar = new QHBoxLayout;
    m_weekMode = new QComboBox(weekPage);
    m_weekMode->setObjectName(QStringLiteral("weekMode"));
    m_weekMode->addItems({tr("Group"), tr("Instructor"), tr("Learner")});
    m_weekWho = new QComboBox(weekPage);
    m_weekWho->setObjectName(QStringLiteral("weekWho"));
    m_weekWho->setMinimumContentsLength(30);
    auto *prev = new QPushButton(tr("◀ Week"), weekPage);
    auto *next = new QPushButton(tr("Week ▶"), weekPage);
    m_weekLabel = new QLabel(weekPage);
    weekBar->addWidget(m_weekMode);
    weekBar->addWidget(m_weekWho, 1);
    weekBar->addWidget(prev);
    weekBar->addWidget(next);
    weekBar->addWidget(m_weekLabel, 1);
    weekLayout->addLayout(weekBar);
    m_week = new WeekGrid(weekPage);
    m_week->setObjectName(QStringLiteral("week"));
    weekLayout->addWidget(m_week, 1);
    m_dragInfo = new QLabel(tr("Drag a session to move it; double-click to edit its time and room."), weekPage);
    m_dragInfo->setObjectName(QStringLiteral("dragInfo"));
    m_dragInfo->setWordWrap(true);
    weekLayout->addWidget(m_dragInfo);
    m_tabs->addTab(weekPage, tr("Week"));

    auto *conflictsPage = new QWidget(m_tabs);
    auto *conflictsLayout = new QVBoxLayout(conflictsPage);
    m_conflicts = makeTable(QStringLiteral("conflicts"), {tr("Kind"), tr("When"), tr("What collides")}, conflictsPage);
    auto *scan = new QPushButton(tr("Check the period"), conflictsPage);
    conflictsLayout->addWidget(scan, 0, Qt::AlignLeft);
    conflictsLayout->addWidget(m_conflicts);
    m_tabs->addTab(conflictsPage, tr("Conflicts"));

    auto *loadPage = new QWidget(m_tabs);
    auto *loadLayout = new QVBoxLayout(loadPage);
    m_loadSummary = new QLabel(loadPage);
    m_loadSummary->setObjectName(QStringLiteral("loadSummary"));
    m_load = new QTableWidget(loadPage);
    m_load->setObjectName(QStringLiteral("load"));
    m_load->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_load->horizontalHeader()->setDefaultSectionSize(44);
    loadLayout->addWidget(m_loadSummary);
    loadLayout->addWidget(m_load, 1);
    m_tabs->addTab(loadPage, tr("Workshop load"));
    m_common = makeTable(QStringLiteral("common"), {tr("Date"), tr("Time"), tr("Group"), tr("Topic"), tr("Kind"), tr("Room"), tr("Instructors")}, m_tabs);
    m_tabs->addTab(m_common, tr("Common timetable"));
    m_loadChart = new RoomLoadChart(context().db(), m_tabs);
    m_tabs->addTab(m_loadChart, tr("Load chart"));
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(refresh, &QPushButton::clicked, this, [this] { guarded([this] { refreshGroups(); refreshConflicts(); refreshLoad(); refreshCommon(); }); });
    connect(autoSchedule, &QPushButton::clicked, this, [this] {
        AutoScheduleDialog *dialog = createAutoScheduleDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_programme, &QComboBox::currentIndexChanged, this, [this] { guarded([this] { refreshGroups(); }); });
    connect(m_groups, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_groups->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            guarded([&] { selectGroup(m_groups->item(rows.first().row(), 0)->data(Qt::UserRole).toString()); });
    });
    connect(m_weekMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_weekOf = WeekOf(index);
        guarded([this] { fillWeekSubjects(); refreshWeek(); });
    });
    connect(m_weekWho, &QComboBox::currentIndexChanged, this, [this] {
        m_weekSubject = m_weekWho->currentData().toString();
        guarded([this] { refreshWeek(); });
    });
    connect(prev, &QPushButton::clicked, this, [this] { m_weekMonday = m_weekMonday.addDays(-7); guarded([this] { refreshWeek(); }); });
    connect(next, &QPushButton::clicked, this, [this] { m_weekMonday = m_weekMonday.addDays(7); guarded([this] { refreshWeek(); }); });
    m_week->setPreviewer([this](const QString &id, const QDateTime &start, const QDateTime &end) {
        try {
            return m_service.previewMove(id, start, end, ConflictDetector(context().db()).load(id).roomId);
        } catch (const Error &) {
            return QList<Conflict>();
        }
    });
    connect(m_week, &WeekGrid::dragConflicts, this, [this](const QList<Conflict> &list) {
        QStringList lines;
        for (const Conflict &c : list)
            lines << c.message;
        m_dragInfo->setText(lines.isEmpty() ? tr("No conflicts here.") : tr("Conflicts here: %1").arg(lines.join(QStringLiteral("; "))));
    });
    connect(m_week, &WeekGrid::moveRequested, this, [this](const QString &id, const QDateTime &s, const QDateTime &e) {
        guarded([&] { moveSession(id, s, e); });
    });
    connect(m_week, &WeekGrid::sessionActivated, this, [this](const QString &id) { guarded([&] { openMoveDialog(id); }); });
    connect(m_conflicts, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        guarded([&] { openMoveDialog(m_conflicts->item(row, 0)->data(Qt::UserRole).toString()); });
    });
    connect(scan, &QPushButton::clicked, this, [this] { guarded([this] { refreshConflicts(); }); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        askExport(tr("PDF (*.pdf)"), [this](const QString &p) { exportPdf(p); });
    });
    connect(xlsx, &QPushButton::clicked, this, [this] {
        askExport(tr("Excel workbook (*.xlsx)"), [this](const QString &p) { exportXlsx(p); });
    });
    connect(ics, &QPushButton::clicked, this, [this] {
        askExport(tr("iCalendar (*.ics)"), [this](const QString &p) { exportIcs(p); });
    });
}

void GroupsPage::guarded(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Groups and schedule"), e.message());
    }
}

void GroupsPage::askExport(const QString &filter, const std::function<void(const QString &)> &write)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the timetable"), {}, filter);
    if (path.isEmpty())
        return;
    guarded([&] {
        write(path);
        context().showStatus(tr("Saved %1").arg(path));
    });
}

void GroupsPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    guarded([this] {
        const QSignalBlocker block(m_programme);
        m_programme->clear();
        m_programme->addItem(tr("All programmes"), QString());
        auto q = sql::exec(context().db().db(), QStringLiteral("SELECT id, title FROM programme WHERE deleted = 0 AND id IN "
                                                               "(SELECT programme_id FROM study_group WHERE deleted = 0) ORDER BY title"));
        while (q.next())
            m_programme->addItem(q.value(1).toString(), q.value(0).toString());
        refreshGroups();
        refreshLoad();
        refreshCommon();
        if (m_groupId.isEmpty() && m_groups->rowCount() > 0)
            m_groups->selectRow(0); // not an empty page on first sight
    });
}

void GroupsPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refreshGroups();
    refreshLoad();
    refreshCommon();
}

static void fillTimetable(QTableWidget *table, const QList<TimetableEntry> &entries)
{
    table->setRowCount(0);
    table->setRowCount(int(entries.size()));
    for (int r = 0; r < int(entries.size()); ++r) {
        const TimetableEntry &e = entries.at(r);
        table->setItem(r, 0, cell(QLocale().toString(e.startsAt, QStringLiteral("dd.MM.yyyy ddd")), e.sessionId));
        table->setItem(r, 1, cell(e.startsAt.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + e.endsAt.toString(QStringLiteral("HH:mm"))));
        table->setItem(r, 2, cell(e.groupCode));
        table->setItem(r, 3, cell(e.topic));
        table->setItem(r, 4, cell(SessionKinds::label(e.kind)));
        table->setItem(r, 5, cell(e.roomName));
        table->setItem(r, 6, cell(e.instructors));
    }
    table->resizeColumnsToContents();
}

void GroupsPage::refreshCommon()
{
    fillTimetable(m_common, m_service.timetable({m_from->date(), m_to->date(), {}, {}, {}, {}}));
}

void GroupsPage::refreshGroups()
{
    const QString programme = m_programme->currentData().toString();
    auto q = sql::exec(context().db().db(),
                       QStringLiteral("SELECT g.id, g.code, p.title, g.starts_on, g.ends_on, "
                                      "(SELECT COUNT(*) FROM enrolment e WHERE e.group_id = g.id AND e.deleted = 0 AND e.status = 'enrolled'), "
                                      "g.capacity, g.status FROM study_group g JOIN programme p ON p.id = g.programme_id "
                                      "WHERE g.deleted = 0 AND g.starts_on <= ? AND g.ends_on >= ? AND (? = '' OR g.programme_id = ?) "
                                      "ORDER BY g.starts_on, g.code LIMIT 2000"),
                       {m_to->date().toString(Qt::ISODate), m_from->date().toString(Qt::ISODate), programme, programme});
    const QSignalBlocker block(m_groups);
    m_groups->setRowCount(0);
    while (q.next()) {
        const int r = m_groups->rowCount();
        m_groups->insertRow(r);
        m_groups->setItem(r, 0, cell(q.value(1).toString(), q.value(0)));
        m_groups->setItem(r, 1, cell(q.value(2).toString()));
        m_groups->setItem(r, 2, cell(QDate::fromString(q.value(3).toString(), Qt::ISODate).toString(QStringLiteral("dd.MM.yy")) + QStringLiteral("–")
                                     + QDate::fromString(q.value(4).toString(), Qt::ISODate).toString(QStringLiteral("dd.MM.yy"))));
        m_groups->setItem(r, 3, cell(QStringLiteral("%1/%2").arg(q.value(5).toInt()).arg(q.value(6).toInt())));
        m_groups->setItem(r, 4, cell(q.value(7).toString()));
    }
    m_groups->resizeColumnsToContents();
}

void GroupsPage::selectGroup(const QString &groupId)
{
    const GroupInfo g = m_service.loadGroup(groupId);
    m_groupId = groupId;
    refreshGroupTimetable();
    // The week of the group's first session in the period, else its start.
    const QVariant first = sql::scalar(context().db().db(),
                                       QStringLiteral("SELECT MIN(starts_at) FROM session WHERE group_id = ? AND deleted = 0 AND starts_at >= ?"),
                                       {groupId, m_from->date().toString(Qt::ISODate)});
    const QDate day = first.isNull() ? g.startsOn : QDate::fromString(first.toString().left(10), Qt::ISODate);
    showWeek(WeekOf::Group, groupId, day);
}

void GroupsPage::refreshGroupTimetable()
{
    m_timetable->setRowCount(0);
    if (m_groupId.isEmpty())
        return;
    const GroupInfo g = m_service.loadGroup(m_groupId);
    TimetableFilter f;
    f.from = g.startsOn.addDays(-366);
    f.to = g.endsOn.addDays(366);
    f.groupId = m_groupId;
    fillTimetable(m_timetable, m_service.timetable(f));
}

void GroupsPage::fillWeekSubjects()
{
    const QSignalBlocker block(m_weekWho);
    m_weekWho->clear();
    const QSqlDatabase db = context().db().db();
    if (m_weekOf == WeekOf::Group) {
        if (!m_groupId.isEmpty())
            m_weekWho->addItem(m_service.loadGroup(m_groupId).code, m_groupId);
    } else if (m_weekOf == WeekOf::Instructor) {
        auto q = sql::exec(db, QStringLiteral("SELECT DISTINCT i.id, i.full_name FROM session s JOIN session_instructor si ON si.session_id = s.id "
                                              "AND si.deleted = 0 JOIN instructor i ON i.id = si.instructor_id WHERE s.group_id = ? AND s.deleted = 0 "
                                              "ORDER BY i.full_name"),
                           {m_groupId});
        while (q.next())
            m_weekWho->addItem(q.value(1).toString(), q.value(0).toString());
    } else {
        auto q = sql::exec(db, QStringLiteral("SELECT p.id, ") + personFullNameSql(QStringLiteral("p")) + QStringLiteral(" FROM enrolment e "
                                              "JOIN person p ON p.id = e.person_id WHERE e.group_id = ? AND e.deleted = 0 AND e.status = 'enrolled' "
                                              "ORDER BY p.last_name, p.first_name"),
                           {m_groupId});
        while (q.next())
            m_weekWho->addItem(q.value(1).toString().trimmed(), q.value(0).toString());
    }
    const int index = m_weekWho->findData(m_weekSubject);
    if (index >= 0) {
        m_weekWho->setCurrentIndex(index);
    } else if (m_weekWho->count() > 0) {
        m_weekWho->setCurrentIndex(0);
        m_weekSubject = m_weekWho->currentData().toString();
    } else {
        m_weekSubject.clear();
    }
}

void GroupsPage::showWeek(WeekOf of, const QString &id, const QDate &anyDay)
{
    m_weekOf = of;
    m_weekSubject = id;
    m_weekMonday = mondayOf(anyDay);
    {
        const QSignalBlocker block(m_weekMode);
        m_weekMode->setCurrentIndex(int(of));
    }
    fillWeekSubjects();
    if (m_weekWho->findData(id) < 0) { // someone outside the current group: named, not by id
        const QSignalBlocker block(m_weekWho);
        const QString query = of == WeekOf::Instructor ? QStringLiteral("SELECT full_name FROM instructor WHERE id = ?")
                            : of == WeekOf::Learner ? QStringLiteral("SELECT ") + personFullNameSql() + QStringLiteral(" FROM person WHERE id = ?")
                                                    : QStringLiteral("SELECT code FROM study_group WHERE id = ?");
        const QString name = sql::scalar(context().db().db(), query, {id}).toString();
        m_weekWho->addItem(name.isEmpty() ? id : name, id);
        m_weekWho->setCurrentIndex(m_weekWho->count() - 1);
        m_weekSubject = id;
    }
    refreshWeek();
}

TimetableFilter GroupsPage::currentFilter() const
{
    TimetableFilter f;
    if (m_tabs->currentWidget() == m_common) {
        f.from = m_from->date();
        f.to = m_to->date();
        return f;
    }
    if (m_tabs->currentIndex() == 0 && !m_groupId.isEmpty()) {
        const GroupInfo g = m_service.loadGroup(m_groupId);
        f.from = g.startsOn.addDays(-366);
        f.to = g.endsOn.addDays(366);
        f.groupId = m_groupId;
        return f;
    }
    f.from = m_weekMonday;
    f.to = m_weekMonday.addDays(6);
    if (m_weekSubject.isEmpty())
        f.groupId = m_groupId.isEmpty() ? QStringLiteral("-") : m_groupId;
    else if (m_weekOf == WeekOf::Group)
        f.groupId = m_weekSubject;
    else if (m_weekOf == WeekOf::Instructor)
        f.instructorId = m_weekSubject;
    else
        f.personId = m_weekSubject;
    return f;
}

void GroupsPage::refreshWeek()
{
    if (!m_weekMonday.isValid())
        return;
    TimetableFilter f;
    f.from = m_weekMonday;
    f.to = m_weekMonday.addDays(6);
    if (m_weekOf == WeekOf::Group)
        f.groupId = m_weekSubject.isEmpty() ? QStringLiteral("-") : m_weekSubject;
    else if (m_weekOf == WeekOf::Instructor)
        f.instructorId = m_weekSubject.isEmpty() ? QStringLiteral("-") : m_weekSubject;
    else
        f.personId = m_weekSubject.isEmpty() ? QStringLiteral("-") : m_weekSubject;
    const auto entries = m_service.timetable(f);
    m_week->setWeek(m_weekMonday, entries);
    m_weekLabel->setText(tr("Week of %1: %n session(s)", nullptr, int(entries.size())).arg(m_weekMonday.toString(QStringLiteral("dd.MM.yyyy"))));
}

void GroupsPage::refreshConflicts()
{
    const auto list = ConflictDetector(context().db()).scan(m_from->date(), m_to->date());
    m_conflicts->setRowCount(0);
    for (const Conflict &c : list) {
        const int r = m_conflicts->rowCount();
        m_conflicts->insertRow(r);
        m_conflicts->setItem(r, 0, cell(ConflictDetector::kindName(c.kind), c.sessionId));
        const QString when = sql::scalar(context().db().db(), QStringLiteral("SELECT starts_at FROM session WHERE id = ?"), {c.sessionId})
                                 .toString().replace(QLatin1Char('T'), QLatin1Char(' '));
        m_conflicts->setItem(r, 1, cell(when));
        m_conflicts->setItem(r, 2, cell(c.message));
    }
    m_conflicts->resizeColumnToContents(0);
    m_conflicts->resizeColumnToContents(1);
    m_tabs->setTabText(2, tr("Conflicts (%1)").arg(list.size()));
}

AutoScheduleDialog *GroupsPage::createAutoScheduleDialog()
{
    auto *dialog = new AutoScheduleDialog(context(), m_from->date(), m_to->date(), this);
    connect(dialog, &QDialog::accepted, this, [this] {
        guarded([this] {
            refreshGroups();
            refreshGroupTimetable();
            refreshWeek();
            refreshConflicts();
            refreshLoad();
            refreshCommon();
        });
    });
    return dialog;
}

void GroupsPage::refreshLoad()
{
    const QDate from = m_from->date(), to = m_to->date();
    m_loadChart->setPeriod(from, to);
    const auto load = m_service.roomLoad(from, to);
    const int days = int(std::min<qint64>(from.daysTo(to) + 1, 92)); // a quarter at most on screen
    QStringList rooms;
    QHash<QString, int> rowOf;
    for (const RoomLoad &l : load)
        if (!rowOf.contains(l.roomId)) {
            rowOf.insert(l.roomId, int(rooms.size()));
            rooms << l.siteName + QStringLiteral(" · ") + l.roomName;
        }
    m_load->clear();
    m_load->setRowCount(int(rooms.size()));
    m_load->setColumnCount(std::max(days, 0));
    m_load->setVerticalHeaderLabels(rooms);
    QStringList headers;
    for (int d = 0; d < days; ++d)
        headers << from.addDays(d).toString(QStringLiteral("dd.MM\nddd"));
    m_load->setHorizontalHeaderLabels(headers);
    double booked = 0, available = 0;
    for (const RoomLoad &l : load) {
        booked += l.bookedHours;
        available += l.availableHours;
        const int d = int(from.daysTo(l.day));
        if (d >= days)
            continue;
        auto *item = new QTableWidgetItem(l.bookedHours > 0 ? QString::number(l.bookedHours, 'g', 3) : QString());
        const double ratio = l.availableHours > 0 ? l.bookedHours / l.availableHours : (l.bookedHours > 0 ? 1.5 : 0);
        // White (free) to deep red (full); overbooked stays the deepest.
        const int v = int(std::min(ratio, 1.0) * 200);
        item->setBackground(l.availableHours == 0 && l.bookedHours == 0 ? QColor(235, 235, 235) : QColor(255, 255 - v, 255 - v));
        item->setForeground(v > 120 ? Qt::white : Qt::black);
        item->setTextAlignment(Qt::AlignCenter);
        item->setData(Qt::UserRole, ratio);
        item->setToolTip(tr("%1 h of %2 h booked\n%3").arg(l.bookedHours).arg(l.availableHours).arg(l.groups.join(QStringLiteral(", "))));
        m_load->setItem(rowOf.value(l.roomId), d, item);
    }
    m_loadSummary->setText(tr("Workshops: %1 h booked of %2 h available (%3 %)")
                               .arg(booked)
                               .arg(available)
                               .arg(available > 0 ? QString::number(100 * booked / available, 'f', 1) : QStringLiteral("—")));
}

bool GroupsPage::moveSession(const QString &sessionId, const QDateTime &start, const QDateTime &end, bool force)
{
    const QString room = ConflictDetector(context().db()).load(sessionId).roomId;
    const SessionWrite preview = m_service.moveSession(sessionId, start, end, room, force);
    if (!preview.written) {
        QStringList lines;
        for (const Conflict &c : preview.conflicts)
            lines << QStringLiteral("• ") + c.message;
        if (QMessageBox::question(this, tr("Move the session"), tr("The move makes these conflicts:\n%1\n\nMove anyway?").arg(lines.join(QLatin1Char('\n'))))
            != QMessageBox::Yes) {
            refreshWeek();
            return false;
        }
        m_service.moveSession(sessionId, start, end, room, true);
    }
    context().announceDataChanged(QStringLiteral("session"));
    refreshWeek();
    refreshGroupTimetable();
    refreshConflicts();
    refreshLoad();
    refreshCommon();
    return true;
}

void GroupsPage::openMoveDialog(const QString &sessionId)
{
    const SessionDraft s = ConflictDetector(context().db()).load(sessionId);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Move the session"));
    auto *form = new QFormLayout(&dialog);
    auto *start = new QDateTimeEdit(s.startsAt, &dialog);
    start->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
    start->setCalendarPopup(true);
    auto *minutes = new QSpinBox(&dialog);
    minutes->setRange(15, 24 * 60);
    minutes->setSingleStep(15);
    minutes->setValue(int(s.startsAt.secsTo(s.endsAt) / 60));
    auto *room = new QComboBox(&dialog);
    room->addItem(tr("(no room)"), QString());
    auto q = sql::exec(context().db().db(), QStringLiteral("SELECT r.id, s.name || ' · ' || r.name || ' (' || r.capacity || ')' FROM room r "
                                                           "JOIN site s ON s.id = r.site_id WHERE r.deleted = 0 ORDER BY s.name, r.name"));
    while (q.next())
        room->addItem(q.value(1).toString(), q.value(0).toString());
    room->setCurrentIndex(std::max(0, room->findData(s.roomId)));
    auto *conflicts = new QListWidget(&dialog);
    conflicts->setObjectName(QStringLiteral("moveConflicts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("Starts"), start);
    form->addRow(tr("Minutes"), minutes);
    form->addRow(tr("Room"), room);
    form->addRow(tr("Conflicts"), conflicts);
    form->addRow(buttons);
    auto update = [&] {
        conflicts->clear();
        try {
            const auto list = m_service.previewMove(sessionId, start->dateTime(), start->dateTime().addSecs(60LL * minutes->value()),
                                                    room->currentData().toString());
            for (const Conflict &c : list)
                conflicts->addItem(c.message);
            if (list.isEmpty())
                conflicts->addItem(tr("No conflicts"));
        } catch (const Error &e) {
            conflicts->addItem(e.message());
        }
    };
    connect(start, &QDateTimeEdit::dateTimeChanged, &dialog, update);
    connect(minutes, &QSpinBox::valueChanged, &dialog, update);
    connect(room, &QComboBox::currentIndexChanged, &dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_service.moveSession(sessionId, start->dateTime(), start->dateTime().addSecs(60LL * minutes->value()), room->currentData().toString(), true);
    context().announceDataChanged(QStringLiteral("session"));
    refreshWeek();
    refreshGroupTimetable();
    refreshConflicts();
    refreshLoad();
}

TextTable GroupsPage::timetableTable() const
{
    const TimetableFilter f = currentFilter();
    TextTable t;
    if (m_tabs->currentWidget() == m_common)
        t.title = tr("Common timetable %1–%2").arg(f.from.toString(QStringLiteral("dd.MM.yyyy")), f.to.toString(QStringLiteral("dd.MM.yyyy")));
    else if (!f.groupId.isEmpty() && f.groupId != QLatin1String("-"))
        t.title = tr("Timetable of group %1").arg(m_service.loadGroup(f.groupId).code);
    else
        t.title = tr("Timetable: %1").arg(m_weekWho->currentText());
    t.headers = {tr("Date"), tr("Time"), tr("Group"), tr("Topic"), tr("Kind"), tr("Room"), tr("Instructors")};
    for (const TimetableEntry &e : m_service.timetable(f))
        t.rows.append({e.startsAt.toString(QStringLiteral("dd.MM.yyyy")),
                       e.startsAt.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + e.endsAt.toString(QStringLiteral("HH:mm")), e.groupCode, e.topic,
                       SessionKinds::label(e.kind), e.roomName, e.instructors});
    if (t.rows.isEmpty())
        throw Error(tr("There is no timetable on screen to export: choose a group or a week with sessions"));
    return t;
}

void GroupsPage::exportPdf(const QString &path) const
{
    ReportPrinter::savePdf(path, ReportPrinter::tableHtml(timetableTable()), true);
}

void GroupsPage::exportXlsx(const QString &path) const
{
    TableWriter::writeXlsx(path, {timetableTable()});
}

void GroupsPage::exportIcs(const QString &path) const
{
    const TextTable t = timetableTable(); // throws when empty
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(m_service.ics(t.title, currentFilter()));
}

} // namespace metodist::ui
