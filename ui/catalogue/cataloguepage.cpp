#include "cataloguepage.h"

#include "catalogue/applicationservice.h"
#include "catalogue/expertiseservice.h"
#include "io/tablewriter.h"
#include "programmecard.h"
#include "registry/personnamesql.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist::ui {

static void setQuery(QSqlQueryModel *model, const Database &db, const QString &statement)
{
    QSqlQuery q(db.db()); // scrollable: the model seeks rows, so no forward-only sql::exec here
    if (!q.exec(statement))
        throw Error(QStringLiteral("%1: %2").arg(statement.left(60), q.lastError().text()));
    model->setQuery(std::move(q));
    while (model->canFetchMore())
        model->fetchMore(); // a region has hundreds of rows: sort and filter over all of them
}

// Shows stored codes as labels: CASE column WHEN 'code' THEN 'label' … ELSE column END.
static QString labelled(const QString &column, const QList<QPair<QString, QString>> &labels)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (const auto &[code, label] : labels)
        sql += QStringLiteral(" WHEN '%1' THEN '%2'").arg(code, QString(label).replace(QLatin1Char('\''), QStringLiteral("''")));
    return sql + QStringLiteral(" ELSE ") + column + QStringLiteral(" END");
}

CataloguePage::CataloguePage(AppContext &context, QWidget *parent) : SectionPage(context, parent)
{
    const QString form = labelled(QStringLiteral("%1.form"), {{QStringLiteral("full_time"), tr("full-time")},
                                                               {QStringLiteral("blended"), tr("blended")},
                                                               {QStringLiteral("distance"), tr("distance")}});
    const QString expertiseStatus = labelled(QStringLiteral("p.expertise_status"),
                                       {{QStringLiteral("none"), tr("not held")}, {QStringLiteral("in_review"), tr("in review")},
                                        {QStringLiteral("approved"), tr("approved")}, {QStringLiteral("rejected"), tr("rejected")}});
    const QString eventKind = labelled(QStringLiteral("e.kind"),
                                       {{QStringLiteral("seminar"), tr("seminar")}, {QStringLiteral("master_class"), tr("master class")},
                                        {QStringLiteral("internship"), tr("internship")}, {QStringLiteral("conference"), tr("conference")},
                                        {QStringLiteral("competition"), tr("competition")}, {QStringLiteral("community"), tr("community")},
                                        {QStringLiteral("mentoring"), tr("mentoring")}});
    const QString materialKind = labelled(QStringLiteral("m.kind"),
                                          {{QStringLiteral("text"), tr("text")}, {QStringLiteral("video"), tr("video")},
                                           {QStringLiteral("course"), tr("online course")}, {QStringLiteral("test"), tr("test")},
                                           {QStringLiteral("link"), tr("link")}});
    // Headers first (they are %N in the text), the labelled columns spliced in afterwards so
    // that a label can never be taken for a placeholder.
    m_programmeSql = QStringLiteral(
        "SELECT p.id, p.title AS \"%1\", CASE p.kind WHEN 'PK' THEN 'ПК' ELSE 'ПП' END AS \"%2\", p.hours AS \"%3\", "
        "@form AS \"%4\", COALESCE(o.short_name, o.name, '') AS \"%5\", "
        "CASE WHEN p.in_frdpp THEN COALESCE(p.frdpp_number, '+') ELSE '' END AS \"%6\", "
        "CASE WHEN p.network_form THEN '+' ELSE '' END AS \"%7\", @expertise AS \"%8\" "
        "FROM programme p LEFT JOIN organisation o ON o.id = p.provider_org_id WHERE p.deleted = 0 ORDER BY p.title")
                         .arg(tr("Title"), tr("Kind"), tr("Hours"), tr("Form"), tr("Provider"), tr("ФР ДПП"),
                              tr("Network"), tr("Expertise"))
                         .replace(QStringLiteral("@form"), form.arg(QStringLiteral("p")))
                         .replace(QStringLiteral("@expertise"), expertiseStatus);
    m_eventSql = QStringLiteral("SELECT e.id, e.title AS \"%1\", @kind AS \"%2\", e.starts_on AS \"%3\", e.ends_on AS \"%4\", "
                                "e.hours AS \"%5\", @form AS \"%6\", COALESCE(o.short_name, o.name, '') AS \"%7\" "
                                "FROM event e LEFT JOIN organisation o ON o.id = e.organiser_org_id "
                                "WHERE e.deleted = 0 ORDER BY e.starts_on")
                     .arg(tr("Title"), tr("Kind"), tr("Starts"), tr("Ends"), tr("Hours"), tr("Form"), tr("Organiser"))
                     .replace(QStringLiteral("@kind"), eventKind)
                     .replace(QStringLiteral("@form"), form.arg(QStringLiteral("e")));
    m_materialSql = QStringLiteral("SELECT m.id, m.title AS \"%1\", @kind AS \"%2\", m.hours AS \"%3\", m.url AS \"%4\", "
                                   "COALESCE(p.title, '') AS \"%5\" FROM material m LEFT JOIN programme p ON "
                                   "p.id = m.programme_id WHERE m.deleted = 0 ORDER BY m.title")
                        .arg(tr("Title"), tr("Kind"), tr("Hours"), tr("Link"), tr("Programme"))
                        .replace(QStringLiteral("@kind"), materialKind);

    m_tabs = new QTabWidget;
    m_tabs->addTab(tableTab(m_programmeModel = new QSqlQueryModel(this), m_programmeFilter, m_programmes, m_programmeProxy),
                   tr("Programmes"));
    m_tabs->addTab(tableTab(m_eventModel = new QSqlQueryModel(this), m_eventFilter, m_events, m_eventProxy), tr("Events"));
    m_tabs->addTab(tableTab(m_materialModel = new QSqlQueryModel(this), m_materialFilter, m_materials, m_materialProxy),
                   tr("Materials"));

    // Applications: the pending list from the service, with status buttons.
    QWidget *applications = tableTab(m_applicationModel = new QStandardItemModel(this), m_applicationFilter, m_applications, m_applicationProxy);
    auto *buttons = new QHBoxLayout;
    auto *review = new QPushButton(tr("Under review"));
    auto *approve = new QPushButton(tr("Approve"));
    auto *reject = new QPushButton(tr("Reject…"));
    buttons->addWidget(review);
    buttons->addWidget(approve);
    buttons->addWidget(reject);
    buttons->addStretch();
    static_cast<QVBoxLayout *>(applications->layout())->addLayout(buttons);
    connect(review, &QPushButton::clicked, this, [this] { changeApplicationStatus(QStringLiteral("under_review")); });
    connect(approve, &QPushButton::clicked, this, [this] { changeApplicationStatus(QStringLiteral("approved")); });
    connect(reject, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reject application"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            changeApplicationStatus(QStringLiteral("rejected"), reason);
    });
    m_tabs->addTab(applications, tr("Applications"));

    // Expertise of the programme selected on the first tab.
    auto *expertise = new QWidget;
    auto *el = new QVBoxLayout(expertise);
    m_expertise = new QTableView;
    m_expertiseModel = new QStandardItemModel(this);
    m_expertise->setModel(m_expertiseModel);
    m_expertise->horizontalHeader()->setStretchLastSection(true);
    el->addWidget(new QLabel(tr("Experts and verdicts of the programme selected in Programmes")));
    el->addWidget(m_expertise);
    m_tabs->addTab(expertise, tr("Expertise"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_expertise->parentWidget())
            reloadExpertise();
    });

    auto *top = new QHBoxLayout;
    auto *exportButton = new QPushButton(tr("Export to XLSX…"));
    connect(exportButton, &QPushButton::clicked, this, &CataloguePage::exportCurrent);
    top->addStretch();
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs);

    connect(m_programmes, &QTableView::doubleClicked, this, [this] {
        if (ProgrammeCard *card = makeProgrammeCard()) {
            if (card->exec() == QDialog::Accepted)
                reload();
            delete card;
        }
    });
    connect(&context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (m_loaded && (table.isEmpty() || table == QLatin1String("programme") || table == QLatin1String("application")))
            reload();
    });
}

