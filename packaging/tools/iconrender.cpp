// metodist-iconrender SVG OUTDIR SIZE... [--ico FILE]: renders the application icon into
// OUTDIR/<n>x<n>/apps/<svg name>.png for each size (the hicolor theme layout) and, with
// --ico, into one Windows .ico holding the sizes up to 256. Run at build time, so the PNGs
// always match the SVG and no binary images are kept in the repository.
#include <QDir>
#include <QFileInfo>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

static QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    return image;
}

int main(int argc, char **argv)
{
    // QCoreApplication is enough: QPainter on a QImage needs no display (no text is drawn),
    // and it loads the image-format plugins for the .ico.
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString ico;
    if (const qsizetype at = args.indexOf(QStringLiteral("--ico")); at >= 0 && at + 1 < args.size()) {
        ico = args.at(at + 1);
        args.remove(at, 2);
    }
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: metodist-iconrender SVG OUTDIR SIZE... [--ico FILE]\n");
        return 2;
    }
    QSvgRenderer svg(args.at(0));
    if (!svg.isValid()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(0)));
        return 1;
    }
    const QString name = QFileInfo(args.at(0)).completeBaseName();
    for (const QString &arg : args.mid(2)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "bad size %s\n", qPrintable(arg));
            return 2;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(1)).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir) || !render(svg, size).save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    if (!ico.isEmpty()) {
        QImageWriter writer(ico, "ico"); // Qt's ico plugin writes the largest image it is given
        if (!writer.write(render(svg, 256))) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(ico), qPrintable(writer.errorString()));
            return 1;
        }
    }
    return 0;
}
