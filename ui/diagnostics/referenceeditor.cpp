#include "referenceeditor.h"

#include "diagnostics/framework.h"
#include "diagnostics/instruments.h"
#include "storage/errors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

ReferenceEditor::ReferenceEditor(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_instruments(new QTableWidget(0, 4, this)), m_competences(new QTableWidget(0, 3, this))
{
    m_instruments->setHorizontalHeaderLabels({tr("Instrument"), tr("Kind"), tr("Pronounced below"), tr("Partial below")});
    m_instruments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_competences->setHorizontalHeaderLabels({tr("Area"), tr("Code"), tr("Competence")});
    m_competences->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("Add instrument…"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Instruments and their thresholds (share of the maximum, 0…1):"), this));
    left->addWidget(m_instruments);
    left->addWidget(add, 0, Qt::AlignLeft);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Competence framework:"), this));
    right->addWidget(m_competences);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    connect(m_instruments, &QTableWidget::itemChanged, this, &ReferenceEditor::instrumentEdited);
    connect(m_competences, &QTableWidget::itemChanged, this, &ReferenceEditor::competenceEdited);
    connect(add, &QPushButton::clicked, this, &ReferenceEditor::addInstrument);
}

void ReferenceEditor::reload()
{
    const QSignalBlocker b1(m_instruments), b2(m_competences);
    const QList<Instrument> instruments = InstrumentService(m_context.db()).instruments();
    m_instruments->setRowCount(int(instruments.size()));
    for (int r = 0; r < instruments.size(); ++r) {
        const Instrument &i = instruments[r];
        auto *name = new QTableWidgetItem(i.name);
        name->setData(Qt::UserRole, i.id);
        m_instruments->setItem(r, 0, name);
        m_instruments->setItem(r, 1, new QTableWidgetItem(i.kind));
        m_instruments->setItem(r, 2, new QTableWidgetItem(QString::number(i.thresholdPronounced)));
        m_instruments->setItem(r, 3, new QTableWidgetItem(QString::number(i.thresholdPartial)));
    }
    QHash<QString, QString> areaNames;
    for (const CompetenceArea &a : CompetenceFramework(m_context.db()).areas())
        areaNames.insert(a.id, a.name);
    const QList<Competence> competences = CompetenceFramework(m_context.db()).competences();
    m_competences->setRowCount(int(competences.size()));
    for (int r = 0; r < competences.size(); ++r) {
        auto *area = new QTableWidgetItem(areaNames.value(competences[r].areaId));
        area->setFlags(area->flags() & ~Qt::ItemIsEditable);
        area->setData(Qt::UserRole, competences[r].id);
        m_competences->setItem(r, 0, area);
        m_competences->setItem(r, 1, new QTableWidgetItem(competences[r].code));
        m_competences->setItem(r, 2, new QTableWidgetItem(competences[r].name));
    }
    m_competences->resizeColumnToContents(0);
}

void ReferenceEditor::instrumentEdited(QTableWidgetItem *item)
{
    const int r = item->row();
    InstrumentService service(m_context.db());
    Instrument i = service.instrument(m_instruments->item(r, 0)->data(Qt::UserRole).toString());
    i.name = m_instruments->item(r, 0)->text();
    i.kind = m_instruments->item(r, 1)->text();
    i.thresholdPronounced = m_instruments->item(r, 2)->text().replace(u',', u'.').toDouble();
    i.thresholdPartial = m_instruments->item(r, 3)->text().replace(u',', u'.').toDouble();
    try {
        service.save(i);
        m_context.announceDataChanged(QStringLiteral("instrument"));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Instrument"), e.message());
    }
    reload();
}

void ReferenceEditor::competenceEdited(QTableWidgetItem *item)
{
    const int r = item->row();
    CompetenceFramework framework(m_context.db());
    const QString id = m_competences->item(r, 0)->data(Qt::UserRole).toString();
    for (Competence c : framework.competences()) {
        if (c.id != id)
            continue;
        c.code = m_competences->item(r, 1)->text();
        c.name = m_competences->item(r, 2)->text();
        try {
            framework.saveCompetence(c);
            m_context.announceDataChanged(QStringLiteral("competence"));
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Competence"), e.message());
        }
    }
    reload();
}

void ReferenceEditor::addInstrument()
{
    const QString name = QInputDialog::getText(this, tr("New instrument"), tr("Name:"));
    if (name.trimmed().isEmpty())
        return;
    Instrument i;
    i.name = name.trimmed();
    try {
        InstrumentService(m_context.db()).save(i);
        m_context.announceDataChanged(QStringLiteral("instrument"));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Instrument"), e.message());
    }
    reload();
}

} // namespace metodist::ui
