#pragma once
// The administrator's reference books (core/admin/referencebooks.h): pick a book, see its
// entries with how many rows use each, add, rename (or change a code) and delete. Refusals
// (an entry in use, a code diagnostics depend on) show in the message line, not in a popup.
#include "admin/referencebooks.h"
#include "shell/appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace metodist::ui {

class ReferenceBooksWidget : public QWidget {
    Q_OBJECT
public:
    explicit ReferenceBooksWidget(AppContext &context, QWidget *parent = nullptr);

    void showBook(ReferenceBooks::Book book);
    void reload();
    // The actions behind the buttons, on the selected row and the edit fields.
    bool addEntry();
    bool saveEntry();
    bool deleteEntry();

    QTableWidget *table() const { return m_table; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *areaBox() const { return m_area; }
    QString message() const;

private:
    ReferenceBooks::Book book() const;
    QString selectedKey() const;
    void selectionChanged();
    bool act(const std::function<QString()> &action);
    AppContext &m_context;
    ReferenceBooks m_books;
    QComboBox *m_book;
    QTableWidget *m_table;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_area;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_message;
};

} // namespace metodist::ui
