#include "organisationpanel.h"

#include "organisationdialog.h"
#include "registry/registryservice.h"
#include "registry/registrytypes.h"
#include "storage/errors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QVBoxLayout>

namespace metodist::ui {

namespace {
// Shows organisation kind codes as their labels.
class OrganisationModel : public QSqlQueryModel {
public:
    using QSqlQueryModel::QSqlQueryModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == 2)
            return RegistryTypes::label(RegistryTypes::organisationKinds(), QSqlQueryModel::data(index, role).toString());
        return QSqlQueryModel::data(index, role);
    }
};
} // namespace

OrganisationPanel::OrganisationPanel(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_model = new OrganisationModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search organisations"));
    m_search->setClearButtonEnabled(true);
    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("&Add organisation"));
    auto *addMunicipality = new QPushButton(tr("Add &municipality"));
    auto *open = new QPushButton(tr("&Open"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addMunicipality);
    buttons->addWidget(open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, &OrganisationPanel::openCurrent);
    connect(open, &QPushButton::clicked, this, &OrganisationPanel::openCurrent);
    connect(add, &QPushButton::clicked, this, &OrganisationPanel::addOrganisation);
    connect(addMunicipality, &QPushButton::clicked, this, &OrganisationPanel::addMunicipality);
    connect(&context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (m_loaded && (table.isEmpty() || table == QLatin1String("organisation") || table == QLatin1String("municipality")
                         || table == QLatin1String("person"))) {
            m_loaded = false;
            load();
        }
    });
}

void OrganisationPanel::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_model->setQuery(QStringLiteral(
        "SELECT o.name, m.name, o.kind, o.inn, "
        "(SELECT count(*) FROM person p WHERE p.organisation_id = o.id AND p.deleted = 0), o.id "
        "FROM organisation o LEFT JOIN municipality m ON m.id = o.municipality_id "
        "WHERE o.deleted = 0 ORDER BY o.name"), m_context.db().db());
    while (m_model->canFetchMore())
        m_model->fetchMore();
    const QStringList headers = {tr("Organisation"), tr("Municipality"), tr("Kind"), tr("INN"), tr("Staff")};
    for (int i = 0; i < headers.size(); ++i)
        m_model->setHeaderData(i, Qt::Horizontal, headers.at(i));
    m_view->hideColumn(5);
    m_view->setColumnWidth(0, 420);
    m_view->setColumnWidth(1, 200);
    m_view->setColumnWidth(2, 180);
}

void OrganisationPanel::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QString id = m_proxy->index(index.row(), 5).data().toString();
    OrganisationDialog(m_context, id, this).exec();
}

void OrganisationPanel::addOrganisation() { OrganisationDialog(m_context, QString(), this).exec(); }

void OrganisationPanel::addMunicipality()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New municipality"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    Municipality m;
    m.name = name;
    try {
        RegistryService(m_context.db()).saveMunicipality(m);
        m_context.announceDataChanged(QStringLiteral("municipality"));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
    }
}

} // namespace metodist::ui
