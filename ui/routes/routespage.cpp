#include "routespage.h"

#include "registry/person.h"
#include "routecardprint.h"
#include "routes/routecard.h"
#include "routes/routesxlsx.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace metodist::ui {

using namespace routes;

namespace {

const QColor kPronouncedOpen(255, 205, 205); // not covered, pronounced
const QColor kPartialOpen(255, 236, 190);    // not covered, partial
const QColor kDoneEarlier(220, 235, 255);

QString day(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString(); }

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

} // namespace

RoutesPage::RoutesPage(AppContext &context, QWidget *parent) : SectionPage(context, parent), m_service(context.db())
{
    buildUi();
    updateButtons();
}

void RoutesPage::buildUi()
{
    // People.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Find a person: surname, name or СНИЛС"));
    m_search->setClearButtonEnabled(true);
    m_people = new QListWidget;
    m_people->setObjectName(QStringLiteral("people"));
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_people);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RoutesPage::searchPeople);
    connect(m_people, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            guarded([&] { openPerson(item->data(Qt::UserRole).toString()); });
    });

    // The route: request, actions, items beside deficits.
    auto *right = new QWidget;
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_personLabel = new QLabel(tr("Choose a person on the left."));
    m_personLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_personLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_personLabel->setFont(bold);
    m_routes = new QComboBox;
    m_routes->setObjectName(QStringLiteral("routes"));
    m_routes->setMinimumWidth(260);
    header->addWidget(m_personLabel, 1);
    header->addWidget(new QLabel(tr("Route:")));
    header->addWidget(m_routes);
    layout->addLayout(header);
    connect(m_routes, &QComboBox::activated, this, [this](int index) {
        const QString id = m_routes->itemData(index).toString();
        if (!id.isEmpty())
            guarded([&] { openRoute(id); });
    });

    auto *requestBox = new QGroupBox(tr("Proposal"));
    auto *requestRows = new QVBoxLayout(requestBox);
    auto *requestLayout = new QHBoxLayout;
    auto *proposeLayout = new QHBoxLayout;
    requestRows->addLayout(requestLayout);
    requestRows->addLayout(proposeLayout);
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 9, 1));
    m_to = new QDateEdit(m_from->date().addYears(1).addDays(-1));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_budget = new QSpinBox;
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setRange(0, 2000);
    m_budget->setSingleStep(8);
    m_budget->setSpecialValueText(tr("no limit"));
    m_budget->setSuffix(tr(" h"));
    m_fullTime = new QCheckBox(tr("full-time"));
    m_blended = new QCheckBox(tr("blended"));
    m_distance = new QCheckBox(tr("distance"));
    for (QCheckBox *box : {m_fullTime, m_blended, m_distance})
        box->setChecked(true);
    m_propose = new QPushButton(tr("Propose"));
    m_propose->setToolTip(tr("Cover the pronounced and partial deficits with the fewest hours"));
    m_alternatives = new QComboBox;
    m_alternatives->setObjectName(QStringLiteral("alternatives"));
    m_alternatives->setMinimumWidth(220);
    m_save = new QPushButton(tr("Save as draft"));
    requestLayout->addWidget(new QLabel(tr("Period:")));
    requestLayout->addWidget(m_from);
    requestLayout->addWidget(new QLabel(QStringLiteral("–")));
    requestLayout->addWidget(m_to);
    requestLayout->addWidget(new QLabel(tr("Budget:")));
    requestLayout->addWidget(m_budget);
    requestLayout->addWidget(m_fullTime);
    requestLayout->addWidget(m_blended);
    requestLayout->addWidget(m_distance);
    requestLayout->addStretch();
    proposeLayout->addWidget(m_propose);
    proposeLayout->addWidget(m_alternatives, 1);
    proposeLayout->addWidget(m_save);
    layout->addWidget(requestBox);
    connect(m_propose, &QPushButton::clicked, this, [this] { guarded([this] { proposeRoute(); }); });
    connect(m_alternatives, &QComboBox::activated, this, [this](int i) { guarded([&] { showAlternative(i); }); });
    connect(m_save, &QPushButton::clicked, this, [this] { guarded([this] { saveProposal(); }); });

    auto *actions = new QHBoxLayout;
    const QList<QPair<QString, QString>> statuses = {
        {QStringLiteral("agreed"), tr("Agree")}, {QStringLiteral("draft"), tr("Reopen")},
        {QStringLiteral("in_progress"), tr("Start")}, {QStringLiteral("completed"), tr("Complete")},
        {QStringLiteral("cancelled"), tr("Cancel route")}};
    for (const auto &[status, title] : statuses) {
        auto *button = new QPushButton(title);
        button->setObjectName(QStringLiteral("status_") + status);
        m_statusButtons.insert(status, button);
        actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, status = status] {
            if (status == QLatin1String("cancelled")
                && QMessageBox::question(this, tr("Cancel route"), tr("Cancel this route? It cannot be reopened."))
                       != QMessageBox::Yes)
                return;
            guarded([&] { changeStatus(status); });
        });
    }
    actions->addSpacing(16);
    m_itemDone = new QPushButton(tr("Item done…"));
    m_itemCancel = new QPushButton(tr("Cancel item"));
    actions->addWidget(m_itemDone);
    actions->addWidget(m_itemCancel);
    connect(m_itemDone, &QPushButton::clicked, this, [this] {
        const int row = m_items->currentRow();
        if (row < 0)
            return;
        bool ok = false;
        const QString evidence = QInputDialog::getText(this, tr("Item done"), tr("Evidence (certificate, product, link):"),
                                                       QLineEdit::Normal, m_route.items.value(row).evidence, &ok);
        if (ok)
            guarded([&] { setItemStatus(row, QStringLiteral("done"), evidence); });
    });
    connect(m_itemCancel, &QPushButton::clicked, this, [this] {
        if (m_items->currentRow() >= 0)
            guarded([this] { setItemStatus(m_items->currentRow(), QStringLiteral("cancelled")); });
    });
    actions->addStretch();
    // Documents on a row of their own: with the status buttons they would not fit an office screen.
    auto *documents = new QHBoxLayout;
    documents->addStretch();
    m_preview = new QPushButton(tr("Print preview…"));
    m_pdf = new QPushButton(tr("PDF…"));
    m_xlsx = new QPushButton(tr("XLSX of the organisation…"));
    m_batch = new QPushButton(tr("Build for the organisation…"));
    for (QPushButton *b : {m_preview, m_pdf, m_xlsx, m_batch})
        documents->addWidget(b);
    connect(m_preview, &QPushButton::clicked, this, [this] { guarded([this] { previewRouteCard(this, cardHtml()); }); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Route card as PDF"), tr("route.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            guarded([&] { exportPdf(path); });
    });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { guarded([this] { exportXlsx(); }); });
    connect(m_batch, &QPushButton::clicked, this, [this] { guarded([this] { buildForOrganisation(); }); });
    layout->addLayout(actions);
    layout->addLayout(documents);

    auto *tables = new QSplitter(Qt::Horizontal);
    m_items = makeTable({tr("Stage"), tr("Item"), tr("Kind"), tr("Deficit"), tr("Hours"), tr("Dates"), tr("Status"), tr("Evidence")},
                        QStringLiteral("items"));
    m_deficits = makeTable({tr("Competence"), tr("Deficit"), tr("Addressed by")}, QStringLiteral("deficits"));
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &RoutesPage::updateButtons);
    auto *deficitBox = new QGroupBox(tr("Deficits of the latest diagnostic"));
    auto *deficitLayout = new QVBoxLayout(deficitBox);
    deficitLayout->addWidget(m_deficits);
    // Titles take the free width; short columns fit their contents.
    m_items->horizontalHeader()->setStretchLastSection(false);
    for (int c = 0; c < m_items->columnCount(); ++c)
        m_items->horizontalHeader()->setSectionResizeMode(c, c == 1 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_deficits->horizontalHeader()->setStretchLastSection(false);
    m_deficits->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_deficits->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_deficits->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    tables->addWidget(m_items);
    tables->addWidget(deficitBox);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    layout->addWidget(tables, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    left->setMinimumWidth(260);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(split);
}

void RoutesPage::activate()
{
    m_competenceNames.clear();
    QSqlQuery q = sql::exec(context().db().db(), QStringLiteral("SELECT id, name FROM competence"));
    while (q.next())
        m_competenceNames.insert(q.value(0).toString(), q.value(1).toString());
    m_service.reloadCatalogue();
    if (m_people->count() == 0)
        searchPeople();
}

void RoutesPage::guarded(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Routes"), e.message());
    }
}

