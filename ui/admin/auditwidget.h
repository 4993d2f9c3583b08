#pragma once
// The audit log viewer: who changed which row and when, filtered by user, table, period
// and text, sorted by any column, read lazily; the filtered view exports to XLSX; entries
// older than a chosen day can be deleted.
#include "shell/appcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace metodist::ui {

class AuditModel;

class AuditWidget : public QWidget {
    Q_OBJECT
public:
    explicit AuditWidget(AppContext &context, QWidget *parent = nullptr);

    void refresh();            // reloads the filter lists and the table
    void applyFilter();        // from the filter fields
    qint64 exportTo(const QString &path); // XLSX of the filtered, sorted log; -1 on failure
    qint64 deleteBefore(const QDate &date); // entries made before the day; -1 on failure

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *userBox() const { return m_user; }
    QComboBox *tableBox() const { return m_table; }
    QLineEdit *textEdit() const { return m_text; }
    QCheckBox *periodCheck() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

private:
    void chooseExport();
    void chooseTrim();
    AppContext &m_context;
    AuditModel *m_model;
    QTableView *m_view;
    QComboBox *m_user;
    QComboBox *m_table;
    QLineEdit *m_text;
    QCheckBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_status;
};

} // namespace metodist::ui
