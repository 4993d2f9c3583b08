#include "mainwindow.h"

#include "diagnostics/deficitprofilewidget.h"
#include "profiledialog.h"
#include "registry/personcarddialog.h"
#include "registry/registrypage.h"
#include "storage/sql.h"
#include "support/portfoliowidget.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace metodist::ui {

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent)
{
    m_context = new AppContext(db, this);
    m_sections = sectionInfos();
    m_pages.resize(m_sections.size());
    m_undoGroup = new QUndoGroup(this);

    setWindowTitle(tr("Metodist — %1").arg(QFileInfo(db.path()).completeBaseName()));
    resize(1280, 800);

    m_navigation = new QListWidget;
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(210);
    m_navigation->setMaximumWidth(280);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    for (int i = 0; i < m_sections.size(); ++i) {
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(m_sections.at(i).title));
        item->setToolTip(m_sections.at(i).hint + QStringLiteral(" (Ctrl+%1)").arg(i + 1));
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 14));
        m_navigation->addItem(item);
    }
    m_stack = new QStackedWidget;
    for (int i = 0; i < m_sections.size(); ++i)
        m_stack->addWidget(new QWidget); // replaced by the real page on first visit

    auto *splitter = new QSplitter;
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_profileLabel = new QLabel;
    m_countsLabel = new QLabel;
    m_syncLabel = new QLabel(tr("Not connected to a server"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_profileLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) { showSection(row); });
    connect(m_context, &AppContext::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_context, &AppContext::openPersonRequested, this, &MainWindow::openPerson);
    connect(m_context, &AppContext::dataChanged, this, &MainWindow::updateStatus);
    connect(m_context, &AppContext::syncStatusChanged, this, &MainWindow::updateStatus);

    buildMenus();
    m_navigation->setCurrentRow(0);
    // A profile connected to a server syncs in the background from the start, not only
    // after its section has been opened.
    if (!sql::scalar(db.db(), QStringLiteral("SELECT value FROM settings WHERE key = 'sync.server_url'")).toString().isEmpty())
        pageAt(sectionIndex(QStringLiteral("sync")));
    updateStatus();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *switchProfile = file->addAction(tr("&Profiles…"), this, [this] {
        ProfileDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
            Q_EMIT switchProfileRequested(dialog.chosenPath());
    });
    switchProfile->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_sections.size(); ++i) {
        QAction *action = go->addAction(m_sections.at(i).title, this, [this, i] { m_navigation->setCurrentRow(i); });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Metodist"), this, [this] {
        QMessageBox::about(this, tr("About Metodist"),
                           tr("<h3>Metodist %1</h3><p>Continuous professional development of teachers: "
                              "register, diagnostics of deficits, individual routes, groups and schedule, "
                              "journals, monitoring.</p><p>Profile: %2</p>")
                               .arg(QStringLiteral(METODIST_VERSION), m_context->profilePath().toHtmlEscaped()));
    });
}

int MainWindow::sectionIndex(const QString &code) const
{
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections.at(i).code == code)
            return i;
    return -1;
}

SectionPage *MainWindow::pageAt(int index)
{
    if (index < 0 || index >= m_sections.size())
        return nullptr;
    if (!m_pages[index]) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        SectionPage *page = m_sections.at(index).create(*m_context, m_stack);
        QWidget *placeholder = m_stack->widget(index);
        m_stack->insertWidget(index, page);
        m_stack->removeWidget(placeholder);
        placeholder->deleteLater();
        m_pages[index] = page;
        if (auto *registry = qobject_cast<RegistryPage *>(page))
            m_undoGroup->addStack(registry->undoStack());
        QApplication::restoreOverrideCursor();
    }
    return m_pages[index];
}

SectionPage *MainWindow::showSection(int index)
{
    if (!pageAt(index))
        return nullptr;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index); // comes back here through the signal
    m_stack->setCurrentIndex(index);
    SectionPage *page = m_pages[index];
    for (QUndoStack *stack : m_undoGroup->stacks())
        if (stack->parent() == page)
            m_undoGroup->setActiveStack(stack);
    page->activate();
    return page;
}

SectionPage *MainWindow::showSection(const QString &code) { return showSection(sectionIndex(code)); }

std::unique_ptr<PersonCardDialog> MainWindow::createPersonCard(const QString &personId)
{
    auto dialog = std::make_unique<PersonCardDialog>(*m_context, personId, QString(), this);
    auto *profile = new DeficitProfileWidget(*m_context);
    profile->setPerson(personId);
    dialog->tabs()->addTab(profile, tr("Deficit &profile"));
    dialog->tabs()->addTab(new PortfolioWidget(*m_context, personId), tr("P&ortfolio"));
    return dialog;
}

void MainWindow::openPerson(const QString &personId) { createPersonCard(personId)->exec(); }

void MainWindow::updateStatus()
{
    const QLocale locale;
    const auto count = [this](const char *table) {
        return sql::scalar(m_context->db().db(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)))
            .toLongLong();
    };
    m_countsLabel->setText(tr("Municipalities: %1 · organisations: %2 · staff: %3")
                               .arg(locale.toString(count("municipality")), locale.toString(count("organisation")),
                                    locale.toString(count("person"))));
    if (!m_context->syncStatus().isEmpty()) {
        m_syncLabel->setText(m_context->syncStatus()); // the sync section's own state
    } else {
        const qlonglong pending = sql::scalar(m_context->db().db(), QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
        m_syncLabel->setText(pending > 0 ? tr("Not connected · %n changes to send", nullptr, int(pending))
                                         : tr("Not connected to a server"));
    }
    m_profileLabel->setText(QFileInfo(m_context->profilePath()).fileName());
    m_profileLabel->setToolTip(m_context->profilePath());
}

} // namespace metodist::ui