void RoutesPage::searchPeople()
{
    // Word-prefix search on the indexed key; a page of 200 is enough to pick from.
    const QString text = foldForSearch(m_search->text());
    QString where = QStringLiteral("deleted = 0");
    QVariantList args;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        where += QStringLiteral(" AND search_key LIKE ?");
        args << QStringLiteral("% ") + word + QLatin1Char('%');
    }
    QSqlQuery q = sql::exec(context().db().db(), QStringLiteral(
        "SELECT id, last_name, first_name, middle_name, position FROM person WHERE %1 ORDER BY sort_name LIMIT 200").arg(where), args);
    m_people->clear();
    while (q.next()) {
        const QString name = QStringList{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
                                 .join(QLatin1Char(' ')).simplified();
        auto *item = new QListWidgetItem(q.value(4).toString().isEmpty() ? name : name + QStringLiteral(" — ") + q.value(4).toString());
        item->setData(Qt::UserRole, q.value(0).toString());
        m_people->addItem(item);
    }
}

RouteRequest RoutesPage::request() const
{
    RouteRequest r;
    r.periodStart = m_from->date();
    r.periodEnd = m_to->date();
    r.hoursBudget = m_budget->value();
    QStringList forms;
    if (m_fullTime->isChecked())
        forms << QStringLiteral("full_time");
    if (m_blended->isChecked())
        forms << QStringLiteral("blended");
    if (m_distance->isChecked())
        forms << QStringLiteral("distance");
    r.acceptedForms = forms.join(QLatin1Char(';'));
    return r;
}

