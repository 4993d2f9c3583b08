#pragma once
// Laying out the route card (RouteCard::html) on A4 pages: to a printer, a print
// preview or a PDF file.
#include <QString>

class QPrinter;
class QWidget;

namespace metodist::ui {

void printRouteCard(QPrinter *printer, const QString &html);
// Throws metodist::Error when the file cannot be written.
void writeRouteCardPdf(const QString &path, const QString &html);
void previewRouteCard(QWidget *parent, const QString &html);

} // namespace metodist::ui
