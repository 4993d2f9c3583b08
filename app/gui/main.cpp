// metodist: the desktop application.
//   metodist [--profile FILE] [--demo] [--lang ru|en] [--screenshot DIR] [--exit-when-ready]
#include "shell/mainwindow.h"
#include "shell/profiledialog.h"
#include "shell/screenshots.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/profiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace metodist;

static void installTranslations(QApplication &app, const QString &language)
{
    if (language == QLatin1String("en"))
        return;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/metodist_ru.qm")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("metodist"));
    QApplication::setOrganizationName(QStringLiteral("Metodist"));
    QApplication::setApplicationVersion(QStringLiteral(METODIST_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Metodist: teachers' continuous professional development"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Open this profile file."), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Open the demo region (made on first use)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: ru (default) or en."),
                                        QStringLiteral("LANG"), QStringLiteral("ru"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"), QStringLiteral("Save PNGs of the main screens into DIR and exit."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption readyOption(QStringLiteral("exit-when-ready"),
                                         QStringLiteral("Exit as soon as the window is shown and the first list is loaded (start-up timing)."));
    parser.addOptions({profileOption, demoOption, langOption, shotOption, readyOption});
    parser.process(app);
    installTranslations(app, parser.value(langOption));

    QString path = parser.value(profileOption);
    if (path.isEmpty() && parser.isSet(demoOption)) {
        path = Profiles::demoPath();
        if (!QFileInfo::exists(path) && !ui::createDemoRegion(nullptr, path, 35000))
            return 1;
    }
    if (path.isEmpty())
        path = Profiles::lastUsed();
    if (path.isEmpty()) {
        ui::ProfileDialog chooser;
        if (chooser.exec() != QDialog::Accepted)
            return 0;
        path = chooser.chosenPath();
    }

    std::unique_ptr<Database> db;
    std::unique_ptr<ui::MainWindow> window;
    // Opens a profile in a fresh main window; keeps the current one on failure.
    std::function<bool(const QString &)> openProfile = [&](const QString &file) {
        std::unique_ptr<Database> next;
        try {
            next = Database::open(file);
        } catch (const Error &e) {
            QMessageBox::critical(window.get(), QApplication::translate("main", "The profile cannot be opened"), e.message());
            return false;
        }
        Profiles::setLastUsed(file);
        window.reset();
        db = std::move(next);
        window = std::make_unique<ui::MainWindow>(*db);
        QObject::connect(window.get(), &ui::MainWindow::switchProfileRequested, &app, [&](const QString &other) {
            QTimer::singleShot(0, &app, [&, other] { openProfile(other); });
        });
        window->show();
        return true;
    };
    if (!openProfile(path))
        return 1;

    if (parser.isSet(shotOption)) {
        const QStringList files = ui::takeScreenshots(*window, parser.value(shotOption));
        for (const QString &f : files)
            qInfo("%s", qPrintable(f));
        return files.isEmpty() ? 1 : 0;
    }
    if (parser.isSet(readyOption))
        QTimer::singleShot(0, &app, &QCoreApplication::quit); // after the first events and paint
    return app.exec();
}