void RoutesPage::openPerson(const QString &personId)
{
    if (m_competenceNames.isEmpty())
        activate();
    QSqlQuery q = sql::exec(context().db().db(), QStringLiteral(
        "SELECT p.last_name, p.first_name, p.middle_name, p.position, o.name, p.organisation_id FROM person p "
        "LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ?"), {personId});
    if (!q.next())
        throw Error(tr("No person %1 in the register.").arg(personId));
    m_personId = personId;
    m_personOrganisation = q.value(5).toString();
    QString label = QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}.join(QLatin1Char(' ')).simplified();
    if (!q.value(3).toString().isEmpty())
        label += QStringLiteral(", ") + q.value(3).toString();
    if (!q.value(4).toString().isEmpty())
        label += QStringLiteral(" (") + q.value(4).toString() + QLatin1Char(')');
    m_personLabel->setText(label);
    m_proposals.clear();
    m_alternatives->clear();
    m_shown = -1;
    m_routeId.clear();
    refreshRouteList();
    if (m_routes->count() > 0 && !m_routes->itemData(0).toString().isEmpty())
        openRoute(m_routes->itemData(0).toString());
    else
        proposeRoute();
}

void RoutesPage::refreshRouteList()
{
    m_routes->clear();
    for (const RouteRow &r : m_service.routesOf(m_personId))
        m_routes->addItem(QStringLiteral("%1 – %2, %3").arg(day(r.periodStart), day(r.periodEnd), RouteCard::statusTitle(r.status)), r.id);
    if (m_routes->count() == 0)
        m_routes->addItem(tr("no routes yet"));
    if (!m_routeId.isEmpty())
        m_routes->setCurrentIndex(std::max(0, m_routes->findData(m_routeId)));
}

