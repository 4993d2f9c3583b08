#include "questionnairedialog.h"

#include "diagnostics/diagnosticservice.h"
#include "diagnostics/framework.h"
#include "personpicker.h"
#include "storage/errors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

QuestionnaireDialog::QuestionnaireDialog(AppContext &context, const QString &personId, QWidget *parent)
    : QDialog(parent), m_context(context), m_person(new PersonPicker(context.db(), this)), m_instrument(new QComboBox(this)),
      m_items(new QTableWidget(0, 3, this)), m_results(new QTableWidget(0, 3, this)), m_problems(new QLabel(this))
{
    setWindowTitle(tr("Self-assessment questionnaire"));
    InstrumentService instruments(context.db());
    for (const Instrument &i : instruments.instruments())
        if (!instruments.items(i.id).isEmpty())
            m_instrument->addItem(i.name, i.id);
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Competence"), tr("Answer")});
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->setHorizontalHeaderLabels({tr("Competence"), tr("Result"), tr("Level")});
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problems->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Person:"), m_person);
    form->addRow(tr("Questionnaire:"), m_instrument);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_items);
    split->addWidget(m_results);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_instrument, &QComboBox::currentIndexChanged, this, &QuestionnaireDialog::loadItems);
    if (m_instrument->count() == 0)
        m_problems->setText(tr("No instrument has questionnaire items yet."));
    if (!personId.isEmpty())
        m_person->setPerson(personId);
    loadItems();
    resize(760, 640);
}

void QuestionnaireDialog::selectInstrument(const QString &instrumentId)
{
    m_instrument->setCurrentIndex(m_instrument->findData(instrumentId));
}

void QuestionnaireDialog::loadItems()
{
    const QList<InstrumentItem> items = InstrumentService(m_context.db()).items(m_instrument->currentData().toString());
    QHash<QString, QString> codes;
    for (const Competence &c : CompetenceFramework(m_context.db()).competences())
        codes.insert(c.id, c.code);
    m_items->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        auto *text = new QTableWidgetItem(QStringLiteral("%1. %2").arg(items[r].code, items[r].text));
        text->setData(Qt::UserRole, items[r].id);
        text->setFlags(text->flags() & ~Qt::ItemIsEditable);
        m_items->setItem(r, 0, text);
        auto *competence = new QTableWidgetItem(codes.value(items[r].competenceId));
        competence->setFlags(competence->flags() & ~Qt::ItemIsEditable);
        m_items->setItem(r, 1, competence);
        auto *spin = new QDoubleSpinBox(m_items);
        spin->setRange(0, items[r].maxScore);
        spin->setDecimals(1);
        spin->setSuffix(QStringLiteral(" / %1").arg(items[r].maxScore));
        connect(spin, &QDoubleSpinBox::valueChanged, this, &QuestionnaireDialog::rescore);
        m_items->setCellWidget(r, 2, spin);
    }
    rescore();
}

QHash<QString, double> QuestionnaireDialog::answers() const
{
    QHash<QString, double> result;
    for (int r = 0; r < m_items->rowCount(); ++r)
        result.insert(m_items->item(r, 0)->data(Qt::UserRole).toString(),
                      static_cast<QDoubleSpinBox *>(m_items->cellWidget(r, 2))->value());
    return result;
}

void QuestionnaireDialog::rescore()
{
    m_results->setRowCount(0);
    const QString instrumentId = m_instrument->currentData().toString();
    if (instrumentId.isEmpty())
        return;
    try {
        const Instrument instrument = InstrumentService(m_context.db()).instrument(instrumentId);
        const QList<ScoreEntry> scores = DiagnosticService(m_context.db()).questionnaireScores(instrumentId, answers());
        QHash<QString, QString> names;
        for (const Competence &c : CompetenceFramework(m_context.db()).competences())
            names.insert(c.id, QStringLiteral("%1 %2").arg(c.code, c.name));
        const QStringList levels = {tr("none"), tr("partial"), tr("pronounced")};
        m_results->setRowCount(int(scores.size()));
        for (int r = 0; r < scores.size(); ++r) {
            m_results->setItem(r, 0, new QTableWidgetItem(names.value(scores[r].competenceId)));
            m_results->setItem(r, 1, new QTableWidgetItem(QStringLiteral("%1 / %2").arg(scores[r].score).arg(scores[r].max)));
            m_results->setItem(r, 2, new QTableWidgetItem(levels.value(instrument.level(scores[r].score, scores[r].max))));
        }
    } catch (const Error &e) {
        m_problems->setText(e.message());
    }
}

bool QuestionnaireDialog::save()
{
    try {
        m_savedId = DiagnosticService(m_context.db()).scoreQuestionnaire(m_person->personId(), m_instrument->currentData().toString(),
                                                                          QDate::currentDate(), answers());
    } catch (const Error &e) {
        m_problems->setText(e.message());
        return false;
    }
    m_context.announceDataChanged(QStringLiteral("diagnostic"));
    return true;
}

} // namespace metodist::ui
