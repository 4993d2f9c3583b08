#pragma once
// A small search field for picking one person by name or СНИЛС (word prefixes).
#include "storage/database.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace metodist::ui {

class PersonPicker : public QWidget {
    Q_OBJECT
public:
    explicit PersonPicker(Database &db, QWidget *parent = nullptr);
    QString personId() const;
    void setPerson(const QString &id);

Q_SIGNALS:
    void personChanged(const QString &id);

private:
    void search(const QString &text);
    Database &m_db;
    QLineEdit *m_text;
    QListWidget *m_list;
};

} // namespace metodist::ui
