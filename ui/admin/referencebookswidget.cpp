#include "referencebookswidget.h"

#include "storage/errors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace metodist::ui {

using Book = ReferenceBooks::Book;

ReferenceBooksWidget::ReferenceBooksWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_books(context.db())
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Reference book:")));
    m_book = new QComboBox;
    for (Book b : ReferenceBooks::books())
        m_book->addItem(ReferenceBooks::title(b), int(b));
    top->addWidget(m_book);
    top->addStretch();
    layout->addLayout(top);

    m_table = new QTableWidget(0, 4);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Area"), tr("In use (rows)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_code = new QLineEdit;
    m_name = new QLineEdit;
    m_area = new QComboBox;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Area:"), m_area);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"));
    m_save = new QPushButton(tr("Save changes"));
    m_delete = new QPushButton(tr("Delete"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto *rules = new QLabel(tr("Renaming a position or subject changes it in every person's card; renaming onto an existing "
                                "value merges the two. Entries in use cannot be deleted. A competence's code cannot change "
                                "once diagnostics use it. Kinds of programmes and events are fixed by the data schema."));
    rules->setWordWrap(true);
    layout->addWidget(rules);

    connect(m_book, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferenceBooksWidget::selectionChanged);
    connect(m_add, &QPushButton::clicked, this, &ReferenceBooksWidget::addEntry);
    connect(m_save, &QPushButton::clicked, this, &ReferenceBooksWidget::saveEntry);
    connect(m_delete, &QPushButton::clicked, this, &ReferenceBooksWidget::deleteEntry);
    reload();
}

Book ReferenceBooksWidget::book() const { return Book(m_book->currentData().toInt()); }

QString ReferenceBooksWidget::message() const { return m_message->text(); }

void ReferenceBooksWidget::showBook(Book b) { m_book->setCurrentIndex(m_book->findData(int(b))); }

void ReferenceBooksWidget::reload()
{
    const Book b = book();
    const bool coded = ReferenceBooks::hasCode(b), editable = ReferenceBooks::editable(b);
    QHash<QString, QString> areaNames;
    m_area->clear();
    for (const auto &a : m_books.entries(Book::CompetenceArea)) {
        areaNames.insert(a.key, a.name);
        m_area->addItem(a.name, a.key);
    }
    const QList<ReferenceBooks::Entry> entries = m_books.entries(b);
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const auto &e = entries.at(r);
        auto *code = new QTableWidgetItem(e.code);
        code->setData(Qt::UserRole, e.key);
        m_table->setItem(r, 0, code);
        m_table->setItem(r, 1, new QTableWidgetItem(e.name));
        m_table->setItem(r, 2, new QTableWidgetItem(areaNames.value(e.parent)));
        auto *uses = new QTableWidgetItem;
        uses->setData(Qt::DisplayRole, e.uses);
        m_table->setItem(r, 3, uses);
    }
    m_table->setSortingEnabled(true);
    m_table->setColumnHidden(0, !coded);
    m_table->setColumnHidden(2, b != Book::Competence);
    m_code->setEnabled(coded && editable);
    m_area->setEnabled(b == Book::Competence);
    m_name->setEnabled(editable);
    m_add->setEnabled(b == Book::Competence || b == Book::CompetenceArea);
    m_save->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_code->clear();
    m_name->clear();
}

QString ReferenceBooksWidget::selectedKey() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return {};
    return m_table->item(row, 0)->data(Qt::UserRole).toString();
}

void ReferenceBooksWidget::selectionChanged()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    m_code->setText(m_table->item(row, 0)->text());
    m_name->setText(m_table->item(row, 1)->text());
}

bool ReferenceBooksWidget::act(const std::function<QString()> &action)
{
    try {
        const QString text = action();
        m_message->setText(text);
        reload();
        m_context.announceDataChanged();
        return true;
    } catch (const Error &e) {
        m_message->setText(e.message());
        return false;
    }
}

bool ReferenceBooksWidget::addEntry()
{
    return act([this] {
        m_books.add(book(), m_code->text(), m_name->text(), m_area->currentData().toString());
        return tr("Added: %1.").arg(m_name->text().trimmed());
    });
}

bool ReferenceBooksWidget::saveEntry()
{
    const QString key = selectedKey();
    if (key.isEmpty()) {
        m_message->setText(tr("Choose an entry in the table first."));
        return false;
    }
    return act([this, key] {
        const qint64 rows = m_books.rename(book(), key, m_code->text(), m_name->text());
        return tr("Saved; rows rewritten: %1.").arg(rows);
    });
}

bool ReferenceBooksWidget::deleteEntry()
{
    const QString key = selectedKey();
    if (key.isEmpty()) {
        m_message->setText(tr("Choose an entry in the table first."));
        return false;
    }
    return act([this, key] {
        m_books.remove(book(), key);
        return tr("Deleted.");
    });
}

} // namespace metodist::ui
