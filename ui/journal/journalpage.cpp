#include "journalpage.h"

#include "common/reportprinter.h"
#include "io/tablewriter.h"
#include "journal/certificates.h"
#include "journal/frdo.h"
#include "journalmodel.h"
#include "journalreports.h"
#include "journaltable.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace metodist::ui {

namespace {

QTableWidget *tableWidget(const TextTable &t, QWidget *parent)
{
    auto *w = new QTableWidget(int(t.rows.size()), int(t.headers.size()), parent);
    w->setHorizontalHeaderLabels(t.headers);
    w->verticalHeader()->hide();
    w->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < t.rows.at(r).size(); ++c)
            w->setItem(r, c, new QTableWidgetItem(t.rows.at(r).at(c)));
    w->resizeColumnsToContents();
    return w;
}

} // namespace

JournalPage::JournalPage(AppContext &context, QWidget *parent) : SectionPage(context, parent)
{
    m_model = new JournalModel(context.db(), this);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Group:")));
    m_groups = new QComboBox;
    m_groups->setObjectName(QStringLiteral("group"));
    m_groups->setMinimumContentsLength(50);
    m_groups->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    top->addWidget(m_groups, 1);
    // The instructor's own view: only groups whose sessions the user's person teaches.
    m_mine = new QCheckBox(tr("Only my groups"));
    m_mine->setObjectName(QStringLiteral("mine"));
    top->addWidget(m_mine);
    layout->addLayout(top);

    m_info = new QLabel;
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    auto *actions = new QHBoxLayout;
    auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        actions->addWidget(b);
        return b;
    };
    QAction *undo = m_model->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undo"));
    QAction *redo = m_model->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redo"));
    addAction(undo);
    addAction(redo);
    for (QAction *a : {undo, redo}) {
        auto *tb = new QToolButton;
        tb->setDefaultAction(a);
        tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tb->setMinimumWidth(170); // the text names the step ("Undo Attendance")
        actions->addWidget(tb);
    }
    QPushButton *fill = button(tr("Fill column (Ctrl+D)"), "fill");
    m_complete = button(tr("Completion…"), "complete");
    QPushButton *registerButton = button(tr("Documents register…"), "register");
    actions->addStretch();
    QPushButton *printJournal = button(tr("Print journal…"), "printJournal");
    QPushButton *printSheet = button(tr("Attendance sheet…"), "printSheet");
    QPushButton *pdf = button(tr("PDF…"), "pdf");
    QPushButton *xlsx = button(tr("XLSX…"), "xlsx");
    layout->addLayout(actions);

    m_table = new JournalTable(m_model);
    m_table->setObjectName(QStringLiteral("journal"));
    layout->addWidget(m_table, 1);
    auto *hint = new QLabel(tr("Keys: п/p present, н/a absent, у/e excused, о/l late, digits a grade (pass/fail: 1 / 0), "
                               "Delete clears, Ctrl+D fills the column, Ctrl+Z undoes. The last two columns are the final attestation."));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    connect(m_model, &JournalModel::failed, this, [this](const QString &message) {
        this->context().showStatus(message, 10000);
        QMessageBox::warning(this, tr("Journal"), message);
    });
    connect(m_groups, &QComboBox::currentIndexChanged, this, [this] {
        guarded([this] { openGroup(m_groups->currentData().toString()); });
    });
    connect(m_mine, &QCheckBox::toggled, this, [this] { guarded([this] { reloadGroups(); }); });
    connect(fill, &QPushButton::clicked, this, [this] { m_table->fillCurrentColumn(); });
    connect(m_complete, &QPushButton::clicked, this, [this] { guarded([this] { complete(); }); });
    connect(registerButton, &QPushButton::clicked, this, [this] { guarded([this] { showRegister(); }); });
    connect(printJournal, &QPushButton::clicked, this, [this] { guarded([this] { print(tr("Journal"), journalHtml()); }); });
    connect(printSheet, &QPushButton::clicked, this, [this] { guarded([this] { print(tr("Attendance sheet"), attendanceSheetHtml()); }); });
    connect(pdf, &QPushButton::clicked, this, [this] { guarded([this] { savePdf(tr("journal.pdf"), journalHtml() + attendanceSheetHtml()); }); });
    connect(xlsx, &QPushButton::clicked, this, [this] { guarded([this] { exportXlsx(); }); });
}

bool JournalPage::guarded(const std::function<void()> &f)
{
    try {
        f();
        return true;
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Journal"), e.message());
        return false;
    }
}