void RoutesPage::proposeRoute()
{
    if (m_personId.isEmpty())
        throw Error(tr("Choose a person first."));
    m_proposals = m_service.alternatives(m_personId, request(), 4);
    m_alternatives->clear();
    for (int i = 0; i < m_proposals.size(); ++i) {
        const Proposal &p = m_proposals[i].proposal;
        m_alternatives->addItem(i == 0 ? tr("Best: %1 h, %2 items").arg(p.hours).arg(p.items.size())
                                       : tr("Alternative %1: %2 h, %3 items").arg(i).arg(p.hours).arg(p.items.size()));
    }
    m_routeId.clear();
    m_routes->setCurrentIndex(-1);
    showAlternative(0);
}

void RoutesPage::showAlternative(int index)
{
    if (index < 0 || index >= m_proposals.size())
        return;
    m_shown = index;
    m_alternatives->setCurrentIndex(index);
    showProposal();
}

QString RoutesPage::saveProposal()
{
    if (m_shown < 0 || m_shown >= m_proposals.size())
        throw Error(tr("Propose a route first."));
    if (m_proposals[m_shown].proposal.items.empty())
        throw Error(tr("The proposal has no items: nothing in the catalogue addresses the deficits left."));
    const QString id = m_service.saveProposal(m_proposals[m_shown], request());
    context().announceDataChanged(QStringLiteral("route"));
    context().showStatus(tr("The route was saved as a draft."));
    openRoute(id);
    return id;
}

void RoutesPage::openRoute(const QString &routeId)
{
    m_route = m_service.loadRoute(routeId);
    m_routeId = routeId;
    m_shown = -1;
    refreshRouteList();
    showRoute();
}

void RoutesPage::changeStatus(const QString &status)
{
    if (m_routeId.isEmpty())
        throw Error(tr("Open or save a route first."));
    m_service.setStatus(m_routeId, status);
    context().announceDataChanged(QStringLiteral("route"));
    openRoute(m_routeId);
}

void RoutesPage::setItemStatus(int row, const QString &status, const QString &evidence)
{
    if (m_routeId.isEmpty() || row < 0 || row >= m_route.items.size())
        throw Error(tr("Choose an item of a saved route."));
    m_service.setItemStatus(m_route.items[row].id, status, evidence);
    context().announceDataChanged(QStringLiteral("route_item"));
    openRoute(m_routeId);
    m_items->selectRow(row);
}

void RoutesPage::addDeficitRow(const QString &competenceId, int level, const QString &state, bool uncovered)
{
    const int row = m_deficits->rowCount();
    m_deficits->insertRow(row);
    m_deficits->setItem(row, 0, cell(m_competenceNames.value(competenceId, competenceId)));
    m_deficits->setItem(row, 1, cell(RouteCard::levelTitle(level)));
    m_deficits->setItem(row, 2, cell(state));
    if (uncovered) {
        for (int c = 0; c < 3; ++c) {
            m_deficits->item(row, c)->setBackground(level >= 2 ? kPronouncedOpen : kPartialOpen);
            m_deficits->item(row, c)->setData(Qt::UserRole, true);
        }
    }
}