QWidget *CataloguePage::tableTab(QAbstractItemModel *model, QLineEdit *&filter, QTableView *&view,
                                 QSortFilterProxyModel *&proxy)
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter…"));
    filter->setClearButtonEnabled(true);
    proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    view = new QTableView;
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    QSortFilterProxyModel *p = proxy;
    connect(filter, &QLineEdit::textChanged, proxy, [p](const QString &text) { p->setFilterFixedString(text); });
    layout->addWidget(filter);
    layout->addWidget(view);
    return tab;
}

void CataloguePage::activate()
{
    if (!m_loaded)
        reload();
}

void CataloguePage::reload()
{
    m_loaded = true;
    Database &db = context().db();
    setQuery(m_programmeModel, db, m_programmeSql);
    setQuery(m_eventModel, db, m_eventSql);
    setQuery(m_materialModel, db, m_materialSql);
    for (QTableView *v : {m_programmes, m_events, m_materials})
        v->hideColumn(0);

    // The service decides what is pending (oldest first); the id sits in column 0, hidden.
    m_applicationModel->clear();
    m_applicationModel->setHorizontalHeaderLabels({QStringLiteral("id"), tr("Submitted"), tr("Status"), tr("Kind"),
                                                   tr("Target"), tr("Organisation"), tr("People")});
    try {
        for (const PendingApplication &a : ApplicationService(db).pending()) {
            QList<QStandardItem *> row;
            for (const QVariant &v : QVariantList{a.id, a.submittedOn, a.status, a.kind, a.targetTitle,
                                                  a.organisationName, a.people}) {
                auto *item = new QStandardItem;
                item->setData(v, Qt::DisplayRole);
                row << item;
            }
            m_applicationModel->appendRow(row);
        }
    } catch (const Error &e) {
        context().showStatus(e.message());
    }
    m_applications->hideColumn(0);
    if (m_tabs->currentWidget() == m_expertise->parentWidget())
        reloadExpertise();
}

