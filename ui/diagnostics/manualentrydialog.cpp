#include "manualentrydialog.h"

#include "diagnostics/diagnosticservice.h"
#include "diagnostics/framework.h"
#include "io/values.h"
#include "personpicker.h"
#include "storage/errors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

static QString levelText(int level)
{
    return level == 2 ? ManualEntryDialog::tr("pronounced") : level == 1 ? ManualEntryDialog::tr("partial") : ManualEntryDialog::tr("none");
}

ManualEntryDialog::ManualEntryDialog(AppContext &context, const QString &personId, QWidget *parent)
    : QDialog(parent), m_context(context), m_person(new PersonPicker(context.db(), this)), m_instrument(new QComboBox(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_scores(new QTableWidget(this)), m_problems(new QLabel(this))
{
    setWindowTitle(tr("Enter diagnostic results"));
    for (const Instrument &i : InstrumentService(context.db()).instruments())
        m_instrument->addItem(i.name, i.id);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setMaximumDate(QDate::currentDate());
    const QList<Competence> competences = CompetenceFramework(context.db()).competences();
    m_scores->setColumnCount(4);
    m_scores->setRowCount(int(competences.size()));
    m_scores->setHorizontalHeaderLabels({tr("Competence"), tr("Score"), tr("Maximum"), tr("Level")});
    for (int r = 0; r < competences.size(); ++r) {
        auto *name = new QTableWidgetItem(QStringLiteral("%1 %2").arg(competences[r].code, competences[r].name));
        name->setData(Qt::UserRole, competences[r].id);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_scores->setItem(r, 0, name);
        m_scores->setItem(r, 1, new QTableWidgetItem);
        m_scores->setItem(r, 2, new QTableWidgetItem(QStringLiteral("100")));
        auto *level = new QTableWidgetItem;
        level->setFlags(level->flags() & ~Qt::ItemIsEditable);
        m_scores->setItem(r, 3, level);
    }
    m_scores->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problems->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Person:"), m_person);
    form->addRow(tr("Instrument:"), m_instrument);
    form->addRow(tr("Date:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Leave the score empty for competences that were not measured."), this));
    layout->addWidget(m_scores, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scores, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 1 || item->column() == 2)
            updateLevels();
    });
    connect(m_instrument, &QComboBox::currentIndexChanged, this, &ManualEntryDialog::updateLevels);
    if (!personId.isEmpty())
        m_person->setPerson(personId);
    resize(720, 640);
}

void ManualEntryDialog::updateLevels()
{
    const Instrument instrument = InstrumentService(m_context.db()).instrument(m_instrument->currentData().toString());
    const QSignalBlocker blocker(m_scores);
    for (int r = 0; r < m_scores->rowCount(); ++r) {
        const auto score = io::parseNumber(m_scores->item(r, 1)->text());
        const auto max = io::parseNumber(m_scores->item(r, 2)->text());
        QString text;
        if (score && max && *max > 0 && *score >= 0 && *score <= *max && !instrument.id.isEmpty())
            text = levelText(instrument.level(*score, *max));
        else if (!m_scores->item(r, 1)->text().trimmed().isEmpty())
            text = tr("check the numbers");
        m_scores->item(r, 3)->setText(text);
    }
}

bool ManualEntryDialog::save()
{
    QList<ScoreEntry> entries;
    QStringList problems;
    for (int r = 0; r < m_scores->rowCount(); ++r) {
        const QString scoreText = m_scores->item(r, 1)->text().trimmed();
        if (scoreText.isEmpty())
            continue;
        const auto score = io::parseNumber(scoreText);
        const auto max = io::parseNumber(m_scores->item(r, 2)->text());
        if (!score || !max) {
            problems << tr("%1: not a number.").arg(m_scores->item(r, 0)->text());
            continue;
        }
        entries.append({m_scores->item(r, 0)->data(Qt::UserRole).toString(), *score, *max});
    }
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        return false;
    }
    try {
        m_savedId = DiagnosticService(m_context.db()).saveManual(m_person->personId(), m_instrument->currentData().toString(),
                                                                  m_date->date(), entries);
    } catch (const Error &e) {
        m_problems->setText(e.message());
        return false;
    }
    m_context.announceDataChanged(QStringLiteral("diagnostic"));
    return true;
}

} // namespace metodist::ui
