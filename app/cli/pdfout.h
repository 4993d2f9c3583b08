#pragma once
// HTML to PDF for CLI commands that print (QTextDocument + QPdfWriter). Needs a
// QGuiApplication: list the command in main.cpp's guiCommands().
#include <QString>

// A4 portrait, 15 mm margins. Returns false when the file cannot be written.
bool writeHtmlPdf(const QString &html, const QString &path, const QString &title = {});