static QString selectedId(QTableView *view)
{
    const QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows(0) : QModelIndexList();
    QModelIndex index = rows.value(0);
    if (!index.isValid())
        index = view->currentIndex().siblingAtColumn(0);
    return index.isValid() ? index.data().toString() : QString();
}

QString CataloguePage::selectedProgrammeId() const { return selectedId(m_programmes); }
QString CataloguePage::selectedApplicationId() const { return selectedId(m_applications); }

ProgrammeCard *CataloguePage::makeProgrammeCard()
{
    const QString id = selectedProgrammeId();
    if (id.isEmpty())
        return nullptr;
    try {
        return new ProgrammeCard(context().db(), id, this);
    } catch (const Error &e) {
        context().showStatus(e.message());
        return nullptr;
    }
}

bool CataloguePage::changeApplicationStatus(const QString &status, const QString &comment)
{
    const QString id = selectedApplicationId();
    if (id.isEmpty())
        return false;
    try {
        ApplicationService(context().db()).setStatus(id, status, comment);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Application"), e.message());
        return false;
    }
    context().showStatus(tr("Application moved to %1").arg(status));
    context().announceDataChanged(QStringLiteral("application"));
    if (!m_loaded)
        reload();
    return true;
}

void CataloguePage::reloadExpertise()
{
    const QString programme = selectedProgrammeId();
    m_expertiseModel->clear();
    m_expertiseModel->setHorizontalHeaderLabels({tr("Expert"), tr("Verdict"), tr("Decided"), tr("Comment")});
    if (programme.isEmpty())
        return;
    try {
        for (const ExpertVerdict &v : ExpertiseService(context().db()).verdicts(programme)) {
            const QString name = sql::scalar(context().db().db(),
                                             QStringLiteral("SELECT ") + personFullNameSql() + QStringLiteral(" FROM person WHERE id = ?"),
                                             {v.expertPersonId})
                                     .toString();
            m_expertiseModel->appendRow({new QStandardItem(name), new QStandardItem(v.verdict),
                                         new QStandardItem(v.decidedOn.toString(Qt::ISODate)),
                                         new QStandardItem(v.comment)});
        }
    } catch (const Error &e) {
        context().showStatus(e.message());
    }
}

void CataloguePage::exportCurrent()
{
    auto *view = m_tabs->currentWidget()->findChild<QTableView *>();
    if (!view)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), m_tabs->tabText(m_tabs->currentIndex()) +
                                                                              QStringLiteral(".xlsx"),
                                                      tr("Excel (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    TextTable table;
    table.title = m_tabs->tabText(m_tabs->currentIndex());
    QAbstractItemModel *model = view->model();
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c)
        if (!view->isColumnHidden(c)) {
            columns << c;
            table.headers << model->headerData(c, Qt::Horizontal).toString();
        }
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c : columns)
            row << model->index(r, c).data().toString();
        table.rows << row;
    }
    try {
        TableWriter::write(path, table);
        context().showStatus(tr("Exported %n row(s)", nullptr, int(table.rows.size())));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export"), e.message());
    }
}

} // namespace metodist::ui
