#include "profiledialog.h"

#include "storage/database.h"
#include "storage/errors.h"
#include "storage/profiles.h"

#include <QCommandLinkButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QVBoxLayout>

namespace metodist::ui {

ProfileDialog::ProfileDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Metodist — choose a profile"));
    resize(560, 480);
    auto *intro = new QLabel(tr("<h2>Welcome to Metodist</h2><p>A profile is one file with the data of your "
                                "municipality or region. It works offline and can later be connected to the "
                                "central server.</p>"));
    intro->setWordWrap(true);
    auto *demo = new QCommandLinkButton(tr("Open the demo region"),
                                        tr("A whole region of made-up data to try every section (35,000 staff)."));
    auto *empty = new QCommandLinkButton(tr("Create an empty profile"), tr("Start your own register from scratch."));
    auto *file = new QCommandLinkButton(tr("Open a profile file…"), tr("A .metodist file on this computer."));
    auto *server = new QCommandLinkButton(tr("Connect to a server"), tr("Download your scope from the central server."));
    server->setEnabled(false);
    server->setToolTip(tr("Available when the profile is connected in the Synchronisation section."));
    m_recent = new QListWidget;
    m_recent->setAccessibleName(tr("Recent profiles"));
    for (const QString &path : Profiles::recent()) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setToolTip(path);
        item->setData(Qt::UserRole, path);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(demo);
    layout->addWidget(empty);
    layout->addWidget(file);
    layout->addWidget(server);
    if (m_recent->count() > 0) {
        layout->addWidget(new QLabel(tr("Recent profiles:")));
        layout->addWidget(m_recent);
    } else {
        m_recent->hide();
    }
    connect(demo, &QPushButton::clicked, this, &ProfileDialog::openDemo);
    connect(empty, &QPushButton::clicked, this, &ProfileDialog::createEmpty);
    connect(file, &QPushButton::clicked, this, &ProfileDialog::openFile);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { choose(item->data(Qt::UserRole).toString()); });
    demo->setFocus();
}

void ProfileDialog::choose(const QString &path)
{
    m_path = path;
    accept();
}

void ProfileDialog::openDemo()
{
    const QString path = Profiles::demoPath();
    if (QFileInfo::exists(path) || createDemoRegion(this, path, 35000))
        choose(path);
}

void ProfileDialog::createEmpty()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New profile"), Profiles::directory() + tr("/my-municipality.metodist"),
                                                      tr("Metodist profile (*.metodist)"));
    if (path.isEmpty())
        return;
    try {
        QFile::remove(path);
        Database::open(path);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Profile not created"), e.message());
        return;
    }
    choose(path);
}

void ProfileDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open profile"), Profiles::directory(),
                                                      tr("Metodist profile (*.metodist);;All files (*)"));
    if (!path.isEmpty())
        choose(path);
}

} // namespace metodist::ui
