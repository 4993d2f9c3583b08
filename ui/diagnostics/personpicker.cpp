#include "personpicker.h"

#include "registry/person.h"
#include "registry/personnamesql.h"
#include "storage/sql.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace metodist::ui {

PersonPicker::PersonPicker(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_text(new QLineEdit(this)), m_list(new QListWidget(this))
{
    m_text->setPlaceholderText(tr("Last name, first name or СНИЛС…"));
    m_list->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_list);
    connect(m_text, &QLineEdit::textChanged, this, &PersonPicker::search);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { Q_EMIT personChanged(personId()); });
}

void PersonPicker::search(const QString &text)
{
    m_list->clear();
    const QStringList words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    QString where = QStringLiteral("p.deleted = 0");
    QVariantList values;
    for (const QString &w : words) {
        where += QStringLiteral(" AND p.search_key LIKE ?");
        values << QString(QStringLiteral("% ") + w + u'%'); // a word of the key starts with it
    }
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT p.id, %2, coalesce(o.name, '') FROM person p "
        "LEFT JOIN organisation o ON o.id = p.organisation_id WHERE %1 ORDER BY p.sort_name LIMIT 50").arg(where, personFullNameSql(QStringLiteral("p"))), values);
    while (q.next()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(q.value(1).toString().simplified(), q.value(2).toString()), m_list);
        item->setData(Qt::UserRole, q.value(0));
    }
    if (m_list->count() == 1)
        m_list->setCurrentRow(0);
}

QString PersonPicker::personId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void PersonPicker::setPerson(const QString &id)
{
    const QVariant name = sql::scalar(m_db.db(), QStringLiteral("SELECT last_name || ' ' || first_name FROM person WHERE id = ?"), {id});
    m_text->setText(name.toString());
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
}

} // namespace metodist::ui