void JournalPage::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    guarded([this] {
        reloadGroups();
        // Start on the group marked most recently (session_time index, then the cell index).
        const QString recent = sql::scalar(context().db().db(),
                                           QStringLiteral("SELECT s.group_id FROM session s WHERE s.deleted = 0 AND EXISTS "
                                                          "(SELECT 1 FROM journal_mark m WHERE m.session_id = s.id AND m.deleted = 0) "
                                                          "ORDER BY s.starts_at DESC LIMIT 1"))
                                   .toString();
        if (!recent.isEmpty() && m_groups->findData(recent) >= 0)
            openGroup(recent);
    });
}

void JournalPage::reloadGroups()
{
    QString person;
    if (m_mine->isChecked())
        person = sql::scalar(context().db().db(), QStringLiteral("SELECT person_id FROM app_user WHERE id = ?"), {context().db().userId()}).toString();
    const QList<journal::GroupInfo> groups = journal::JournalService(context().db()).groups(person);
    const QSignalBlocker block(m_groups);
    m_groups->clear();
    for (const journal::GroupInfo &g : groups)
        m_groups->addItem(QStringLiteral("%1 — %2 (%3)").arg(g.code, g.programmeTitle, g.startsOn), g.id);
    m_groups->setCurrentIndex(-1);
    m_model->load({});
    m_info->setText(groups.isEmpty() ? tr("No groups.") : tr("%n group(s). Choose one.", nullptr, int(groups.size())));
}