void RoutesPage::showProposal()
{
    const RouteProposal &rp = m_proposals[m_shown];
    const Proposal &p = rp.proposal;
    const Catalogue &cat = m_service.catalogue();
    m_route = RouteRow{};
    m_items->setRowCount(0);
    for (const ChosenItem &chosen : p.items) {
        const CatalogueItem &item = cat.item(chosen.item);
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        m_items->setItem(row, 0, cell(RouteCard::stageTitle(stageCode(chosen.stage)).section(QLatin1Char(':'), 0, 0)));
        m_items->setItem(row, 1, cell(item.title));
        m_items->setItem(row, 2, cell(RouteCard::kindTitle(kindCode(item.kind))));
        m_items->setItem(row, 3, cell(chosen.primaryCompetence >= 0 ? m_competenceNames.value(cat.competenceId(chosen.primaryCompetence)) : QString()));
        m_items->setItem(row, 4, cell(QString::number(item.hours), Qt::AlignRight | Qt::AlignVCenter));
        m_items->setItem(row, 5, cell(day(item.start)));
        m_items->setItem(row, 6, cell(tr("proposed")));
        m_items->setItem(row, 7, cell(QString()));
    }
    m_deficits->setRowCount(0);
    auto has = [](const std::vector<int> &v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); };
    QList<QPair<QString, int>> levels = rp.deficits.levels;
    std::stable_sort(levels.begin(), levels.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[competenceId, level] : levels) {
        const int c = cat.competenceIndex(competenceId);
        if (has(p.alreadyCovered, c)) {
            addDeficitRow(competenceId, level, tr("done earlier"), false);
            continue;
        }
        QStringList titles;
        for (const ChosenItem &chosen : p.items)
            if (has(chosen.covers, c))
                titles << cat.item(chosen.item).title;
        if (!titles.isEmpty())
            addDeficitRow(competenceId, level, titles.join(QStringLiteral("; ")), false);
        else if (has(p.leftByBudget, c))
            addDeficitRow(competenceId, level, tr("not covered: beyond the hours budget"), true);
        else
            addDeficitRow(competenceId, level, tr("not covered: nothing suitable in the catalogue"), true);
    }
    if (rp.deficits.diagnosticId.isEmpty())
        m_summary->setText(tr("This person has no diagnostic yet: there is nothing to build a route from."));
    else
        m_summary->setText(tr("Proposal (not saved): %1 h, %2 items; deficits covered %3 of %4, not covered %5.")
                               .arg(p.hours).arg(p.items.size()).arg(p.covered.size() + p.alreadyCovered.size())
                               .arg(rp.deficits.levels.size()).arg(p.uncoverable.size() + p.leftByBudget.size()));
    m_items->resizeRowsToContents();
    m_deficits->resizeRowsToContents();
    updateButtons();
}

void RoutesPage::showRoute()
{
    m_items->setRowCount(0);
    for (const RouteItemRow &item : m_route.items) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        m_items->setItem(row, 0, cell(RouteCard::stageTitle(item.stage).section(QLatin1Char(':'), 0, 0)));
        m_items->setItem(row, 1, cell(item.title));
        m_items->setItem(row, 2, cell(RouteCard::kindTitle(item.kind)));
        m_items->setItem(row, 3, cell(m_competenceNames.value(item.competenceId)));
        m_items->setItem(row, 4, cell(QString::number(item.hours), Qt::AlignRight | Qt::AlignVCenter));
        m_items->setItem(row, 5, cell(item.plannedEnd.isValid() && item.plannedEnd != item.plannedStart
                                          ? day(item.plannedStart) + QStringLiteral(" – ") + day(item.plannedEnd)
                                          : day(item.plannedStart)));
        m_items->setItem(row, 6, cell(RouteCard::statusTitle(item.status)));
        m_items->setItem(row, 7, cell(item.evidence));
        if (item.status == QLatin1String("done"))
            for (int c = 0; c < m_items->columnCount(); ++c)
                m_items->item(row, c)->setBackground(kDoneEarlier);
    }
    const RouteCoverage coverage = m_service.coverage(m_routeId);
    QHash<QString, QString> titles;
    for (const RouteItemRow &item : m_route.items)
        titles.insert(item.id, item.title);
    m_deficits->setRowCount(0);
    for (const RouteCoverage::Line &line : coverage.lines) {
        QStringList names;
        for (const QString &id : line.itemIds)
            names << titles.value(id);
        addDeficitRow(line.competenceId, line.level,
                      line.doneEarlier ? tr("done earlier") : line.covered() ? names.join(QStringLiteral("; ")) : tr("not covered"),
                      !line.covered());
    }
    m_summary->setText(tr("Route %1 – %2, %3: %4 h, %5 items; not covered: %6 pronounced, %7 partial deficits.")
                           .arg(day(m_route.periodStart), day(m_route.periodEnd), RouteCard::statusTitle(m_route.status))
                           .arg(m_route.hours()).arg(m_route.items.size())
                           .arg(coverage.uncoveredPronounced).arg(coverage.uncoveredPartial));
    m_items->resizeRowsToContents();
    m_deficits->resizeRowsToContents();
    updateButtons();
}

