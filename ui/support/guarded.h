#pragma once
// Runs a step of a support screen and shows a metodist::Error in a message box
// instead of letting it escape the event loop.
#include "storage/errors.h"

#include <QMessageBox>
#include <QWidget>

namespace metodist::ui {

template <typename F>
bool supportGuarded(QWidget *parent, F &&f)
{
    try {
        f();
        return true;
    } catch (const Error &e) {
        QMessageBox::warning(parent, parent->window()->windowTitle(), e.message());
        return false;
    }
}

} // namespace metodist::ui