void JournalPage::openGroup(const QString &groupId)
{
    m_model->load(groupId);
    if (groupId.isEmpty())
        return;
    const int i = m_groups->findData(groupId);
    if (i >= 0 && m_groups->currentIndex() != i) {
        const QSignalBlocker block(m_groups);
        m_groups->setCurrentIndex(i);
    }
    const journal::GroupInfo &g = m_model->grid().group;
    static const QHash<QString, QString> gradings = {{QStringLiteral("pass_fail"), tr("pass / fail")},
                                                     {QStringLiteral("five_point"), tr("2–5")},
                                                     {QStringLiteral("points"), tr("points (pass from %1)").arg(journal::kPointsPass)}};
    m_info->setText(tr("%1. Grading: %2; completion needs %3% attendance and a passing final result. %4 learners, %5 sessions.")
                        .arg(JournalReports::subtitle(g), gradings.value(g.grading)).arg(qRound(g.completionAttendance * 100))
                        .arg(m_model->rowCount()).arg(m_model->sessionCount()));
    // Sizes stay with section numbers across groups: set them all again.
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->sessionCount(); ++c)
        header->resizeSection(c, header->defaultSectionSize());
    header->resizeSection(m_model->finalTitleColumn(), 220);
    header->resizeSection(m_model->finalResultColumn(), 70);
    if (m_model->rowCount() > 0 && m_model->sessionCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

QString JournalPage::journalHtml() const
{
    // Own layout (not tableHtml): names and the final work need fixed widths to stay
    // readable beside dozens of narrow session columns on A4 landscape.
    const TextTable t = JournalReports::journal(m_model->grid());
    const int sessions = m_model->sessionCount();
    const double sessionWidth = sessions > 0 ? 63.0 / sessions : 0;
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p><table width='100%' cellspacing='0' style='font-size:7pt'><tr>")
                       .arg(t.title.toHtmlEscaped(), JournalReports::subtitle(m_model->grid().group).toHtmlEscaped());
    for (int c = 0; c < t.headers.size(); ++c) {
        const double width = c == 0 ? 3 : c == 1 ? 17 : c == t.headers.size() - 2 ? 13 : c == t.headers.size() - 1 ? 4 : sessionWidth;
        html += QStringLiteral("<th width='%1%'>%2</th>").arg(width, 0, 'f', 1).arg(t.headers.at(c).toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (const QStringList &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + tr("</table><p>н — absent, у — excused, о — late, + — present.</p>");
}

QString JournalPage::attendanceSheetHtml() const
{
    const journal::CompletionReport report = journal::JournalService(context().db()).evaluate(m_model->grid().group.id, QDate::currentDate());
    return ReportPrinter::tableHtml(JournalReports::attendanceSheet(m_model->grid(), report), JournalReports::subtitle(m_model->grid().group))
           + tr("<p><br>Instructor ____________________ &nbsp;&nbsp; Head of the programme ____________________</p>");
}

QString JournalPage::registerHtml() const
{
    return ReportPrinter::tableHtml(JournalReports::certificateRegister(journal::CertificateService(context().db()).registerOf({}, {}, m_model->grid().group.id)),
                                    JournalReports::subtitle(m_model->grid().group));
}

void JournalPage::print(const QString &title, const QString &html)
{
    if (m_model->grid().group.id.isEmpty())
        throw Error(tr("Choose a group first."));
    ReportPrinter::preview(this, title, html, true);
}

void JournalPage::savePdf(const QString &suggested, const QString &html)
{
    if (m_model->grid().group.id.isEmpty())
        throw Error(tr("Choose a group first."));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        ReportPrinter::savePdf(path, html, true);
}

void JournalPage::exportXlsx()
{
    if (m_model->grid().group.id.isEmpty())
        throw Error(tr("Choose a group first."));
    const QString path = QFileDialog::getSaveFileName(this, tr("Journal as XLSX"), tr("journal.xlsx"), tr("Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    const journal::CompletionReport report = journal::JournalService(context().db()).evaluate(m_model->grid().group.id, QDate::currentDate());
    TableWriter::writeXlsx(path, {JournalReports::journal(m_model->grid()), JournalReports::attendanceSheet(m_model->grid(), report)});
    context().showStatus(tr("Saved %1").arg(path));
}

void JournalPage::complete()
{
    const QString groupId = m_model->grid().group.id;
    if (groupId.isEmpty())
        throw Error(tr("Choose a group first."));
    journal::JournalService service(context().db());
    const journal::CompletionReport preview = service.evaluate(groupId, QDate::currentDate());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Completion of group %1").arg(m_model->grid().group.code));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("By the programme's rules: %1 completed, %2 not completed, %3 expelled. Completing issues the documents "
                                    "and closes the completed learners' route items.")
                                     .arg(preview.completed).arg(preview.notCompleted).arg(preview.expelled)));
    QTableWidget *outcomes = tableWidget(JournalReports::attendanceSheet(m_model->grid(), preview), &dialog);
    outcomes->setObjectName(QStringLiteral("outcomes"));
    layout->addWidget(outcomes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Complete and issue documents"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(1000, 500);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const journal::CompletionReport done = service.complete(groupId, QDate::currentDate());
    context().announceDataChanged(QStringLiteral("enrolment"));
    context().showStatus(tr("Group completed: %1 document(s) issued, %2 route item(s) done.").arg(done.certificates).arg(done.routeItemsClosed));
    openGroup(groupId);
}

void JournalPage::showRegister()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Register of issued documents"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *range = new QHBoxLayout;
    auto *from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1));
    auto *to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *e : {from, to})
        e->setCalendarPopup(true);
    range->addWidget(new QLabel(tr("Issued from")));
    range->addWidget(from);
    range->addWidget(new QLabel(tr("to")));
    range->addWidget(to);
    range->addStretch();
    auto *print = new QPushButton(tr("Print…"));
    auto *pdf = new QPushButton(tr("PDF…"));
    auto *frdo = new QPushButton(tr("ФИС ФРДО sheet…"));
    for (QPushButton *b : {print, pdf, frdo})
        range->addWidget(b);
    layout->addLayout(range);
    auto *holder = new QVBoxLayout;
    layout->addLayout(holder, 1);
    QTableWidget *current = nullptr;
    journal::CertificateService service(context().db());
    auto records = [&] { return service.registerOf(from->date(), to->date()); };
    auto refresh = [&] {
        delete current;
        current = tableWidget(JournalReports::certificateRegister(records()), &dialog);
        holder->addWidget(current);
    };
    refresh();
    connect(from, &QDateEdit::dateChanged, &dialog, refresh);
    connect(to, &QDateEdit::dateChanged, &dialog, refresh);
    auto html = [&] {
        return ReportPrinter::tableHtml(JournalReports::certificateRegister(records()),
                                        tr("%1 – %2").arg(from->date().toString(QStringLiteral("dd.MM.yyyy")), to->date().toString(QStringLiteral("dd.MM.yyyy"))));
    };
    connect(print, &QPushButton::clicked, &dialog, [&] { guarded([&] { ReportPrinter::preview(&dialog, tr("Register"), html(), true); }); });
    connect(pdf, &QPushButton::clicked, &dialog, [&] { guarded([&] { savePdf(tr("register.pdf"), html()); }); });
    connect(frdo, &QPushButton::clicked, &dialog, [&] {
        guarded([&] {
            const QList<journal::FrdoRow> rows = journal::FrdoExport::rowsFrom(records());
            const QList<journal::FrdoProblem> problems = journal::FrdoExport::validate(rows);
            if (!problems.isEmpty()) {
                QStringList lines;
                for (const journal::FrdoProblem &p : problems.mid(0, 40))
                    lines << p.toString();
                QMessageBox::warning(&dialog, tr("ФИС ФРДО"),
                                     tr("%1 problem(s) must be fixed before export:\n%2").arg(problems.size()).arg(lines.join(QLatin1Char('\n'))));
                return;
            }
            const QString path = QFileDialog::getSaveFileName(&dialog, tr("ФИС ФРДО sheet"), tr("frdo.xlsx"), tr("Excel (*.xlsx)"));
            if (!path.isEmpty())
                journal::FrdoExport::write(path, rows);
        });
    });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog.resize(1100, 600);
    dialog.exec();
}

} // namespace metodist::ui