void RoutesPage::updateButtons()
{
    const bool route = !m_routeId.isEmpty();
    const bool live = route && m_route.status != QLatin1String("completed") && m_route.status != QLatin1String("cancelled");
    m_propose->setEnabled(!m_personId.isEmpty());
    m_save->setEnabled(!route && m_shown >= 0 && m_shown < m_proposals.size() && !m_proposals[m_shown].proposal.items.empty());
    m_alternatives->setEnabled(!route && m_proposals.size() > 1);
    for (auto it = m_statusButtons.begin(); it != m_statusButtons.end(); ++it)
        it.value()->setEnabled(route && RouteService::canMove(m_route.status, it.key()));
    const bool itemChosen = live && m_items->currentRow() >= 0;
    m_itemDone->setEnabled(itemChosen);
    m_itemCancel->setEnabled(itemChosen);
    m_preview->setEnabled(route);
    m_pdf->setEnabled(route);
    m_xlsx->setEnabled(!m_personOrganisation.isEmpty());
    m_batch->setEnabled(!m_personOrganisation.isEmpty());
}

QString RoutesPage::cardHtml() const
{
    if (m_routeId.isEmpty())
        throw Error(tr("Save the route first: the card is printed from a saved route."));
    return RouteCard::html(RouteCard::load(context().db(), m_routeId));
}

void RoutesPage::exportPdf(const QString &path)
{
    writeRouteCardPdf(path, cardHtml());
    context().showStatus(tr("Route card written to %1").arg(path));
}

void RoutesPage::exportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Routes of the organisation as XLSX"), tr("routes.xlsx"),
                                                      tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const int n = RoutesXlsx::exportOrganisation(context().db(), m_personOrganisation, path);
    context().showStatus(tr("%1 routes written to %2").arg(n).arg(path));
}

void RoutesPage::buildForOrganisation()
{
    if (QMessageBox::question(this, tr("Build routes"),
                              tr("Propose draft routes for everyone in this organisation who has deficits and no route in "
                                 "the period?")) != QMessageBox::Yes)
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &RoutesPage::batchFinished, this, [this, connection](const QString &message) {
        disconnect(*connection);
        QMessageBox::information(this, tr("Build routes"), message);
    });
    startBatch({RouteService::BatchScope::Organisation, m_personOrganisation});
}

void RoutesPage::startBatch(const RouteService::BatchScope &scope)
{
    // The batch runs on its own connection in a worker thread; cancel rolls it back.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *dialog = new QProgressDialog(tr("Building routes…"), tr("Cancel"), 0, 100, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    const RouteRequest req = request();
    Database &main = context().db();
    QPointer<QProgressDialog> progress(dialog);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress] {
        const QString message = watcher->result();
        watcher->deleteLater();
        if (progress)
            progress->close();
        context().announceDataChanged(QStringLiteral("route"));
        if (!m_personId.isEmpty())
            guarded([this] { openPerson(m_personId); });
        Q_EMIT batchFinished(message);
    });
    watcher->setFuture(QtConcurrent::run([&main, req, scope, cancel, progress]() -> QString {
        try {
            auto db = main.openAnother();
            RouteService service(*db);
            const auto result = service.buildBatch(scope, req, false, [progress](int done, int total) {
                QMetaObject::invokeMethod(progress, [progress, done, total] {
                    if (progress) {
                        progress->setMaximum(std::max(1, total));
                        progress->setValue(done);
                    }
                });
            }, cancel.get());
            if (result.cancelled)
                return QCoreApplication::translate("RoutesPage", "Cancelled: nothing was saved.");
            return QCoreApplication::translate("RoutesPage", "%1 draft routes built for %2 people (%3 already had a route, "
                                                             "%4 without deficits).")
                .arg(result.built).arg(result.people).arg(result.existing).arg(result.noDiagnostic);
        } catch (const Error &e) {
            return e.message();
        }
    }));
}

} // namespace metodist::ui
