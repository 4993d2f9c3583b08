#pragma once
// The person card's Portfolio tab: the portfolio as it prints, the person's own items
// (products, competitions, publications) to add or remove, print preview and PDF.
#include "shell/appcontext.h"

#include <QWidget>

class QTableWidget;
class QTextBrowser;

namespace metodist::ui {

class PortfolioWidget : public QWidget {
    Q_OBJECT
public:
    PortfolioWidget(AppContext &context, const QString &personId, QWidget *parent = nullptr);
    void reload();
    QString html() const { return m_html; }
    QString personName() const { return m_name; }
    QTableWidget *items() const { return m_items; }
    // Writes the portfolio as an A4 PDF (throws metodist::Error).
    void savePdf(const QString &path) const;

private:
    void addItem();
    void removeItem();

    AppContext &m_context;
    QString m_personId, m_html, m_name;
    QTableWidget *m_items;
    QTextBrowser *m_view;
};

} // namespace metodist::ui
